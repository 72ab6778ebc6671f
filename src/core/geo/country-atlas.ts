import type { MultiLineString } from 'geojson';
import { mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRIES_OBJECT, type CountryShape, countryShapes } from './country-shapes';

/** Enough tones that no two neighbours share one, with a greedy colouring of the border graph. */
export const LAND_TONES = 5;

/** Everything the map draws from countries.topo.json. */
export interface CountryAtlas {
  /** Largest first (the drawing order). */
  readonly shapes: readonly CountryShape[];
  /** Every border and coastline once, so shared borders are not stroked twice. */
  readonly borders: MultiLineString;
  /** Which of LAND_TONES tones each country gets; neighbours never share one. */
  readonly tones: ReadonlyMap<string, number>;
}

export function readCountryAtlas(topology: Topology): CountryAtlas {
  const object = topology.objects[COUNTRIES_OBJECT] as GeometryCollection | undefined;
  if (!object) return { shapes: [], borders: { type: 'MultiLineString', coordinates: [] }, tones: new Map() };
  return { shapes: countryShapes(topology), borders: mesh(topology, object), tones: toneCountries(object) };
}

/** Greedy colouring, most-connected countries first, which stays within five tones on real maps. */
function toneCountries(object: GeometryCollection): Map<string, number> {
  const adjacency = neighbors(object.geometries);
  const order = object.geometries
    .map((_, index) => index)
    .sort((a, b) => (adjacency[b]?.length ?? 0) - (adjacency[a]?.length ?? 0));
  const byIndex = new Map<number, number>();
  for (const index of order) {
    const taken = new Set((adjacency[index] ?? []).map((other) => byIndex.get(other)));
    let tone = 0;
    while (taken.has(tone) && tone < LAND_TONES - 1) tone++;
    byIndex.set(index, tone);
  }
  const tones = new Map<string, number>();
  object.geometries.forEach((geometry, index) => {
    if (typeof geometry.id === 'string') tones.set(geometry.id, byIndex.get(index) ?? 0);
  });
  return tones;
}
