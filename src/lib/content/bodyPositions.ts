import type { Position } from './parseYamlFile.ts';

/**
 * Where each offset of an article's body is in its file (the body starts at line `bodyLine`), for checks that find
 * problems by offset. `lineStarts` holds the offset each line of the body starts at.
 */
export function bodyPositions(
  body: string,
  bodyLine: number,
): { lineStarts: number[]; at: (offset: number) => Position } {
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: bodyLine + low, column: offset - lineStarts[low]! + 1 };
  };
  return { lineStarts, at };
}
