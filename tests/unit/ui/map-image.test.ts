import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lonLat, type ScreenRect, screenPoint } from '../../../src/core/geo/lon-lat';
import { MapProjection } from '../../../src/core/geo/map-projection';
import type { MapView } from '../../../src/core/level/level-types';
import {
  cameraAnchor,
  cropCovered,
  imagePlacement,
  paintArea,
  planarCamera,
  viewportCrop,
} from '../../../src/game/ui/map-image';

const view: MapView = { projection: 'conicConformal', bbox: [20, 35, 90, 60] };
const viewport: ScreenRect = { x: 0, y: 64, width: 900, height: 600 };
const start = MapProjection.create(view, viewport);
const anchor = cameraAnchor(start, lonLat(55, 47.5));

/** Places spread over the bbox. */
const placeArb = fc
  .record({
    lon: fc.double({ min: 25, max: 85, noNaN: true }),
    lat: fc.double({ min: 38, max: 58, noNaN: true }),
  })
  .map(({ lon, lat }) => lonLat(lon, lat));

const cameraArb = fc.record({
  zoom: fc.double({ min: 1, max: 12, noNaN: true }),
  dx: fc.integer({ min: -2000, max: 2000 }),
  dy: fc.integer({ min: -2000, max: 2000 }),
});

function camera({ zoom, dx, dy }: { zoom: number; dx: number; dy: number }): MapProjection {
  return start.zoomTo(zoom).panBy(dx, dy);
}

describe('map image', () => {
  it('reads the camera as a scale and shift of the reference plane', () => {
    fc.assert(
      fc.property(cameraArb, placeArb, (moves, place) => {
        const map = camera(moves);
        const { scale, x, y } = planarCamera(map, anchor);
        const reference = map.reference([place.lon, place.lat]) ?? [Number.NaN, Number.NaN];
        const screen = map.toScreen(place);
        expect(scale * reference[0] + x).toBeCloseTo(screen.x, 6);
        expect(scale * reference[1] + y).toBeCloseTo(screen.y, 6);
      }),
    );
  });

  it('places an image painted under one camera so each place shows where another camera puts it', () => {
    fc.assert(
      fc.property(cameraArb, cameraArb, placeArb, (before, after, place) => {
        const painted = camera(before);
        const current = camera(after);
        const area = paintArea(painted.viewport);
        const at = imagePlacement(planarCamera(painted, anchor), area, planarCamera(current, anchor));
        const pixel = painted.toScreen(place);
        const shown = screenPoint(at.x + at.scale * (pixel.x - area.x), at.y + at.scale * (pixel.y - area.y));
        const expected = current.toScreen(place);
        expect(shown.x).toBeCloseTo(expected.x, 6);
        expect(shown.y).toBeCloseTo(expected.y, 6);
      }),
    );
  });

  it('shows the painted viewport unmoved, inside the margin, until the camera moves past it', () => {
    const area = paintArea(viewport);
    expect(area.x).toBeLessThan(viewport.x);
    expect(area.width).toBeGreaterThan(viewport.width);
    const still = planarCamera(start.zoomTo(3), anchor);
    const crop = viewportCrop(imagePlacement(still, area, still), viewport);
    expect(crop.x).toBeCloseTo(viewport.x - area.x, 9);
    expect(crop.width).toBeCloseTo(viewport.width, 9);
    expect(cropCovered(crop, area)).toBe(true);
    const far = planarCamera(start.zoomTo(3).panBy(viewport.width, 0), anchor);
    expect(cropCovered(viewportCrop(imagePlacement(still, area, far), viewport), area)).toBe(false);
  });

  it('keeps the painted texture within the size every device accepts', () => {
    const huge = paintArea({ x: 0, y: 0, width: 3800, height: 2000 });
    expect(Math.max(huge.width, huge.height)).toBeLessThanOrEqual(4096);
    expect(huge.width).toBeGreaterThanOrEqual(3800);
  });
});
