import { say, type Message } from '../../i18n/messages/message.ts';
import { countHan } from './textMeasures.ts';
/** At least this share of the letters must be Han characters for the text to count as Chinese. */
const HAN_SHARE = 0.3;
const HAN_MIN = 10;

/**
 * Decodes pasted bytes, or says in plain words why they cannot be imported: empty, binary (NUL bytes or not
 * UTF-8), or not Chinese. BOM and Windows line ends are dropped so that line numbers match the editor's.
 */
export function checkInput(bytes: Uint8Array): { text: string } | { error: Message } {
  if (bytes.length === 0) return { error: say('input.empty') };
  if (bytes.includes(0)) return { error: say('input.binary') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: say('input.notUtf8') };
  }
  return checkText(text);
}

/** The checks on decoded text (a web page's extracted text too): BOM and Windows line ends dropped, not empty, Chinese. */
export function checkText(decoded: string): { text: string } | { error: Message } {
  const text = decoded.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return { error: say('input.onlyWhitespace') };
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const han = countHan(text);
  if (han < HAN_MIN || han < letters * HAN_SHARE) {
    return { error: say('input.notChinese', { han, letters }) };
  }
  return { text };
}
