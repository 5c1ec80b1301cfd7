import type { SeriesFill } from '../config/chartStyle';

/** Side of a pattern's tile, in CSS pixels: stripes about 4 px apart at 45°, coarse enough for a phone screen. */
const TILE = 12;

/**
 * A bar fill: the colour itself for `solid`, otherwise a pattern of lines or dots in that colour on the background
 * (which also hides the grid lines behind a bar).
 */
export function seriesFill(fill: SeriesFill, colour: string, background: string): string | CanvasPattern {
  if (fill === 'solid') return colour;
  const scale = Math.max(1, Math.round(devicePixelRatio));
  const tile = Object.assign(document.createElement('canvas'), { width: TILE * scale, height: TILE * scale });
  const ctx = tile.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  };
  // Diagonals run corner to corner and through the opposite corners' neighbours, so tiles join seamlessly.
  const rising = () => [-1, 0, 1].forEach((k) => line(k * TILE, TILE, (k + 1) * TILE, 0));
  const falling = () => [-1, 0, 1].forEach((k) => line(k * TILE, 0, (k + 1) * TILE, TILE));
  if (fill === 'diagonal') rising();
  if (fill === 'crosshatch') {
    rising();
    falling();
  }
  if (fill === 'horizontal') line(0, TILE / 2, TILE, TILE / 2);
  if (fill === 'vertical') line(TILE / 2, 0, TILE / 2, TILE);
  ctx.stroke();
  if (fill === 'dots') {
    ctx.beginPath();
    ctx.arc(TILE / 2, TILE / 2, 2.5, 0, 2 * Math.PI);
    ctx.fill();
  }
  const pattern = ctx.createPattern(tile, 'repeat')!;
  // The tile was drawn at device pixels; Chart.js draws in CSS pixels scaled by the same ratio.
  pattern.setTransform(new DOMMatrix().scale(1 / scale));
  return pattern;
}
