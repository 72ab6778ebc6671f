import { type LonLat, type ScreenRect, toPosition } from '../../core/geo/lon-lat';
import type { MapProjection } from '../../core/geo/map-projection';

/**
 * A map camera as what it does to reference units: screen = scale × reference + (x, y). Every
 * MapProjection camera is such a scale and shift, so an image painted under one camera shows any
 * other camera exactly once it is scaled and moved: this is what lets a pan or zoom move the
 * picture instead of painting the countries again.
 */
export interface PlanarCamera {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** A place with its reference coordinates: where it lands on screen gives a camera's shift. */
export interface CameraAnchor {
  readonly place: LonLat;
  readonly reference: readonly [number, number];
}

/** Where and how large a painted image is drawn, its top-left corner in canvas pixels. */
export interface ImagePlacement {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/**
 * Share of the viewport's longer side painted beyond each of its edges, so a drag or a zoom out
 * shows real map, not a gap, until the picture is painted again.
 */
const PAINT_MARGIN_SHARE = 0.25;
/** The largest texture side every WebGL device in use accepts; the margin shrinks to stay within it. */
const MAX_TEXTURE_PX = 4096;

/**
 * The anchor for a map: `place` must be where its projection is defined. The centre of the
 * level's bbox is, for every projection a level can name, since each is centred on it.
 */
export function cameraAnchor(projection: MapProjection, place: LonLat): CameraAnchor {
  const reference = projection.reference(toPosition(place));
  if (!reference) throw new Error(`Qantar: the map's projection is undefined at ${place.lon}, ${place.lat}.`);
  return { place, reference };
}

export function planarCamera(projection: MapProjection, anchor: CameraAnchor): PlanarCamera {
  const scale = projection.pixelsPerUnit;
  const screen = projection.toScreen(anchor.place);
  return {
    scale,
    x: screen.x - scale * anchor.reference[0],
    y: screen.y - scale * anchor.reference[1],
  };
}

/** The canvas area to paint for a viewport: the viewport and a margin around it, whole pixels. */
export function paintArea(viewport: ScreenRect): ScreenRect {
  const longer = Math.max(viewport.width, viewport.height);
  const margin = Math.max(
    0,
    Math.floor(Math.min(longer * PAINT_MARGIN_SHARE, (MAX_TEXTURE_PX - longer) / 2)),
  );
  return {
    x: viewport.x - margin,
    y: viewport.y - margin,
    width: Math.max(1, Math.round(viewport.width) + 2 * margin),
    height: Math.max(1, Math.round(viewport.height) + 2 * margin),
  };
}

/** Where an image of `area`, painted under the camera `painted`, goes to show the camera `current`. */
export function imagePlacement(
  painted: PlanarCamera,
  area: ScreenRect,
  current: PlanarCamera,
): ImagePlacement {
  const scale = current.scale / painted.scale;
  return {
    x: current.x + scale * (area.x - painted.x),
    y: current.y + scale * (area.y - painted.y),
    scale,
  };
}

/** The part of the placed image, in its own pixels, that falls on the viewport; it may overrun the image. */
export function viewportCrop(placement: ImagePlacement, viewport: ScreenRect): ScreenRect {
  return {
    x: (viewport.x - placement.x) / placement.scale,
    y: (viewport.y - placement.y) / placement.scale,
    width: viewport.width / placement.scale,
    height: viewport.height / placement.scale,
  };
}

/** Whether the crop lies wholly inside an image of this size, so the viewport shows no gap. */
export function cropCovered(crop: ScreenRect, size: { width: number; height: number }): boolean {
  return (
    crop.x >= 0 && crop.y >= 0 && crop.x + crop.width <= size.width && crop.y + crop.height <= size.height
  );
}
