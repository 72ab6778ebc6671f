import type { Topology } from 'topojson-specification';
import { type CountryAtlas, readCountryAtlas } from '../core/geo/country-atlas';

/** Written by scripts/build-geometry.mjs into the public folder (`assets/`), served beside the game. */
const GEOMETRY_PATH = 'generated/geo/countries.topo.json';

let pending: Promise<CountryAtlas> | null = null;

/**
 * The countries the levels can show, fetched and parsed on first use and shared afterwards: every
 * map of the session draws from the same atlas. A failed load is forgotten so it can be retried.
 */
export function loadCountryAtlas(): Promise<CountryAtlas> {
  pending ??= fetchAtlas().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function fetchAtlas(): Promise<CountryAtlas> {
  const url = `${import.meta.env.BASE_URL}${GEOMETRY_PATH}`;
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Country geometry could not be loaded from ${url}: HTTP ${response.status}`);
  return readCountryAtlas((await response.json()) as Topology);
}
