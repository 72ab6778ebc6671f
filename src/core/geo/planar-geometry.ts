import { type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';

/**
 * Projects lon/lat geometry into planar coordinates with d3 (antimeridian cut, adaptive
 * resampling), once, so that later redraws only scale, shift and clip it.
 */
export function projectPolygons(geometry: GeoPermissibleObjects, projection: GeoProjection): MultiPolygon {
  const rings = record(geometry, projection).filter((ring) => ring.length >= 4);
  // d3 writes each polygon's exterior ring, then its holes, which turn the other way.
  const polygons: Position[][][] = [];
  let exteriorSign = 0;
  for (const ring of rings) {
    const sign = Math.sign(planarRingArea(ring));
    if (sign === 0) continue;
    const last = polygons[polygons.length - 1];
    if (exteriorSign === 0) exteriorSign = sign;
    if (sign !== exteriorSign && last) last.push(ring);
    else polygons.push([ring]);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Projects lines (borders, coasts) the same way. */
export function projectLines(geometry: GeoPermissibleObjects, projection: GeoProjection): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: record(geometry, projection).filter((line) => line.length >= 2),
  };
}

/** Collects what d3's path generator draws as coordinate lists, closing rings as it is told to. */
function record(geometry: GeoPermissibleObjects, projection: GeoProjection): Position[][] {
  const lines: Position[][] = [];
  let current: Position[] = [];
  geoPath(projection, {
    moveTo(x, y) {
      current = [[x, y]];
      lines.push(current);
    },
    lineTo(x, y) {
      current.push([x, y]);
    },
    closePath() {
      const first = current[0];
      if (first) current.push([first[0] ?? 0, first[1] ?? 0]);
    },
    arc() {},
    beginPath() {},
  })(geometry);
  return lines;
}

/** Signed area of a planar ring (shoelace formula): its sign tells exterior rings from holes. */
export function planarRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (a && b) sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}
