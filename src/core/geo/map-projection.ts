import {
  type GeoProjection,
  geoAzimuthalEqualArea,
  geoConicConformal,
  geoConicEqualArea,
  geoEquirectangular,
  geoMercator,
  geoNaturalEarth1,
  geoPath,
} from 'd3-geo';
import type { LineString } from 'geojson';
import type { MapView, ProjectionName } from '../level/level-types';
import {
  type LonLat,
  lonLat,
  rectContains,
  type ScreenPoint,
  type ScreenRect,
  screenPoint,
  toPosition,
} from './lon-lat';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;

/** The bbox is first fitted into a square of this many reference units; screens are derived from it. */
const REFERENCE_SIZE = 1000;

/**
 * d3's adaptive resampling tolerance, in reference units. The deepest zoom on a large screen
 * magnifies a unit about 25 times, so 0.02 keeps curves within half a pixel.
 */
const REFERENCE_PRECISION = 0.02;

/** A projected point forward and back again may drift this far (pixels) before the inverse is refused. */
const ROUND_TRIP_TOLERANCE_PX = 0.5;

/** Bbox edges are sampled this often (degrees) so the edges along parallels stay parallels, not great circles. */
const OUTLINE_STEP_DEGREES = 1;

type Bbox = MapView['bbox'];
type Bounds = [[number, number], [number, number]];

/**
 * The map as the player sees it: the level's d3 projection fitted so its bbox fills the viewport
 * at zoom 1, then a camera (zoom and pan) on top. Immutable: every camera move returns a new value.
 *
 * Everything is defined from a reference projection (the bbox fitted into a fixed square): the
 * viewport fit and the camera only scale and shift it. That lets the expensive part, projecting
 * the countries on the sphere, happen once per level (see `reference`); a camera move then only
 * scales and shifts what was drawn (src/game/ui/map-image.ts).
 */
export class MapProjection {
  /** The projection with the camera applied, clipped to the viewport: for points and small overlays. */
  readonly projection: GeoProjection;
  /** Screen pixels per reference unit. */
  private readonly unit: number;

  private constructor(
    private readonly view: MapView,
    private readonly ref: Reference,
    readonly viewport: ScreenRect,
    readonly zoom: number,
    /** The reference point shown at the viewport centre. */
    private readonly focus: readonly [number, number],
  ) {
    this.unit = fitScale(ref.bounds, viewport) * zoom;
    const [cx, cy] = viewportCentre(viewport);
    const tx = cx - this.unit * focus[0];
    const ty = cy - this.unit * focus[1];
    const clip: Bounds = [
      [viewport.x, viewport.y],
      [viewport.x + viewport.width, viewport.y + viewport.height],
    ];
    this.projection = buildProjection(view)
      .scale(ref.projection.scale() * this.unit)
      .translate([tx + this.unit * ref.translate[0], ty + this.unit * ref.translate[1]])
      .clipExtent(clip);
  }

  /** The whole bbox, fitted into the viewport. */
  static create(view: MapView, viewport: ScreenRect): MapProjection {
    const ref = referenceFit(view);
    return new MapProjection(view, ref, viewport, MIN_ZOOM, centreOf(ref.bounds));
  }

  /**
   * The level's projection in reference units, unclipped: project geometry with it once, then
   * draw it through `planar` at every zoom and pan.
   */
  get reference(): GeoProjection {
    return this.ref.projection;
  }

  /** Screen pixels per reference unit at the current zoom. */
  get pixelsPerUnit(): number {
    return this.unit;
  }

  /**
   * Where a place is drawn. The coordinates are not finite only where the projection itself is
   * undefined (the antipode of an azimuthal map's centre), which no bbox comes near.
   */
  toScreen(point: LonLat): ScreenPoint {
    const [x, y] = this.projection(toPosition(point)) ?? [Number.NaN, Number.NaN];
    return screenPoint(x, y);
  }

  /** The place under a screen point, or null where the projection has no inverse (outside its domain). */
  toLonLat(point: ScreenPoint): LonLat | null {
    const inverted = this.projection.invert?.([point.x, point.y]);
    if (!inverted) return null;
    const [lon, lat] = inverted;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return null;
    // Outside the world's outline (the corners of a naturalEarth1 map) the inverse still answers,
    // with a place that projects elsewhere: refuse it.
    const back = this.projection([lon, lat]);
    if (!back || Math.hypot(back[0] - point.x, back[1] - point.y) > ROUND_TRIP_TOLERANCE_PX) return null;
    return lonLat(lon, lat);
  }

  /** Multiplies the zoom by `factor`, keeping the place under `anchor` (the pointer) where it is. */
  zoomAt(factor: number, anchor: ScreenPoint): MapProjection {
    const zoom = clamp(this.zoom * factor, MIN_ZOOM, MAX_ZOOM);
    const [cx, cy] = viewportCentre(this.viewport);
    // The anchor's offset from the centre, in reference units, shrinks by the zoom ratio.
    const shift = 1 / this.unit - 1 / (fitScale(this.ref.bounds, this.viewport) * zoom);
    return this.with(zoom, [
      this.focus[0] + (anchor.x - cx) * shift,
      this.focus[1] + (anchor.y - cy) * shift,
    ]);
  }

  /** Sets the zoom, keeping the viewport centre in place. */
  zoomTo(zoom: number): MapProjection {
    const [cx, cy] = viewportCentre(this.viewport);
    return this.zoomAt(zoom / this.zoom, screenPoint(cx, cy));
  }

  /** Moves the map content by a screen offset, as a drag does. */
  panBy(dx: number, dy: number): MapProjection {
    return this.with(this.zoom, [this.focus[0] - dx / this.unit, this.focus[1] - dy / this.unit]);
  }

