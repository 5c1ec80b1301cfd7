import QRCode from 'qrcode';

/**
 * A QR code for `text` as a small inline SVG: one path of module runs, drawn at build time, so a page shows it
 * with no script and no request. A four-module quiet zone keeps it scannable when printed next to other things.
 */
export function qrSvg(text: string, label: string): string {
  // One byte-mode segment: a URL gains nothing from mixed modes, and finding the best mix costs as much as the rest.
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const quiet = 4;
  const size = modules.size + quiet * 2;
  // Each row's runs of dark modules as one stroked line through the row's middle (`h` draws a run, `m` skips the
  // light modules between): half the bytes of a rectangle per run, and every page carries one.
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    let end = -1; // where the row's last run ended; -1 before the first
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      path += end < 0 ? `M${col + quiet} ${row + quiet + 0.5}h${run}` : `m${col - end} 0h${run}`;
      end = col + run;
      col += run;
    }
  }
  const title = label.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${title}" ` +
    `shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" stroke="#000"/></svg>`
  );
}
