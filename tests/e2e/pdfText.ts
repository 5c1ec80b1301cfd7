import { inflateSync } from 'node:zlib';

/** A piece of text Chromium drew on a PDF page: where (points from the page's top-left) and how large (points). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];

const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.replace(/\s/g, '').match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/**
 * The text of each page of a PDF as Chromium (Skia) writes it: uncompressed object dictionaries, Flate content
 * streams, fonts with ToUnicode maps, and /ActualText spans for glyphs that have none. Enough to read what a
 * printed page says, where and at what size; not a general PDF reader. (PDF.js was tried: it ignores /ActualText,
 * so glyphs Chromium's CJK fonts share with radicals read as radicals — 第1⻚ for 第1页.)
 */
export function pdfText(pdf: Buffer): PdfPage[] {
  const file = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream?: string }>();
  for (const match of file.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const body = file.slice(start, file.indexOf('endobj', start));
    const streamAt = /stream\r?\n/.exec(body);
    if (!streamAt) {
      objects.set(match[1]!, { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt.index);
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const offset = start + streamAt.index + streamAt[0].length;
    const raw = pdf.subarray(offset, offset + length);
    objects.set(match[1]!, {
      dict,
      stream: (dict.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1'),
    });
  }
  const ref = (text: string, key: string) => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text)?.[1];

  /** A font's glyph codes → text, and how many hex digits a code takes. */
  function toUnicode(fontId: string): { map: Map<string, string>; digits: number } {
    const map = new Map<string, string>();
    const cmap = objects.get(ref(objects.get(fontId)?.dict ?? '', 'ToUnicode') ?? '')?.stream ?? '';
    for (const [, section] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of section!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        map.set(code!.toUpperCase(), utf16(text!));
      }
    }
    for (const [, section] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, low, high, first] of section!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const base = utf16(first!).codePointAt(0)!;
        for (let code = parseInt(low!, 16); code <= parseInt(high!, 16); code++) {
          map.set(
            code.toString(16).toUpperCase().padStart(low!.length, '0'),
            String.fromCodePoint(base + code - parseInt(low!, 16)),
          );
        }
      }
    }
    const digits = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)?.[1]!.length ?? 2;
    return { map, digits };
  }

  function pageIds(id: string): string[] {
    const { dict } = objects.get(id)!;
    if (!/\/Type\s*\/Pages\b/.test(dict)) return [id];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)![1]!;
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => pageIds(kid[1]!));
  }
  const root = [...objects].find(([, o]) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict))![0];

  return pageIds(root).map((id) => {
    const { dict } = objects.get(id)!;
    const [, , width, height] = /\/MediaBox\s*\[([^\]]+)\]/.exec(dict)![1]!.trim().split(/\s+/).map(Number);
    const resources = ref(dict, 'Resources') ? objects.get(ref(dict, 'Resources')!)!.dict : dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map(
      [...fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map(([, name, fid]) => [name!, toUnicode(fid!)]),
    );
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? ref(dict, 'Contents')!;
    const stream = [...`${contents} 0 R`.matchAll(/(\d+) 0 R/g)].map(([, cid]) => objects.get(cid!)!.stream).join('\n');

    const runs: TextRun[] = [];
    let ctm = IDENTITY;
    const saved: Matrix[] = [];
    let tlm = IDENTITY;
    let font = { map: new Map<string, string>(), digits: 2 };
    let fontSize = 0;
    let actual: string | undefined;
    const operands: string[] = [];
    const emit = (text: string) => {
      const [, , c, d, e, f] = multiply(tlm, ctm);
      if (text.trim()) runs.push({ text, x: e, y: height! - f, size: Math.hypot(c, d) * fontSize });
    };
    const show = (hex: string) => {
      if (actual !== undefined) {
        emit(actual);
        actual = '';
        return;
      }
      const codes =
        hex
          .replace(/\s/g, '')
          .toUpperCase()
          .match(new RegExp(`.{${font.digits}}`, 'g')) ?? [];
      emit(codes.map((code) => font.map.get(code) ?? '').join(''));
    };
    const tokens = stream.matchAll(/<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g);
    for (const [token] of tokens) {
      const numbers = () => operands.slice(-6).map(Number) as Matrix;
      switch (token) {
        case 'q':
          saved.push(ctm);
          break;
        case 'Q':
          ctm = saved.pop() ?? IDENTITY;
          break;
        case 'cm':
          ctm = multiply(numbers(), ctm);
          break;
        case 'BT':
          tlm = IDENTITY;
          break;
        case 'Tf':
          font = fonts.get(operands.at(-2)!.slice(1)) ?? font;
          fontSize = Number(operands.at(-1));
          break;
        case 'Tm':
          tlm = numbers();
          break;
        case 'Td':
        case 'TD':
          tlm = multiply([1, 0, 0, 1, Number(operands.at(-2)), Number(operands.at(-1))], tlm);
          break;
        case 'Tj':
        case 'TJ':
          show(
            operands
              .filter((o) => o.startsWith('<') && o !== '<<')
              .map((o) => o.slice(1, -1))
              .join(''),
          );
          break;
        case 'BDC': {
          const text = operands.indexOf('/ActualText');
          if (text >= 0) actual = utf16(operands[text + 1]!.slice(1, -1)).replace(/^\uFEFF/, '');
          break;
        }
        case 'EMC':
          actual = undefined;
          break;
        default:
          if (!/^[A-Za-z'"*]+$/.test(token) || token === 'true' || token === 'false') {
            operands.push(token);
            continue;
          }
      }
      operands.length = 0;
    }
    return { width: width!, height: height!, runs };
  });
}

/** A page's text in reading order (top to bottom, left to right), without the spaces a PDF leaves out anyway. */
export function pageText(page: PdfPage): string {
  return [...page.runs]
    .sort((a, b) => (Math.abs(a.y - b.y) < a.size / 2 ? a.x - b.x : a.y - b.y))
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, '');
}
