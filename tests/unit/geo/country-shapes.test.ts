import { describe, expect, it } from 'vitest';
import { countryAt, countryShapes } from '../../../src/core/geo/country-shapes';
import { lonLat } from '../../../src/core/geo/lon-lat';
import { isoTopology } from './iso-topology';

const shapes = countryShapes(isoTopology());

describe('countryShapes', () => {
  it('reads every country, largest first', () => {
    expect(shapes.length).toBeGreaterThan(200);
    expect(shapes[0]?.iso3).toBe('RUS');
    for (let i = 1; i < shapes.length; i++)
      expect(shapes[i - 1]!.area).toBeGreaterThanOrEqual(shapes[i]!.area);
  });

  it.each([
    ['KAZ', 76.89, 43.24],
    ['KGZ', 74.59, 42.87],
    ['RUS', 37.62, 55.76],
    ['UZB', 69.24, 41.3],
    ['CHN', 87.62, 43.83],
    ['ITA', 12.4964, 41.9028],
    ['VAT', 12.435, 41.902], // the 50m Vatican is a one-kilometre box west of St Peter's
    ['SMR', 12.45, 43.94],
  ])('finds %s at a place inside it', (iso3, lon, lat) => {
    expect(countryAt(shapes, lonLat(lon, lat))?.iso3).toBe(iso3);
  });

  it('finds nothing at sea', () => {
    expect(countryAt(shapes, lonLat(51, 42))).toBeNull(); // the Caspian
    expect(countryAt(shapes, lonLat(-30, 40))).toBeNull(); // the Atlantic
  });
});
