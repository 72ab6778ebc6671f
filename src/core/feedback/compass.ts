import type { LonLat } from '../geo/lon-lat';

/** The eight compass points, clockwise from north: the last part of its direction key (see directionKey). */
export type CompassPoint = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
const POINTS: readonly CompassPoint[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

const RADIANS = Math.PI / 180;

/** Initial great-circle bearing from `from` to `to`, in degrees clockwise from north, 0 ≤ b < 360. */
export function bearingDegrees(from: LonLat, to: LonLat): number {
  const lat1 = from.lat * RADIANS;
  const lat2 = to.lat * RADIANS;
  const deltaLon = (to.lon - from.lon) * RADIANS;
  const y = Math.sin(deltaLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(deltaLon);
  return (Math.atan2(y, x) / RADIANS + 360) % 360;
}

/** Which of the eight compass points `to` lies towards, seen from `from` (each point covers 45°). */
export function compassPoint(from: LonLat, to: LonLat): CompassPoint {
  const sector = Math.round(bearingDegrees(from, to) / 45) % 8;
  return POINTS[sector] ?? 'n';
}

/** The i18n key of a compass point, worded to follow a distance ("970 km north of…"). */
export function directionKey(point: CompassPoint): string {
  return `feedback:direction.${point}`;
}

/** A distance as the player reads it: to the kilometre under 100 km, to ten kilometres above. */
export function roundedKm(distanceKm: number): number {
  return distanceKm < 100 ? Math.round(distanceKm) : Math.round(distanceKm / 10) * 10;
}
