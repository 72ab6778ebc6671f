/**
 * Coordinate spaces kept apart by the compiler: a position on the Earth in degrees, and a point on
 * the screen in canvas pixels. Both carry a brand, so a plain `{ x, y }` from an input event or a
 * `{ lon, lat }` literal must go through a constructor that states which space it belongs to.
 */
import type { LonLatTuple } from '../level/level-types';

declare const lonLatBrand: unique symbol;
declare const screenPointBrand: unique symbol;

/** Longitude and latitude in decimal degrees, east and north positive. */
export interface LonLat {
  readonly lon: number;
  readonly lat: number;
  readonly [lonLatBrand]: true;
}

/** A point in canvas pixels, origin at the top left, y down. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
  readonly [screenPointBrand]: true;
}

/** A rectangle in canvas pixels. */
export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function lonLat(lon: number, lat: number): LonLat {
  return { lon, lat } as LonLat;
}

export function screenPoint(x: number, y: number): ScreenPoint {
  return { x, y } as ScreenPoint;
}

/** Reads a level's `[lon, lat]` pair. */
export function fromTuple([lon, lat]: LonLatTuple): LonLat {
  return lonLat(lon, lat);
}

/** The `[lon, lat]` order d3-geo and GeoJSON expect. */
export function toPosition(point: LonLat): [number, number] {
  return [point.lon, point.lat];
}

export function rectContains(rect: ScreenRect, point: ScreenPoint): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}
