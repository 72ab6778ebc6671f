import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, greatCirclePath } from '../../../src/core/geo/great-circle';
import { type LonLat, lonLat } from '../../../src/core/geo/lon-lat';

const almaty = lonLat(76.8897, 43.2389);
const moscow = lonLat(37.6173, 55.7558);
const paris = lonLat(2.3522, 48.8566);
const london = lonLat(-0.1278, 51.5074);
const kyiv = lonLat(30.5234, 50.4501);

/**
 * Reference: the geodesic distance on the WGS84 ellipsoid (Vincenty's inverse formula, computed
 * outside the game for these coordinates). A sphere of mean radius stays within 0.5 % of it.
 */
const WGS84_KM = { almatyMoscow: 3111.68, parisLondon: 343.92, moscowKyiv: 757.09 };

/** An independent oracle on the same sphere: the haversine formula, written out here rather than taken from d3. */
function haversineKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const place = fc
  .record({
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
  })
  .map(({ lon, lat }) => lonLat(lon, lat));

describe('distanceKm', () => {
  it.each([
    ['Almaty–Moscow', almaty, moscow, WGS84_KM.almatyMoscow],
    ['Paris–London', paris, london, WGS84_KM.parisLondon],
    ['Moscow–Kyiv', moscow, kyiv, WGS84_KM.moscowKyiv],
  ])('%s is within 0.5 %% of the WGS84 geodesic', (_, a, b, reference) => {
    expect(Math.abs(distanceKm(a, b) - reference) / reference).toBeLessThan(0.005);
  });

  it('agrees with a haversine on the same sphere', () => {
    expect(distanceKm(almaty, moscow)).toBeCloseTo(3103.99, 1);
    expect(distanceKm(paris, london)).toBeCloseTo(343.56, 1);
    expect(distanceKm(moscow, kyiv)).toBeCloseTo(755.74, 1);
    fc.assert(
      fc.property(place, place, (a, b) => {
        expect(Math.abs(distanceKm(a, b) - haversineKm(a, b))).toBeLessThan(1e-6 * EARTH_RADIUS_KM);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(fc.property(place, place, (a, b) => Math.abs(distanceKm(a, b) - distanceKm(b, a)) < 1e-9));
  });

  it('is zero from a place to itself', () => {
    fc.assert(fc.property(place, (a) => distanceKm(a, a) === 0));
  });

  it('never exceeds half the circumference', () => {
    fc.assert(fc.property(place, place, (a, b) => distanceKm(a, b) <= Math.PI * EARTH_RADIUS_KM + 1e-6));
  });
});

describe('greatCirclePath', () => {
  it('starts and ends at the two places, with steps + 1 points', () => {
    const path = greatCirclePath(almaty, moscow, 16);
    expect(path).toHaveLength(17);
    expect(path[0]?.lon).toBeCloseTo(almaty.lon, 9);
    expect(path[16]?.lat).toBeCloseTo(moscow.lat, 9);
  });

  it('cuts the route into equal lengths that add up to the distance', () => {
    const path = greatCirclePath(almaty, moscow, 10);
    const legs = path.slice(1).map((point, i) => distanceKm(path[i] ?? point, point));
    for (const leg of legs) expect(leg).toBeCloseTo(distanceKm(almaty, moscow) / 10, 6);
  });
});
