import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { EDITOR_PATH } from '../../src/config/editor.ts';

export interface BuiltPage {
  /** Path inside dist/, e.g. `zh-hans/articles/x/index.html`. */
  file: string;
  html: string;
  root: HTMLElement;
}

/** Every HTML file of a built site residents read, as a path inside it: all but the office's editor (EDITOR_PATH). */
export function builtPageFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(EDITOR_PATH))
    .sort();
}

/** Every HTML page of a built site residents read, parsed. */
export function builtPages(distDir: string): BuiltPage[] {
  return builtPageFiles(distDir).map((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    return { file, html, root: parse(html) };
  });
}

/**
 * The text a reader sees in one language: scripts, styles and elements marked with another `lang` (the switch
 * link 繁體 on a Simplified page) removed.
 */
export function visibleText(root: HTMLElement, lang: string): string {
  // A line break before each block or cell, so 1月30日 | 志愿者 in two cells is not read as 日志.
  const copy = parse(
    root.toString().replace(/<(?=(?:td|th|tr|li|p|h[1-6]|div|dt|dd|section|caption|figcaption)[\s>])/g, '\n<'),
  );
  copy.querySelectorAll('script, style').forEach((el) => el.remove());
  copy.querySelectorAll('[lang]').forEach((el) => {
    if (el.tagName !== 'HTML' && el.getAttribute('lang') !== lang) el.remove();
  });
  const title = copy.querySelector('title')?.text ?? '';
  const body = copy.querySelector('body')?.text ?? copy.text;
  const attrs = copy
    .querySelectorAll('[alt], [title], [aria-label], meta[name=description]')
    .map(
      (el) =>
        el.getAttribute('alt') ??
        el.getAttribute('title') ??
        el.getAttribute('aria-label') ??
        el.getAttribute('content') ??
        '',
    );
  return [title, body, ...attrs].join('\n');
}
