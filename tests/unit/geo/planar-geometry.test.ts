import { geoIdentity, geoPath } from 'd3-geo';
import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { LAND_TONES, readCountryAtlas } from '../../../src/core/geo/country-atlas';
import { COUNTRIES_OBJECT } from '../../../src/core/geo/country-shapes';
import { MapProjection } from '../../../src/core/geo/map-projection';
import { projectLines, projectPolygons } from '../../../src/core/geo/planar-geometry';
import { isoTopology } from './iso-topology';

const topology = isoTopology();
const atlas = readCountryAtlas(topology);
const map = MapProjection.create(
  { projection: 'conicConformal', bbox: [0, 35, 90, 60] },
  { x: 0, y: 0, width: 1200, height: 700 },
);
const shape = (iso3: string) => atlas.shapes.find((s) => s.iso3 === iso3)!;

describe('projectPolygons', () => {
  it('keeps holes with their exterior ring (Italy around San Marino and the Vatican)', () => {
    const italy = projectPolygons(shape('ITA').geometry, map.reference);
    const withHoles = italy.coordinates.filter((polygon) => polygon.length > 1);
    expect(withHoles).toHaveLength(1);
    expect(withHoles[0]).toHaveLength(3);
  });

  it('draws the same area planar as d3 does on the sphere', () => {
    const kazakhstan = projectPolygons(shape('KAZ').geometry, map.reference);
    const planarArea = geoPath(geoIdentity()).area(kazakhstan);
    const sphericalArea = geoPath(map.reference).area(shape('KAZ').geometry);
    expect(planarArea / sphericalArea).toBeCloseTo(1, 3);
  });
});

describe('readCountryAtlas', () => {
  it('gives neighbours different tones, within the palette', () => {
    const object = topology.objects[COUNTRIES_OBJECT] as GeometryCollection;
    const adjacency = neighbors(object.geometries);
    object.geometries.forEach((geometry, index) => {
      const tone = atlas.tones.get(String(geometry.id));
      expect(tone).toBeGreaterThanOrEqual(0);
      expect(tone).toBeLessThan(LAND_TONES);
      for (const other of adjacency[index] ?? [])
        expect(atlas.tones.get(String(object.geometries[other]?.id))).not.toBe(tone);
    });
  });

  it('has every border once, as lines', () => {
    const borders = projectLines(atlas.borders, map.reference);
    expect(borders.coordinates.length).toBeGreaterThan(100);
  });
});
