import type { GeoProjection } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { type LonLat, lonLat } from './lon-lat';
import { planarRingArea } from './planar-geometry';

export interface LabelPlacement {
  readonly at: LonLat;
  /** Radius of the largest circle around `at` inside the country, in the planar geometry's units. */
  readonly room: number;
}

/** Finer than a pixel at zoom 1 (a reference unit is about one), coarse enough to stay quick. */
const PRECISION_UNITS = 0.5;

/**
 * Where to write a country's name: the pole of inaccessibility (polylabel) of its largest polygon.
 * It is found on the projected (planar) shape because that is where the name is read: the point
 * farthest from the edges on the sphere is not the farthest on a conic map. The camera only
 * scales and shifts the plane, so the place, kept as a LonLat, holds at every zoom and pan.
 *
 * @param planar the country projected with `projection` (see projectPolygons).
 */
export function labelPlacement(planar: MultiPolygon, projection: GeoProjection): LabelPlacement | null {
  const polygon = largestPolygon(planar.coordinates);
  if (!polygon) return null;
  const rings = polygon.map((ring) => ring.map(([x = 0, y = 0]): [number, number] => [x, y]));
  const pole = polylabel(rings, PRECISION_UNITS);
  const inverted = projection.invert?.([pole[0], pole[1]]);
  return inverted ? { at: lonLat(inverted[0], inverted[1]), room: pole.distance } : null;
}

function largestPolygon(polygons: readonly Position[][][]): Position[][] | undefined {
  let best: Position[][] | undefined;
  let bestArea = 0;
  for (const polygon of polygons) {
    const exterior = polygon[0];
    if (!exterior) continue;
    const area = Math.abs(planarRingArea(exterior));
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}
