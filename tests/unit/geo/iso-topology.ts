import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { COUNTRIES_OBJECT } from '../../../src/core/geo/country-shapes';

/**
 * world-atlas's 50m countries keyed by alpha-3, as scripts/build-geometry.mjs writes them
 * (features without a code left out): the geo tests read the real map, not a hand-made one.
 */
export function isoTopology(): Topology {
  const source = world as unknown as Topology & { objects: { countries: GeometryCollection } };
  const geometries = source.objects.countries.geometries
    .map((geometry) => ({
      ...geometry,
      id: geometry.id === undefined ? undefined : countries.numericToAlpha3(String(geometry.id)),
    }))
    .filter((geometry) => geometry.id !== undefined);
  return {
    ...source,
    objects: { [COUNTRIES_OBJECT]: { type: 'GeometryCollection', geometries } },
  } as unknown as Topology;
}
