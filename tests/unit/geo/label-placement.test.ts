import { describe, expect, it } from 'vitest';
import { countryAt, countryShapes } from '../../../src/core/geo/country-shapes';
import { labelPlacement } from '../../../src/core/geo/label-placement';
import { MapProjection } from '../../../src/core/geo/map-projection';
import { projectPolygons } from '../../../src/core/geo/planar-geometry';
import { isoTopology } from './iso-topology';

const shapes = countryShapes(isoTopology());
const map = MapProjection.create(
  { projection: 'conicConformal', bbox: [46, 40, 88, 56] },
  { x: 0, y: 0, width: 1200, height: 700 },
);
const label = (iso3: string) =>
  labelPlacement(
    projectPolygons(shapes.find((s) => s.iso3 === iso3)!.geometry, map.reference),
    map.reference,
  );

describe('labelPlacement', () => {
  it.each(['KAZ', 'KGZ', 'UZB', 'TKM', 'TJK', 'RUS', 'ITA', 'IDN'])(
    'puts the name of %s inside it',
    (iso3) => {
      const placement = label(iso3);
      expect(placement).not.toBeNull();
      expect(countryAt(shapes, placement!.at)?.iso3).toBe(iso3);
    },
  );

  it('leaves a big country far more room than a small one', () => {
    expect(label('KAZ')!.room * map.pixelsPerUnit).toBeGreaterThan(100);
    expect(label('KGZ')!.room).toBeLessThan(label('KAZ')!.room / 3);
  });
});
