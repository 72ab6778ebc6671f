/** The pure arithmetic of the DOM mirror (dom-mirror.ts): where an element goes, what it is called. */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The page box (CSS pixels) around points given in canvas pixels, for a canvas drawn at `canvas`
 * on the page and `gameWidth` × `gameHeight` canvas pixels wide.
 */
export function pageBox(corners: readonly Point[], canvas: Box, gameWidth: number, gameHeight: number): Box {
  const scaleX = gameWidth > 0 ? canvas.width / gameWidth : 1;
  const scaleY = gameHeight > 0 ? canvas.height / gameHeight : 1;
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return {
    x: canvas.x + left * scaleX,
    y: canvas.y + top * scaleY,
    width: (Math.max(...xs) - left) * scaleX,
    height: (Math.max(...ys) - top) * scaleY,
  };
}

export function contains(box: Box, point: Point): boolean {
  return (
    point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
  );
}

/** The words drawn on a control, as one name: blanks dropped, runs of spaces and line breaks made one space. */
export function joinName(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(', ');
}

/** A Phaser font size ("34px", 34) in pixels; 0 when it cannot be read. */
export function fontPixels(size: string | number): number {
  const pixels = typeof size === 'number' ? size : Number.parseFloat(size);
  return Number.isFinite(pixels) ? pixels : 0;
}

export interface DrawnText {
  readonly text: string;
  readonly pixels: number;
  /** Its top edge on the canvas. */
  readonly top: number;
}

/**
 * A screen's heading: the largest text drawn outside its controls, the highest of equals (a screen's
 * title above its section headings). None when the screen shows no text of its own.
 */
export function headingAmong<T extends DrawnText>(texts: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of texts) {
    if (candidate.text.trim() === '') continue;
    if (
      !best ||
      candidate.pixels > best.pixels ||
      (candidate.pixels === best.pixels && candidate.top < best.top)
    )
      best = candidate;
  }
  return best;
}

/** Whether two lists hold the same items in the same order (the mirror then leaves the DOM alone). */
export function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
