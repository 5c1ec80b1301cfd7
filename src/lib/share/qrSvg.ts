import QRCode from 'qrcode';

/** A QR code drawn as an SVG path (`size` modules square, quiet zone included): what is worth keeping. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * The QR code for `text`, drawn at build time: one path of module runs with a four-module quiet zone, which keeps it
 * scannable when printed next to other things. Choosing the mask costs more than anything else on a page, so the
 * build keeps the result (see qrSvg for the image).
 */
export function qrCode(text: string): QrCode {
  // One byte-mode segment: a URL gains nothing from mixed modes, and finding the best mix costs as much as the rest.
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const quiet = 4;
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
  return { size: modules.size + quiet * 2, path };
}

/** A QR code as a small inline SVG image labelled for screen readers: a page shows it with no script and no request. */
export function qrSvg({ size, path }: QrCode, label: string): string {
  const title = label.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${title}" ` +
    `shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" stroke="#000"/></svg>`
  );
}
