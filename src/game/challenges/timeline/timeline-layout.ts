import type { Rect } from './timeline-track';

/** Where the parts of the timeline screen go, for one screen size. */
export interface TimelineAreas {
  /** Held upright (a phone, a portrait tablet): the controls above and below the track, no side map. */
  readonly portrait: boolean;
  readonly margin: number;
  readonly gap: number;
  /** The column of controls: on the right in landscape; the whole width in portrait. */
  readonly column: Rect;
  /** Where the cards go; in portrait, what the header and the controls leave (set by the scene). */
  readonly track: Rect;
}

/**
 * A landscape screen keeps the desktop arrangement, the track on the left and a column on the
 * right with the prompt, the map, the event panel and the buttons. A screen held upright gets a
 * layout of its own rather than that one shrunk: the track takes the full width, between the
 * prompt above and the buttons below, since a side column would leave cards a few letters wide.
 */
export function timelineAreas(width: number, height: number, unit: number): TimelineAreas {
  const margin = Math.max(12, Math.round(16 * unit));
  const gap = Math.round(12 * unit);
  const portrait = height > width * 1.1;
  if (portrait) {
    const column = { x: margin, y: margin, width: width - margin * 2, height: height - margin * 2 };
    return { portrait, margin, gap, column, track: column };
  }
  const columnWidth = Math.round(Math.min(Math.max(width * 0.25, 260 * unit), 400 * unit));
  const columnX = width - margin - columnWidth;
  return {
    portrait,
    margin,
    gap,
    column: { x: columnX, y: margin, width: columnWidth, height: height - margin * 2 },
    track: { x: margin, y: margin, width: columnX - margin * 2, height: height - margin * 2 },
  };
}

/** A control's height: at least 44 CSS pixels on a touch screen, the size of a fingertip. */
export function targetSize(designed: number, touch: boolean): number {
  return touch ? Math.max(44, designed) : designed;
}
