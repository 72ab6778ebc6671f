import { geoPath } from 'd3-geo';
import Phaser from 'phaser';
import { geodesicCircle } from '../../core/geo/geodesic-circle';
import { greatCirclePath } from '../../core/geo/great-circle';
import { type LonLat, toPosition } from '../../core/geo/lon-lat';
import type { MapProjection } from '../../core/geo/map-projection';
import { mapPalette } from './map-palette';

/**
 * What a pin stands for; each has its own shape as well as its own colour: the player's guess,
 * the true place being revealed, a place revealed earlier, the keyboard crosshair.
 */
export type PinTone = 'guess' | 'truth' | 'placed' | 'cursor';

/** Marks drawn over the map, in lon/lat: they follow every zoom and pan. */
export type MapMarker =
  | { readonly kind: 'pin'; readonly at: LonLat; readonly tone: PinTone; readonly label?: string }
  /** The great-circle route between two places; `progress` (0–1) draws part of it, for the reveal. */
  | { readonly kind: 'line'; readonly from: LonLat; readonly to: LonLat; readonly progress?: number }
  /** Every point `radiusKm` from the centre on the sphere: a scoring radius. */
  | { readonly kind: 'ring'; readonly centre: LonLat; readonly radiusKm: number };

/** Segments of a drawn route: smooth at any zoom for the distances of a level. */
const ROUTE_STEPS = 96;

/**
 * Draws the marks in order, through the camera's projection, whose clip extent keeps lines and
 * rings inside the map's viewport. Pins outside the viewport are left out.
 */
export function drawMarkers(
  graphics: Phaser.GameObjects.Graphics,
  markers: readonly MapMarker[],
  map: MapProjection,
  unit: number,
): void {
  graphics.clear();
  const path = geoPath(map.projection, graphics);
  for (const marker of markers) {
    switch (marker.kind) {
      case 'ring': {
        const circle = geodesicCircle(marker.centre, marker.radiusKm, 2);
        graphics.fillStyle(mapPalette.truth, 0.18);
        graphics.beginPath();
        path(circle);
        graphics.fillPath();
        graphics.lineStyle(Math.max(1.5, 2 * unit), mapPalette.truth, 0.95);
        graphics.beginPath();
        path(circle);
        graphics.strokePath();
        break;
      }
      case 'line': {
        const route = greatCirclePath(marker.from, marker.to, ROUTE_STEPS);
        const shown = route.slice(0, Math.max(2, Math.ceil(route.length * clamp01(marker.progress ?? 1))));
        const line = { type: 'LineString' as const, coordinates: shown.map(toPosition) };
        // A dark edge under the light line keeps it readable over both sea and land.
        for (const [width, colour] of [
          [4 * unit, mapPalette.ink],
          [2 * unit, mapPalette.line],
        ] as const) {
          graphics.lineStyle(Math.max(1, width), colour, 0.9);
          graphics.beginPath();
          path(line);
          graphics.strokePath();
        }
        break;
      }
      case 'pin': {
        const point = map.toScreen(marker.at);
        if (map.contains(point)) drawPin(graphics, point.x, point.y, marker.tone, unit);
        break;
      }
    }
  }
}

/** The tip of each pin is exactly on its place, so nothing hides where the player dropped. */
function drawPin(
  graphics: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  tone: PinTone,
  unit: number,
): void {
  const s = Math.max(0.75, unit);
  switch (tone) {
    case 'guess': {
      // A teardrop standing on its point.
      const r = 9 * s;
      const top = y - 22 * s;
      graphics.fillStyle(mapPalette.ink, 1);
      graphics.fillCircle(x, top, r + 2 * s);
      graphics.fillTriangle(x - r - 1 * s, top + 3 * s, x + r + 1 * s, top + 3 * s, x, y + 2 * s);
      graphics.fillStyle(mapPalette.guess, 1);
      graphics.fillCircle(x, top, r);
      graphics.fillTriangle(x - r + 1 * s, top + 3 * s, x + r - 1 * s, top + 3 * s, x, y);
      graphics.fillStyle(mapPalette.ink, 1);
      graphics.fillCircle(x, top, 3.5 * s);
      break;
    }
    case 'truth': {
      // A diamond centred on the place, with a dot at its heart.
      const r = 10 * s;
      graphics.fillStyle(0xffffff, 1);
      graphics.fillPoints(diamond(x, y, r + 2.5 * s), true);
      graphics.fillStyle(mapPalette.truth, 1);
      graphics.fillPoints(diamond(x, y, r), true);
      graphics.fillStyle(0xffffff, 1);
      graphics.fillCircle(x, y, 2.5 * s);
      break;
    }
    case 'placed': {
      // A small diamond: an answer already seen, quieter than the one being revealed.
      const r = 6 * s;
      graphics.fillStyle(0xffffff, 1);
      graphics.fillPoints(diamond(x, y, r + 2 * s), true);
      graphics.fillStyle(mapPalette.truth, 1);
      graphics.fillPoints(diamond(x, y, r), true);
      break;
    }
    case 'cursor': {
      // A crosshair whose centre stays open, so the place under it shows.
      const r = 14 * s;
      for (const [width, colour] of [
        [5 * s, mapPalette.ink],
        [2.5 * s, mapPalette.cursor],
      ] as const) {
        graphics.lineStyle(width, colour, 1);
        graphics.strokeCircle(x, y, r * 0.6);
        graphics.lineBetween(x - r, y, x - r * 0.3, y);
        graphics.lineBetween(x + r * 0.3, y, x + r, y);
        graphics.lineBetween(x, y - r, x, y - r * 0.3);
        graphics.lineBetween(x, y + r * 0.3, x, y + r);
      }
      break;
    }
  }
}

function diamond(x: number, y: number, r: number): Phaser.Math.Vector2[] {
  const { Vector2 } = Phaser.Math;
  return [new Vector2(x, y - r), new Vector2(x + r, y), new Vector2(x, y + r), new Vector2(x - r, y)];
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
