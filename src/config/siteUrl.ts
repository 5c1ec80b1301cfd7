/**
 * The site's address (SITE_URL): canonical links, QR codes, copied links, embed code and feeds carry it. Unset, it is
 * a placeholder that leads nowhere: fine for a preview, never for a published site or a printed notice.
 */
export const PLACEHOLDER_SITE_URL = 'https://gongshi.example.org';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/** What a build says when SITE_URL is unset: for the office's staff, in Chinese, with what to set and where. */
export function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_URL) return undefined;
  return [
    `未设置网站地址 SITE_URL：二维码、复制的链接、嵌入代码和规范链接都指向占位地址 ${PLACEHOLDER_SITE_URL}，`,
    '这个地址打不开，打印出来的公示上的二维码扫了也没用。',
    '发布前请设置网站的真实地址，例如：SITE_URL=https://www.example.gov.cn npm run build',
    '（GitHub Pages 由部署流程自动设置；其他主机见 docs/publishing.md 的“环境变量”。只在本机预览时可以不设。）',
  ].join('\n');
}
