import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type LonLat, toPosition } from './lon-lat';

/** The object of countries.topo.json that holds the countries (see scripts/build-geometry.mjs). */
export const COUNTRIES_OBJECT = 'countries';

export interface CountryShape {
  /** ISO 3166-1 alpha-3, or a user-assigned X-code for the few places ISO does not list. */
  readonly iso3: string;
  /** In lon/lat, wound the way d3-geo expects (world-atlas already is). */
  readonly geometry: Polygon | MultiPolygon;
  /** geoBounds: [[west, south], [east, north]]; west > east when the shape crosses the antimeridian. */
  readonly bounds: [[number, number], [number, number]];
  /** Spherical area in steradians. */
  readonly area: number;
}

/**
 * The countries of a topology, largest first: drawn in this order, an enclave (Lesotho, San
 * Marino) lands on top of the country around it, which matters because a filled ring has no holes.
 */
export function countryShapes(topology: Topology): CountryShape[] {
  const object = topology.objects[COUNTRIES_OBJECT] as GeometryCollection | undefined;
  if (!object) return [];
  const shapes: CountryShape[] = [];
  for (const country of feature(topology, object).features) {
    const { geometry } = country;
    if (typeof country.id !== 'string' || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
      continue;
    shapes.push({ iso3: country.id, geometry, bounds: geoBounds(geometry), area: geoArea(geometry) });
  }
  return shapes.sort((a, b) => b.area - a.area);
}

/** The country at a place; where shapes overlap (an enclave) the smaller one wins, as it is drawn on top. */
export function countryAt(shapes: readonly CountryShape[], point: LonLat): CountryShape | null {
  for (let i = shapes.length - 1; i >= 0; i--) {
    const shape = shapes[i];
    if (shape && withinBounds(shape.bounds, point) && geoContains(shape.geometry, toPosition(point)))
      return shape;
  }
  return null;
}

function withinBounds([[west, south], [east, north]]: CountryShape['bounds'], { lon, lat }: LonLat): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}
