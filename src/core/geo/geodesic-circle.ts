import { geoCircle } from 'd3-geo';
import type { Polygon } from 'geojson';
import { EARTH_RADIUS_KM } from './great-circle';
import { type LonLat, toPosition } from './lon-lat';

const DEGREES_PER_RADIAN = 180 / Math.PI;

/**
 * Every point `radiusKm` from `centre` on the sphere, as a GeoJSON polygon: a scoring radius
 * drawn this way keeps its true size and shape on any projection.
 *
 * @param precisionDegrees angle between the ring's vertices, seen from the centre of the circle.
 */
export function geodesicCircle(centre: LonLat, radiusKm: number, precisionDegrees = 3): Polygon {
  return geoCircle()
    .center(toPosition(centre))
    .radius((radiusKm / EARTH_RADIUS_KM) * DEGREES_PER_RADIAN)
    .precision(precisionDegrees)();
}
