import { chromium } from 'playwright-core';
import { startEditing } from './scripts/edit.ts';
const editing = await startEditing({ repository: '/tmp/cms-repo', port: 4399, editorPort: 8099, stdio: 'pipe',
  env: { ...process.env, GONGSHI_CONTENT_DIR: '/tmp/cms-repo/content', GONGSHI_CACHE_DIR: '/tmp/cms-cache-dev' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('dialog', (d) => { console.log('dialog', d.message()); void d.accept(); });
page.on('response', async (r) => { if (r.url().includes('/api/v1')) console.log('api', r.status(), r.request().postData()?.slice(0,150)); });
try {
await page.goto(editing.origin + '/admin/');
await page.getByRole('button', { name: '登录' }).click();
await page.getByText('文章').first().waitFor();
const choose = async (label: string, option: string, nth = 0) => { await page.getByLabel(label, { exact: true }).nth(nth).fill(option); await page.getByRole('option', { name: option, exact: true }).first().click(); };
await page.goto(editing.origin + '/admin/#/collections/tallies/new');
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/cms-7.png', fullPage: true });
await choose('文章', '泥溪镇党委书记王金水：扛起责任，冲锋在前');
await page.getByRole('button', { name: '新增数字' }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/cms-8.png', fullPage: true });
console.log(await page.getByLabel('编号').count());
console.log((await page.locator('form, [class*=ControlPane], body').first().innerHTML()).match(/.{300}2 数字.{1500}/s)?.[0]);
} finally {
await browser.close();
await editing.stop();
}
