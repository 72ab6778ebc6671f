/**
 * Builds assets/generated/geo/countries.topo.json: the world-atlas 1:50m countries that the
 * levels can show, keyed by ISO 3166-1 alpha-3. Run by `npm run geo:build` before start, build and
 * tests, so the game never ships the whole world when it plays on one region.
 *
 * Why not simplify: at the deepest zoom (12×) a level-sized box puts about 0.003° in a pixel,
 * which is already the 50m file's quantization step; any further simplification would show.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoBounds, geoContains } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, mergeArcs } from 'topojson-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const levelsDir = join(root, 'levels');
const outFile = join(root, 'assets', 'generated', 'geo', 'countries.topo.json');
const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/**
 * Features that world-atlas leaves without an ISO numeric id. Dropping them would leave holes in
 * the land (Cyprus, Serbia, Somalia, Kashmir), so they keep ids from ISO's user-assigned X-range,
 * which no official code will ever take. XKX is the code the EU and IMF use for Kosovo.
 */
const UNCODED = new Map([
  ['Kosovo', 'XKX'],
  ['N. Cyprus', 'XNC'],
  ['Somaliland', 'XSO'],
  ['Siachen Glacier', 'XSI'],
  ['Indian Ocean Ter.', 'XIO'],
]);

/**
 * Natural Earth, and so world-atlas, draws de facto control. A game about the 2022 crisis draws
 * internationally recognised borders instead: each entry moves the polygon of `from` that contains
 * `at` into `to`, merged so that no border is left between them.
 */
const RECOGNISED_BORDERS = [
  // Crimea, annexed by Russia in 2014: part of Ukraine for the UN (General Assembly resolution 68/262).
  { at: [34.1, 45.0], from: 'RUS', to: 'UKR' },
];

/**
 * The camera may show more than the bbox: the whole box fits the screen at zoom 1, so a tall phone
 * shows about as much latitude beyond a wide box as the box is wide. Keep land that far around it.
 */
const marginDegrees = (lonSpan) => Math.max(10, lonSpan / 2);

function readLevelBoxes() {
  const boxes = [];
  for (const name of readdirSync(levelsDir).sort()) {
    if (!name.endsWith('.json') || name === 'schema.json') continue;
    try {
      const bbox = JSON.parse(readFileSync(join(levelsDir, name), 'utf8'))?.map?.bbox;
      if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) {
        console.warn(`geo:build: skipping levels/${name}: no map.bbox of four numbers`);
        continue;
      }
      boxes.push(bbox);
    } catch (error) {
      console.warn(`geo:build: skipping levels/${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return boxes;
}

function expand([west, south, east, north]) {
  const lonMargin = marginDegrees(east - west);
  const latMargin = marginDegrees(north - south);
  return [
    west - lonMargin,
    Math.max(-90, south - latMargin),
    east + lonMargin,
    Math.min(90, north + latMargin),
  ];
}

/** Longitude intervals live on a circle: compare them at every 360° shift. */
function longitudesOverlap(aWest, aEast, bWest, bEast) {
  if (aEast - aWest >= 360 || bEast - bWest >= 360) return true;
  return [-360, 0, 360].some((shift) => aWest + shift <= bEast && bWest <= aEast + shift);
}

function touches(countryBounds, box) {
  const [[west, south], [east, north]] = countryBounds;
  // geoBounds gives west > east for a country across the antimeridian (Russia, Fiji).
  const unwrappedEast = east < west ? east + 360 : east;
  return south <= box[3] && box[1] <= north && longitudesOverlap(west, unwrappedEast, box[0], box[2]);
}

function applyRecognisedBorders(topology, geometries) {
  const byId = new Map(geometries.map((geometry) => [isoId(geometry), geometry]));
  for (const { at, from, to } of RECOGNISED_BORDERS) {
    const source = byId.get(from);
    const target = byId.get(to);
    const polygons = source?.type === 'MultiPolygon' ? source.arcs : [];
    const index = polygons.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), at));
    if (!source || !target || index < 0) {
      console.warn(`geo:build: no ${from} polygon at ${at} to give to ${to}; world-atlas changed?`);
      continue;
    }
    const [moved] = source.arcs.splice(index, 1);
    const targetPolygons =
      target.type === 'Polygon'
        ? [{ type: 'Polygon', arcs: target.arcs }]
        : target.arcs.map((arcs) => ({ type: 'Polygon', arcs }));
    const merged = mergeArcs(topology, [...targetPolygons, { type: 'Polygon', arcs: moved }]);
    target.type = merged.type;
    target.arcs = merged.arcs;
  }
}

function isoId(geometry) {
  if (geometry.id !== undefined) return countries.numericToAlpha3(geometry.id);
  return UNCODED.get(geometry.properties?.name);
}

/** Drops the arcs no kept geometry uses and renumbers the rest (a negative index ~i means arc i reversed). */
function pruneArcs(topology, geometries) {
  const newIndex = new Map();
  const remap = (index) => {
    const arc = index < 0 ? ~index : index;
    if (!newIndex.has(arc)) newIndex.set(arc, newIndex.size);
    const mapped = newIndex.get(arc);
    return index < 0 ? ~mapped : mapped;
  };
  const remapped = geometries.map((geometry) => ({
    ...geometry,
    arcs:
      geometry.type === 'Polygon'
        ? geometry.arcs.map((ring) => ring.map(remap))
        : geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(remap))),
  }));
  const arcs = [...newIndex.keys()].map((arc) => topology.arcs[arc]);
  return { geometries: remapped, arcs };
}

const boxes = readLevelBoxes().map(expand);
if (boxes.length === 0) console.warn('geo:build: no level with a map.bbox; keeping every country');

applyRecognisedBorders(world, world.objects.countries.geometries);

const kept = [];
for (const geometry of world.objects.countries.geometries) {
  const id = isoId(geometry);
  if (id === undefined) {
    console.warn(`geo:build: dropping "${geometry.properties?.name}": no ISO code known for it`);
    continue;
  }
  const bounds = geoBounds(feature(world, geometry));
  if (boxes.length > 0 && !boxes.some((box) => touches(bounds, box))) continue;
  kept.push({ type: geometry.type, id, arcs: geometry.arcs });
}

const { geometries, arcs } = pruneArcs(world, kept);
const topology = {
  type: 'Topology',
  transform: world.transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs,
};
const text = JSON.stringify(topology);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.info(
  `geo:build: ${geometries.length} countries, ${arcs.length} arcs → ${outFile.slice(root.length + 1)}` +
    ` (${kib(Buffer.byteLength(text))} raw, ${kib(gzipSync(text).length)} gzipped)`,
);
