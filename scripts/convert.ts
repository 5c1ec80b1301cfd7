// `npm run convert -- --to hant|hans [--from hans|hant] [--glossary FILE]`: text on stdin → the other script on
// stdout, converted as the site converts (its glossary, default content/glossary.yaml, and its rules), so staff can
// convert a notice for posting elsewhere. Messages are for staff, in Chinese. Exit 0 done, 2 unusable input.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/build.ts';
import type { Script } from '../src/config/locales.ts';
import { createConverter, type ScriptConverter } from '../src/lib/conversion/createConverter.ts';
import { toScript } from '../src/lib/conversion/toScript.ts';
import { siteConverter } from './siteConverter.ts';

const USAGE = `用法：npm run convert -- --to hant|hans [--from hans|hant] [--glossary 词表文件] < 原文.txt > 结果.txt
  从标准输入读入文字，按网站的词表和规则转换字体，写到标准输出。
  --to hant       转为繁体（台湾用字）；--to hans 转为简体
  --from          原文的字体（hans 简体、hant 繁体）；不写则自动判断
  --glossary      词表文件，默认 content/glossary.yaml`;

const fail = (message: string): never => {
  console.error(`转换：${message}\n${USAGE}`);
  process.exit(2);
};
const isScript = (value: string | undefined): value is Script => value === 'hans' || value === 'hant';

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        to: { type: 'string' },
        from: { type: 'string' },
        glossary: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch {
    return fail('无法识别的参数。');
  }
})();
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}
const { to, from, glossary } = parsed;
if (!isScript(to)) fail('请用 --to 指定目标字体：hant（繁体）或 hans（简体）。');
if (from !== undefined && !isScript(from)) fail('--from 只能是 hans（简体）或 hant（繁体）。');

/** The site's converter; without a glossary file (a site need not have one), OpenCC alone. */
function loadConverter(): ScriptConverter {
  const file = glossary ?? join(contentDir(), 'glossary.yaml');
  if (!existsSync(file)) {
    if (glossary !== undefined) return fail(`找不到词表文件 ${file}。`);
    console.error(`转换：没有找到词表 ${file}，只按 OpenCC 转换。`);
    return createConverter([]);
  }
  try {
    return siteConverter(file);
  } catch {
    return fail(`词表 ${file} 格式有误，请先运行 npm run check 查看详情。`);
  }
}
const converter = loadConverter();

if (process.stdin.isTTY) console.error('请粘贴要转换的文字，结束时另起一行按 Ctrl+D。');
const text = readFileSync(0, 'utf8');
if (!text.trim()) fail('没有读到文字。');
process.stdout.write(toScript(text, to as Script, converter, from as Script | undefined));
