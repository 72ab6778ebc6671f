import { type ScreenPoint, type ScreenRect, screenPoint } from '../../geo/lon-lat';
import type { PlacePlayState } from './place-play';
import { PLACE_POINTS_PER_ITEM } from './place-scoring';

/** Crosshair steps for the arrow keys, in pixels at interface scale 1; Shift takes big steps. */
export const CROSSHAIR_SMALL_STEP = 6;
export const CROSSHAIR_BIG_STEP = 48;
/** The crosshair keeps this far from the map's edge; nearer, the map pans under it. */
export const CROSSHAIR_MARGIN = 40;

/** What one arrow press asks of the map: where the crosshair wants to go, and how far to pan. */
export interface CrosshairMove {
  /** The crosshair's wanted screen point, before the map pans. */
  readonly wanted: ScreenPoint;
  /** The pan that brings a point nearer the edge than the margin back in; zero inside. */
  readonly panX: number;
  readonly panY: number;
}

/**
 * One arrow press (dx, dy of -1, 0 or 1) on a map shown in `viewport`, at interface scale `unit`.
 * Near the edge the map pans to bring the crosshair back in; where the level's area ends and the
 * map cannot pan, the caller clamps the crosshair to the viewport (`clampToViewport`).
 */
export function steerCrosshair(
  from: ScreenPoint,
  direction: { readonly dx: number; readonly dy: number; readonly big: boolean },
  viewport: ScreenRect,
  unit: number,
): CrosshairMove {
  const step = (direction.big ? CROSSHAIR_BIG_STEP : CROSSHAIR_SMALL_STEP) * unit;
  const { x, y, width, height } = viewport;
  const margin = Math.min(CROSSHAIR_MARGIN * unit, width / 4, height / 4);
  const wanted = screenPoint(from.x + direction.dx * step, from.y + direction.dy * step);
  const overshootX = Math.min(0, wanted.x - (x + margin)) + Math.max(0, wanted.x - (x + width - margin));
  const overshootY = Math.min(0, wanted.y - (y + margin)) + Math.max(0, wanted.y - (y + height - margin));
  // `0 -` rather than a bare minus: no pan is +0, never -0.
  return { wanted, panX: 0 - overshootX, panY: 0 - overshootY };
}

/** The nearest point of the viewport: the crosshair never leaves the map. */
export function clampToViewport(point: ScreenPoint, { x, y, width, height }: ScreenRect): ScreenPoint {
  return screenPoint(Math.min(x + width, Math.max(x, point.x)), Math.min(y + height, Math.max(y, point.y)));
}

/**
 * The card "I don't know" applies to: the one picked up, else the one last focused if it is still
 * to place, else the first card left; null once every card is placed.
 */
export function dontKnowTarget(
  state: PlacePlayState,
  remainingIds: readonly string[],
  focusedId: string | null,
): string | null {
  if (state.over) return null;
  if (state.picked !== null && remainingIds.includes(state.picked)) return state.picked;
  if (focusedId !== null && remainingIds.includes(focusedId)) return focusedId;
  return remainingIds[0] ?? null;
}

/** The points so far over what the whole challenge is worth, from each drop's points. */
export function placePointsSoFar(
  dropPoints: Iterable<number>,
  itemCount: number,
): { readonly points: number; readonly maxPoints: number } {
  let points = 0;
  for (const value of dropPoints) points += value;
  return { points, maxPoints: itemCount * PLACE_POINTS_PER_ITEM };
}
