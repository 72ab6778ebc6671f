import { geoDistance, geoInterpolate } from 'd3-geo';
import { type LonLat, lonLat, toPosition } from './lon-lat';

/** Mean Earth radius (IUGG), the sphere every distance in the game is measured on. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance on the mean-radius sphere; within 0.5 % of the ellipsoidal distance. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(toPosition(a), toPosition(b)) * EARTH_RADIUS_KM;
}

/**
 * Points along the shortest path from `a` to `b`, both ends included, `steps` segments long, so a
 * projected line bends the way the real route does.
 */
export function greatCirclePath(a: LonLat, b: LonLat, steps: number): LonLat[] {
  const segments = Math.max(1, Math.floor(steps));
  const at = geoInterpolate(toPosition(a), toPosition(b));
  const path: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = at(i / segments);
    path.push(lonLat(lon, lat));
  }
  return path;
}
