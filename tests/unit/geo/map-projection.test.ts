import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lonLat, type ScreenRect, screenPoint } from '../../../src/core/geo/lon-lat';
import { MAX_ZOOM, MapProjection, MIN_ZOOM } from '../../../src/core/geo/map-projection';
import type { MapView, ProjectionName } from '../../../src/core/level/level-types';

const PROJECTIONS: readonly ProjectionName[] = [
  'conicConformal',
  'conicEqualArea',
  'azimuthalEqualArea',
  'mercator',
  'equirectangular',
  'naturalEarth1',
];

const kazakhstan: MapView['bbox'] = [46, 40, 88, 56];
const viewport: ScreenRect = { x: 0, y: 64, width: 1000, height: 560 };

/** A bbox well inside one hemisphere, where a level would put a conic map. */
const bboxArb = fc
  .record({
    west: fc.integer({ min: -170, max: 100 }),
    width: fc.integer({ min: 5, max: 70 }),
    south: fc.integer({ min: 5, max: 45 }),
    height: fc.integer({ min: 5, max: 35 }),
    southern: fc.boolean(),
  })
  .map(({ west, width, south, height, southern }): MapView['bbox'] =>
    southern ? [west, -(south + height), west + width, -south] : [west, south, west + width, south + height],
  );

const viewportArb = fc.record({
  x: fc.integer({ min: 0, max: 300 }),
  y: fc.integer({ min: 0, max: 200 }),
  width: fc.integer({ min: 200, max: 1920 }),
  height: fc.integer({ min: 200, max: 1080 }),
});

type CameraMove =
  | { kind: 'zoom'; factor: number; ax: number; ay: number }
  | { kind: 'pan'; dx: number; dy: number };
const movesArb = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('zoom' as const),
      factor: fc.double({ min: 0.3, max: 4, noNaN: true }),
      ax: fc.double({ min: 0, max: 1, noNaN: true }),
      ay: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('pan' as const),
      dx: fc.integer({ min: -3000, max: 3000 }),
      dy: fc.integer({ min: -3000, max: 3000 }),
    }),
  ),
  { maxLength: 6 },
);

function applyMoves(map: MapProjection, moves: readonly CameraMove[]): MapProjection {
  const { x, y, width, height } = map.viewport;
  return moves.reduce(
    (current, move) =>
      move.kind === 'zoom'
        ? current.zoomAt(move.factor, screenPoint(x + move.ax * width, y + move.ay * height))
        : current.panBy(move.dx, move.dy),
    map,
  );
}

function pointInBbox([west, south, east, north]: MapView['bbox']) {
  return fc
    .record({ u: fc.double({ min: 0, max: 1, noNaN: true }), v: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ u, v }) => lonLat(west + u * (east - west), south + v * (north - south)));
}

describe('MapProjection', () => {
  it.each(PROJECTIONS)('%s fits the bbox into the viewport at zoom 1', (projection) => {
    const map = MapProjection.create({ projection, bbox: kazakhstan }, viewport);
    const corners = [
      lonLat(46, 40),
      lonLat(88, 40),
      lonLat(46, 56),
      lonLat(88, 56),
      lonLat(67, 40),
      lonLat(67, 56),
    ];
    for (const corner of corners) {
      const point = map.toScreen(corner);
      expect(point.x).toBeGreaterThanOrEqual(viewport.x - 0.5);
      expect(point.x).toBeLessThanOrEqual(viewport.x + viewport.width + 0.5);
      expect(point.y).toBeGreaterThanOrEqual(viewport.y - 0.5);
      expect(point.y).toBeLessThanOrEqual(viewport.y + viewport.height + 0.5);
    }
    expect(map.zoom).toBe(MIN_ZOOM);
  });

  it.each(PROJECTIONS)(
    '%s: lon/lat → screen → lon/lat lands within one pixel, at any zoom and pan',
    (projection) => {
      fc.assert(
        fc.property(
          bboxArb.chain((bbox) =>
            fc.tuple(
              fc.constant(bbox),
              viewportArb,
              movesArb,
              fc.array(pointInBbox(bbox), { minLength: 1, maxLength: 8 }),
            ),
          ),
          ([bbox, rect, moves, points]) => {
            const map = applyMoves(MapProjection.create({ projection, bbox }, rect), moves);
            for (const point of points) {
              const screen = map.toScreen(point);
              const back = map.toLonLat(screen);
              expect(back).not.toBeNull();
              if (!back) return;
              const again = map.toScreen(back);
              expect(Math.hypot(again.x - screen.x, again.y - screen.y)).toBeLessThan(1);
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it.each(PROJECTIONS)('%s keeps the zoom in range and the view on the bbox', (projection) => {
    fc.assert(
      fc.property(bboxArb, viewportArb, movesArb, (bbox, rect, moves) => {
        const start = MapProjection.create({ projection, bbox }, rect);
        const map = applyMoves(start, moves);
        expect(map.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
        expect(map.zoom).toBeLessThanOrEqual(MAX_ZOOM);
        // The zoom-1 map shows the whole bbox; a zoomed map shows part of what it shows, never beyond.
        const centre = map.toLonLat(screenPoint(rect.x + rect.width / 2, rect.y + rect.height / 2));
        expect(centre).not.toBeNull();
        if (!centre) return;
        const onStart = start.toScreen(centre);
        expect(start.contains(screenPoint(Math.round(onStart.x), Math.round(onStart.y)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('zooms about the anchor: the place under the pointer stays under it', () => {
    const map = MapProjection.create({ projection: 'conicConformal', bbox: kazakhstan }, viewport);
    const almaty = lonLat(76.89, 43.24);
    const anchor = map.toScreen(almaty);
    const zoomed = map.zoomAt(3, anchor);
    const after = zoomed.toScreen(almaty);
    expect(zoomed.zoom).toBe(3);
    expect(Math.hypot(after.x - anchor.x, after.y - anchor.y)).toBeLessThan(0.01);
  });

  it('cannot pan away from the bbox at zoom 1', () => {
    const map = MapProjection.create({ projection: 'conicConformal', bbox: kazakhstan }, viewport);
    const panned = map.panBy(500, -300);
    const point = lonLat(67, 48);
    expect(panned.toScreen(point)).toEqual(map.toScreen(point));
  });

  it('keeps the zoom and the centre when the viewport changes', () => {
    const map = MapProjection.create({ projection: 'conicConformal', bbox: kazakhstan }, viewport)
      .zoomTo(4)
      .centreOn(lonLat(71.45, 51.17));
    const resized = map.withViewport({ x: 0, y: 0, width: 640, height: 900 });
    expect(resized.zoom).toBe(4);
    const centre = resized.toLonLat(screenPoint(320, 450));
    expect(centre?.lon).toBeCloseTo(71.45, 3);
    expect(centre?.lat).toBeCloseTo(51.17, 3);
  });

  it('refuses to invert outside the world on a world map', () => {
    const map = MapProjection.create({ projection: 'naturalEarth1', bbox: [-180, -60, 180, 85] }, viewport);
    const corner = map.toScreen(lonLat(-180, 85));
    expect(map.toLonLat(screenPoint(viewport.x + 1, viewport.y + 1))).toBeNull();
    expect(Number.isFinite(corner.x)).toBe(true);
  });
});