  /** Brings a place to the viewport centre, as far as the bbox allows. */
  centreOn(point: LonLat): MapProjection {
    const projected = this.ref.projection(toPosition(point));
    return projected ? this.with(this.zoom, projected) : this;
  }

  /** Fits a new viewport (the window was resized), keeping the zoom and the place at the centre. */
  withViewport(viewport: ScreenRect): MapProjection {
    return new MapProjection(
      this.view,
      this.ref,
      viewport,
      this.zoom,
      clampFocus(this.focus, this.zoom, this.ref, viewport),
    );
  }

  /** Whether both show the same thing: same map, viewport, zoom and centre. */
  sameCamera(other: MapProjection): boolean {
    const [a, b] = [this.viewport, other.viewport];
    return (
      this.ref === other.ref &&
      this.zoom === other.zoom &&
      this.focus[0] === other.focus[0] &&
      this.focus[1] === other.focus[1] &&
      a.x === b.x &&
      a.y === b.y &&
      a.width === b.width &&
      a.height === b.height
    );
  }

  /** Whether the screen point lies on the map's viewport. */
  contains(point: ScreenPoint): boolean {
    return rectContains(this.viewport, point);
  }

  private with(zoom: number, focus: readonly [number, number]): MapProjection {
    return new MapProjection(
      this.view,
      this.ref,
      this.viewport,
      zoom,
      clampFocus(focus, zoom, this.ref, this.viewport),
    );
  }
}

interface Reference {
  readonly projection: GeoProjection;
  readonly translate: [number, number];
  /** The bbox outline's projected bounds, in reference units. */
  readonly bounds: Bounds;
}

function referenceFit(view: MapView): Reference {
  const outline = bboxOutline(view.bbox);
  const projection = buildProjection(view)
    .precision(REFERENCE_PRECISION)
    .fitExtent(
      [
        [0, 0],
        [REFERENCE_SIZE, REFERENCE_SIZE],
      ],
      outline,
    );
  const [tx, ty] = projection.translate();
  return { projection, translate: [tx, ty], bounds: geoPath(projection).bounds(outline) };
}

/** Screen pixels per reference unit at zoom 1: the bbox just fits the viewport. */
function fitScale([[x0, y0], [x1, y1]]: Bounds, viewport: ScreenRect): number {
  // A zero-sized viewport (a hidden canvas) still gets a usable, if tiny, scale.
  const width = Math.max(1, viewport.width);
  const height = Math.max(1, viewport.height);
  return Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9));
}

/**
 * Keeps the view inside the bbox: along an axis where the visible span is wider than the bbox the
 * bbox stays centred; elsewhere the focus stops where the bbox edge meets the viewport edge.
 */
function clampFocus(
  focus: readonly [number, number],
  zoom: number,
  ref: Reference,
  viewport: ScreenRect,
): [number, number] {
  const [[x0, y0], [x1, y1]] = ref.bounds;
  const unit = fitScale(ref.bounds, viewport) * zoom;
  const halfWidth = viewport.width / (2 * unit);
  const halfHeight = viewport.height / (2 * unit);
  const clampAxis = (value: number, low: number, high: number, half: number) =>
    high - low <= 2 * half ? (low + high) / 2 : clamp(value, low + half, high - half);
  return [clampAxis(focus[0], x0, x1, halfWidth), clampAxis(focus[1], y0, y1, halfHeight)];
}

/**
 * The named d3 projection, centred on the bbox. Conic projections take their standard parallels a
 * sixth of the way in from the bbox's south and north edges, the classic rule that spreads the
 * scale error evenly over the map.
 */
function buildProjection(view: MapView): GeoProjection {
  const [west, south, east, north] = view.bbox;
  const centreLon = (west + east) / 2;
  const centreLat = (south + north) / 2;
  const sixth = (north - south) / 6;
  const parallels: [number, number] = [south + sixth, north - sixth];
  const makers: Record<ProjectionName, () => GeoProjection> = {
    conicConformal: () => geoConicConformal().parallels(parallels).rotate([-centreLon, 0]),
    conicEqualArea: () => geoConicEqualArea().parallels(parallels).rotate([-centreLon, 0]),
    azimuthalEqualArea: () => geoAzimuthalEqualArea().rotate([-centreLon, -centreLat]),
    mercator: () => geoMercator().rotate([-centreLon, 0]),
    equirectangular: () => geoEquirectangular().rotate([-centreLon, 0]),
    naturalEarth1: () => geoNaturalEarth1().rotate([-centreLon, 0]),
  };
  return makers[view.projection]();
}

/** The bbox edge as a closed line, densified so d3 follows parallels instead of great circles. */
export function bboxOutline([west, south, east, north]: Bbox): LineString {
  const coordinates: [number, number][] = [];
  const edge = (from: [number, number], to: [number, number]) => {
    const span = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]));
    const steps = Math.max(1, Math.ceil(span / OUTLINE_STEP_DEGREES));
    for (let i = 0; i < steps; i++) {
      const t = i / steps;
      coordinates.push([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
    }
  };
  edge([west, south], [east, south]);
  edge([east, south], [east, north]);
  edge([east, north], [west, north]);
  edge([west, north], [west, south]);
  coordinates.push([west, south]);
  return { type: 'LineString', coordinates };
}

function viewportCentre(viewport: ScreenRect): [number, number] {
  return [viewport.x + viewport.width / 2, viewport.y + viewport.height / 2];
}

function centreOf([[x0, y0], [x1, y1]]: Bounds): [number, number] {
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
