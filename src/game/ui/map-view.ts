import { geoIdentity, geoPath } from 'd3-geo';
import type { MultiLineString, MultiPolygon } from 'geojson';
import Phaser from 'phaser';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import { countryAt } from '../../core/geo/country-shapes';
import { type LabelPlacement, labelPlacement } from '../../core/geo/label-placement';
import type { LonLat, ScreenPoint, ScreenRect } from '../../core/geo/lon-lat';
import { lonLat, screenPoint } from '../../core/geo/lon-lat';
import { MAX_ZOOM, MapProjection, MIN_ZOOM } from '../../core/geo/map-projection';
import { projectLines, projectPolygons } from '../../core/geo/planar-geometry';
import type { MapView as LevelMapView } from '../../core/level/level-types';
import { touchFirst } from '../input-kind';
import { FONT_FAMILY } from '../theme';
import { Button, MIN_TOUCH_TARGET } from './button';
import {
  type CameraAnchor,
  cameraAnchor,
  cropCovered,
  imagePlacement,
  type PlanarCamera,
  paintArea,
  planarCamera,
  viewportCrop,
} from './map-image';
import { drawMarkers, type MapMarker } from './map-markers';
import { landColour, mapPalette } from './map-palette';

export interface MapViewOptions {
  /** The level's map: projection, bbox, highlighted countries, labels on or off. */
  readonly map: LevelMapView;
  readonly atlas: CountryAtlas;
  readonly viewport: ScreenRect;
  /** Zoom, pan, hover names and country picking; off for a map that only illustrates. */
  readonly interactive: boolean;
  /** A country's name in the current language, or undefined when it has none. */
  readonly countryName: (iso3: string) => string | undefined;
  /** Whether the arrow keys pan the map; off where a scene gives them another job. Default true. */
  readonly keyboardPan?: boolean;
  /** The interface scale (see theme.uiUnit). Default 1. */
  readonly unit?: number;
}

interface PlanarCountry {
  readonly iso3: string;
  readonly polygons: MultiPolygon;
  /** The same rings as lines: stroked, they are clipped without drawing the viewport's edge. */
  readonly outline: MultiLineString;
  readonly colour: number;
  readonly label: LabelPlacement | null;
}

/** A press that moves less than this (pixels) is a tap or click, not a drag. */
const TAP_SLOP_PX = 6;
/** Wheel zoom per pixel of deltaY: one notch (100 px) zooms by about 1.2, four notches about double. */
const WHEEL_ZOOM_PER_PX = 0.0018;
const BUTTON_ZOOM = 1.6;
const KEY_PAN_PX = 60;
/**
 * The countries are painted again once the camera has kept still this long (milliseconds), and for
 * a whole frame: a wheel sends its notches closer together, a drag its moves, so neither paints
 * until it stops, even where frames are slower than this.
 */
const SETTLE_MS = 150;

/**
 * The map on screen: the level's countries drawn with Phaser Graphics from their projected
 * polygons, with names, a hover/tap name tooltip, zoom (wheel, pinch, buttons, + and − keys), pan
 * (drag, arrow keys), and a layer of marks (pins, great-circle lines, scoring rings).
 *
 * The countries are projected on the sphere once per map, then painted through the planar camera
 * transform into a render texture, with a margin around the viewport. Painting every country costs
 * far more than a frame, so while a pan or zoom goes on the texture is only moved and scaled (one
 * textured quad, exact because every camera is a scale and shift of the same reference plane), and
 * painted again, sharp, once the camera keeps still. Names and marks are laid out from the current
 * camera on every change, so they stay on their places meanwhile.
 */
export class MapView extends Phaser.GameObjects.Container {
  readonly zoomButtons: readonly Button[];
  private projection: MapProjection;
  private readonly countries: readonly PlanarCountry[];
  private readonly borders: MultiLineString;
  private readonly warm: ReadonlySet<string>;
  private readonly unit: number;
  private readonly painter: Phaser.GameObjects.Graphics;
  private readonly base: Phaser.GameObjects.RenderTexture;
  /** Sea under the base, showing where a moved texture leaves part of the viewport uncovered. */
  private readonly backdrop: Phaser.GameObjects.Rectangle;
  private readonly anchor: CameraAnchor;
  /** What the base texture holds: the camera it was painted with, and the canvas area it covers then. */
  private painted: {
    readonly projection: MapProjection;
    readonly camera: PlanarCamera;
    readonly area: ScreenRect;
  } | null = null;
  /** The scene clock's time of the last camera change. */
  private movedAt = 0;
  /** Whether the camera changed since the last frame. */
  private moved = false;
  /** Marks are drawn here, then copied into `marks`, which clips them to the viewport. */
  private readonly overlay: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.RenderTexture;
  private readonly labelTexts = new Map<string, Phaser.GameObjects.Text>();
  private readonly pinLabels: Phaser.GameObjects.Text[] = [];
  private readonly tooltip: Phaser.GameObjects.Text;
  private readonly hitZone: Phaser.GameObjects.Zone;
  private markers: readonly MapMarker[] = [];
  private highlighted: string | null = null;
  private hovered: string | null = null;
  private readonly pickListeners = new Set<(iso3: string) => void>();
  private readonly tapListeners = new Set<(point: ScreenPoint) => void>();
  private readonly cameraListeners = new Set<() => void>();
  private readonly pressed = new Map<number, { x: number; y: number }>();
  private travelled = 0;
  private dirtyBase = true;
  private dirtyOverlay = true;
  private readonly release: (() => void)[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly options: MapViewOptions,
  ) {
    super(scene, 0, 0);
    this.unit = options.unit ?? 1;
    this.projection = MapProjection.create(options.map, options.viewport);
    const reference = this.projection.reference;
    const labels = options.map.labels ?? true;
    this.countries = options.atlas.shapes.map((shape) => {
      const polygons = projectPolygons(shape.geometry, reference);
      return {
        iso3: shape.iso3,
        polygons,
        outline: { type: 'MultiLineString' as const, coordinates: polygons.coordinates.flat() },
        colour: landColour(
          options.atlas.tones.get(shape.iso3) ?? 0,
          options.map.highlight?.includes(shape.iso3) ?? false,
        ),
        label: labels ? labelPlacement(polygons, reference) : null,
      };
    });
    this.borders = projectLines(options.atlas.borders, reference);
    this.warm = new Set(options.map.highlight ?? []);
    const [west, south, east, north] = options.map.bbox;
    this.anchor = cameraAnchor(this.projection, lonLat((west + east) / 2, (south + north) / 2));

    const { x, y, width, height } = options.viewport;
    this.hitZone = new Phaser.GameObjects.Zone(scene, x, y, width, height).setOrigin(0, 0);
    // The painter is never displayed: it is drawn into the render texture on change.
    this.painter = new Phaser.GameObjects.Graphics(scene);
    this.painter.pathDetailThreshold = 0.5;
    const area = paintArea(options.viewport);
    this.base = new Phaser.GameObjects.RenderTexture(
      scene,
      area.x,
      area.y,
      area.width,
      area.height,
      false,
    ).setOrigin(0, 0);
    this.backdrop = new Phaser.GameObjects.Rectangle(scene, x, y, width, height, mapPalette.sea);
    this.backdrop.setOrigin(0, 0);
    this.overlay = new Phaser.GameObjects.Graphics(scene);
    this.marks = new Phaser.GameObjects.RenderTexture(
      scene,
      x,
      y,
      Math.max(1, width),
      Math.max(1, height),
    ).setOrigin(0, 0);
    this.tooltip = new Phaser.GameObjects.Text(scene, 0, 0, '', {
      fontFamily: FONT_FAMILY,
      fontSize: `${Math.round(18 * this.unit)}px`,
      color: mapPalette.tooltipText,
      backgroundColor: mapPalette.tooltipBackground,
      padding: { x: Math.round(10 * this.unit), y: Math.round(6 * this.unit) },
      resolution: window.devicePixelRatio || 1,
    }).setVisible(false);
    this.add([this.hitZone, this.backdrop, this.base]);
    this.createLabels();
    this.add([this.marks, this.tooltip]);
    this.zoomButtons = options.interactive ? this.createZoomButtons() : [];
    scene.add.existing(this);

    const flush = () => this.flush();
    scene.events.on(Phaser.Scenes.Events.POST_UPDATE, flush);
    this.release.push(() => scene.events.off(Phaser.Scenes.Events.POST_UPDATE, flush));
    if (options.interactive) this.listen();
    this.layoutChrome();
  }

  /** Lays the map out in a new rectangle (the window was resized), keeping zoom and centre. */
  setViewport(rect: ScreenRect): void {
    this.projection = this.projection.withViewport(rect);
    this.hitZone.setPosition(rect.x, rect.y).setSize(Math.max(1, rect.width), Math.max(1, rect.height));
    this.backdrop.setPosition(rect.x, rect.y).setSize(rect.width, rect.height);
    const area = paintArea(rect);
    this.base.resize(area.width, area.height, false);
    // The resized texture is blank: paint it without waiting for the camera to settle.
    this.dirtyBase = true;
    this.marks.setPosition(rect.x, rect.y).resize(Math.max(1, rect.width), Math.max(1, rect.height), false);
    this.layoutChrome();
    this.cameraChanged();
  }

  get viewport(): ScreenRect {
    return this.projection.viewport;
  }

  get zoom(): number {
    return this.projection.zoom;
  }

  toScreen(point: LonLat): ScreenPoint {
    return this.projection.toScreen(point);
  }

  toLonLat(point: ScreenPoint): LonLat | null {
    return this.projection.toLonLat(point);
  }

  /** Whether a screen point is on the map (inside its viewport). */
  contains(point: ScreenPoint): boolean {
    return this.projection.contains(point);
  }

  /** The ISO alpha-3 code of the country under a screen point, or null (sea, off the map). */
  countryAt(point: ScreenPoint): string | null {
    if (!this.projection.contains(point)) return null;
    const place = this.projection.toLonLat(point);
    return place ? (countryAt(this.options.atlas.shapes, place)?.iso3 ?? null) : null;
  }

  /** Outlines one country in the accent colour (the one asked about or chosen), or none. */
  highlight(iso3: string | null): void {
    if (this.highlighted === iso3) return;
    this.highlighted = iso3;
    this.dirtyBase = true;
  }

  /** Calls `listener` with the country clicked or tapped; returns a function that stops it. */
  onCountryPick(listener: (iso3: string) => void): () => void {
    this.pickListeners.add(listener);
    return () => this.pickListeners.delete(listener);
  }

  /** Calls `listener` with the screen point of every click or tap on the map, land or sea. */
  onTap(listener: (point: ScreenPoint) => void): () => void {
    this.tapListeners.add(listener);
    return () => this.tapListeners.delete(listener);
  }

  /** Calls `listener` after every zoom, pan or resize, e.g. to move things that follow the map. */
  onCameraChange(listener: () => void): () => void {
    this.cameraListeners.add(listener);
    return () => this.cameraListeners.delete(listener);
  }

  /** Replaces the marks drawn over the map. */
  setMarkers(markers: readonly MapMarker[]): void {
    this.markers = markers;
    // A name left from hovering would sit on top of the new marks.
    this.tooltip.setVisible(false);
    this.dirtyOverlay = true;
  }

  zoomBy(factor: number, anchor?: ScreenPoint): void {
    const { x, y, width, height } = this.projection.viewport;
    this.setCamera(this.projection.zoomAt(factor, anchor ?? screenPoint(x + width / 2, y + height / 2)));
  }

  panBy(dx: number, dy: number): void {
    this.setCamera(this.projection.panBy(dx, dy));
  }

  /** Brings a place into the middle of the map, as far as the level's area allows. */
  centreOn(point: LonLat): void {
    this.setCamera(this.projection.centreOn(point));
  }

  /** Writes the country names again, after the language changed. */
  refreshText(): void {
    for (const [iso3, text] of this.labelTexts) text.setText(this.options.countryName(iso3) ?? '');
    this.tooltip.setVisible(false);
    this.hovered = null;
    this.layoutLabels();
  }

  override destroy(fromScene?: boolean): void {
    for (const release of this.release.splice(0)) release();
    this.pickListeners.clear();
    this.tapListeners.clear();
    this.cameraListeners.clear();
    this.painter.destroy();
    this.overlay.destroy();
    for (const text of this.pinLabels) text.destroy();
    super.destroy(fromScene);
  }

  private setCamera(next: MapProjection): void {
    if (next.sameCamera(this.projection)) return;
    this.projection = next;
    this.cameraChanged();
  }

  private cameraChanged(): void {
    this.movedAt = this.scene.time.now;
    this.moved = true;
    this.dirtyOverlay = true;
    this.tooltip.setVisible(false);
    this.layoutLabels();
    this.updateZoomButtons();
    for (const listener of this.cameraListeners) listener();
  }

  /** Redraws what changed since the last frame, once, however many events came in between. */
  private flush(): void {
    const settled = !this.moved && this.scene.time.now - this.movedAt >= SETTLE_MS;
    this.moved = false;
    if (this.dirtyBase || (settled && this.painted?.projection !== this.projection)) {
      this.dirtyBase = false;
      this.paintBase();
    }
    this.placeBase();
    if (this.dirtyOverlay) {
      this.dirtyOverlay = false;
      // With no marks, following the camera would only clear and blend an empty texture each frame.
      this.marks.setVisible(this.markers.length > 0);
      if (this.markers.length > 0) this.paintMarks();
    }
  }

  private paintMarks(): void {
    drawMarkers(this.overlay, this.markers, this.projection, this.unit);
    const { x, y } = this.projection.viewport;
    this.marks.clear();
    this.marks.draw([this.overlay, ...this.layoutPinLabels()], -x, -y);
    this.marks.render();
  }

  private paintBase(): void {
    const g = this.painter;
    const camera = planarCamera(this.projection, this.anchor);
    const area = paintArea(this.projection.viewport);
    const { x, y, width, height } = area;
    const planar = geoIdentity()
      .scale(camera.scale)
      .translate([camera.x, camera.y])
      .clipExtent([
        [x, y],
        [x + width, y + height],
      ]);
    const path = geoPath(planar, g);
    g.clear();
    g.fillStyle(mapPalette.sea, 1);
    g.fillRect(x, y, width, height);
    for (const country of this.countries) {
      g.fillStyle(country.colour, 1);
      g.beginPath();
      path(country.polygons);
      g.fillPath();
    }
    g.lineStyle(Math.max(0.75, this.unit), mapPalette.border, mapPalette.borderAlpha);
    g.beginPath();
    path(this.borders);
    g.strokePath();
    this.outline(path, this.hovered, mapPalette.border, 2.5);
    this.outline(path, this.highlighted, mapPalette.selected, 3);
    this.base.clear();
    this.base.draw(g, -x, -y);
    this.base.render();
    this.painted = { projection: this.projection, camera, area };
  }

  /** Shows the painted texture under the current camera, cut to the viewport. */
  private placeBase(): void {
    if (!this.painted) return;
    const { camera, area } = this.painted;
    const placement = imagePlacement(camera, area, planarCamera(this.projection, this.anchor));
    const crop = viewportCrop(placement, this.projection.viewport);
    this.base.setPosition(placement.x, placement.y).setScale(placement.scale);
    this.base.setCrop(crop.x, crop.y, crop.width, crop.height);
    this.backdrop.setVisible(!cropCovered(crop, area));
  }

  private outline(
    path: ReturnType<typeof geoPath>,
    iso3: string | null,
    colour: number,
    width: number,
  ): void {
    const country = iso3 === null ? undefined : this.countries.find((c) => c.iso3 === iso3);
    if (!country) return;
    this.painter.lineStyle(width * this.unit, colour, 1);
    this.painter.beginPath();
    path(country.outline);
    this.painter.strokePath();
  }

  private createLabels(): void {
    for (const country of this.countries) {
      if (!country.label) continue;
      const text = new Phaser.GameObjects.Text(
        this.scene,
        0,
        0,
        this.options.countryName(country.iso3) ?? '',
        {
          fontFamily: FONT_FAMILY,
          fontSize: `${Math.round((this.warm.has(country.iso3) ? 17 : 14) * this.unit)}px`,
          fontStyle: this.warm.has(country.iso3) ? 'bold' : 'normal',
          color: mapPalette.label,
          align: 'center',
          resolution: window.devicePixelRatio || 1,
        },
      ).setOrigin(0.5);
      this.labelTexts.set(country.iso3, text);
      this.add(text);
    }
    this.layoutLabels();
  }

  /** A name is shown where it fits inside its country and inside the map. */
  private layoutLabels(): void {
    const ppu = this.projection.pixelsPerUnit;
    const { x, y, width, height } = this.projection.viewport;
    for (const country of this.countries) {
      const text = country.label ? this.labelTexts.get(country.iso3) : undefined;
      if (!text || !country.label) continue;
      const at = this.projection.toScreen(country.label.at);
      const room = country.label.room * ppu;
      const fits = text.text !== '' && text.width <= room * 2.4 && text.height <= room * 1.6;
      const inside =
        at.x - text.width / 2 >= x &&
        at.x + text.width / 2 <= x + width &&
        at.y - text.height / 2 >= y &&
        at.y + text.height / 2 <= y + height;
      text.setPosition(Math.round(at.x), Math.round(at.y)).setVisible(fits && inside);
    }
  }

  /**
   * Names beside labelled pins, from a pool of texts reused between redraws. Each name takes the
   * first side of its pin (right, left, above, below) where it stays on the map and clear of the
   * names already placed; the pin being revealed is named first. A name with no room is left out.
   */
  private layoutPinLabels(): Phaser.GameObjects.Text[] {
    const pins = this.markers.filter(
      (marker): marker is Extract<MapMarker, { kind: 'pin' }> =>
        marker.kind === 'pin' && Boolean(marker.label),
    );
    pins.sort((a, b) => Number(b.tone === 'truth') - Number(a.tone === 'truth'));
    const placed: Phaser.Geom.Rectangle[] = [];
    const shown: Phaser.GameObjects.Text[] = [];
    const gap = 12 * this.unit;
    for (const pin of pins) {
      const at = this.projection.toScreen(pin.at);
      if (!this.projection.contains(at)) continue;
      const text = this.pinLabel(shown.length, pin.label ?? '');
      const { width, height } = text;
      const sides: [number, number][] = [
        [at.x + gap, at.y - height / 2],
        [at.x - gap - width, at.y - height / 2],
        [at.x - width / 2, at.y - gap - height],
        [at.x - width / 2, at.y + gap],
      ];
      const free = sides
        .map(([left, top]) => new Phaser.Geom.Rectangle(left, top, width, height))
        .find(
          (box) =>
            this.insideViewport(box) &&
            !placed.some((other) => Phaser.Geom.Intersects.RectangleToRectangle(box, other)),
        );
      if (!free) continue;
      placed.push(free);
      text.setPosition(Math.round(free.x), Math.round(free.y));
      shown.push(text);
    }
    return shown;
  }

  /** The pool's text number `index`, showing `label`; never on the display list, only drawn into `marks`. */
  private pinLabel(index: number, label: string): Phaser.GameObjects.Text {
    let text = this.pinLabels[index];
    if (!text) {
      text = new Phaser.GameObjects.Text(this.scene, 0, 0, '', {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.round(14 * this.unit)}px`,
        color: mapPalette.tooltipText,
        backgroundColor: mapPalette.pinLabelBackground,
        padding: { x: Math.round(5 * this.unit), y: Math.round(2 * this.unit) },
        resolution: window.devicePixelRatio || 1,
      });
      this.pinLabels.push(text);
    }
    return text.setText(label);
  }

  private insideViewport(box: Phaser.Geom.Rectangle): boolean {
    const { x, y, width, height } = this.projection.viewport;
    return box.x >= x && box.y >= y && box.right <= x + width && box.bottom <= y + height;
  }

  /** A zoom button's side: a fingertip at least on a touch screen, however small the screen. */
  private zoomButtonSize(): number {
    return Math.max(Math.round(44 * this.unit), touchFirst() ? MIN_TOUCH_TARGET : 0);
  }

  private createZoomButtons(): Button[] {
    const size = this.zoomButtonSize();
    const make = (label: string, factor: number) => {
      const button = new Button(this.scene, {
        x: 0,
        y: 0,
        width: size,
        height: size,
        label,
        fontSize: `${Math.round(26 * this.unit)}px`,
        onPress: () => this.zoomBy(factor),
      });
      this.add(button);
      return button;
    };
    return [make('+', BUTTON_ZOOM), make('−', 1 / BUTTON_ZOOM)];
  }

  private updateZoomButtons(): void {
    const [zoomIn, zoomOut] = this.zoomButtons;
    zoomIn?.setEnabled(this.projection.zoom < MAX_ZOOM);
    zoomOut?.setEnabled(this.projection.zoom > MIN_ZOOM);
  }

  /** Zoom buttons in the top-right corner of the map. */
  private layoutChrome(): void {
    const { x, y, width } = this.projection.viewport;
    const size = this.zoomButtonSize();
    const gap = Math.round(10 * this.unit);
    this.zoomButtons.forEach((button, index) => {
      button.setPosition(x + width - gap - size / 2, y + gap + size / 2 + index * (size + gap / 2));
    });
    this.updateZoomButtons();
  }

  private listen(): void {
    const { scene } = this;
    this.hitZone.setInteractive();
    const onDown = (pointer: Phaser.Input.Pointer) => {
      this.pressed.set(pointer.id, { x: pointer.x, y: pointer.y });
      if (this.pressed.size === 1) this.travelled = 0;
    };
    const onWheel = (pointer: Phaser.Input.Pointer, _dx: number, dy: number) => {
      this.zoomBy(Math.exp(-dy * WHEEL_ZOOM_PER_PX), screenPoint(pointer.x, pointer.y));
    };
    const onMove = (pointer: Phaser.Input.Pointer) => this.onPointerMove(pointer);
    // No names while something is dragged over the map: they would hint at where to drop it.
    const onHover = (pointer: Phaser.Input.Pointer) => {
      if (this.pressed.size === 0 && !pointer.isDown) this.hover(screenPoint(pointer.x, pointer.y));
    };
    const onUp = (pointer: Phaser.Input.Pointer) => {
      const wasPressed = this.pressed.delete(pointer.id);
      if (wasPressed && this.pressed.size === 0 && this.travelled < TAP_SLOP_PX)
        this.tap(screenPoint(pointer.x, pointer.y));
    };
    const onOut = () => {
      if (this.hovered === null) return;
      this.hovered = null;
      this.tooltip.setVisible(false);
      this.dirtyBase = true;
    };
    this.hitZone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, onDown);
    this.hitZone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, onWheel);
    this.hitZone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_MOVE, onHover);
    this.hitZone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, onOut);
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, onMove);
    scene.input.on(Phaser.Input.Events.POINTER_UP, onUp);
    scene.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
    this.release.push(() => {
      scene.input.off(Phaser.Input.Events.POINTER_MOVE, onMove);
      scene.input.off(Phaser.Input.Events.POINTER_UP, onUp);
      scene.input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
    });

    const keyboard = scene.input.keyboard;
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    keyboard.on('keydown', onKey);
    this.release.push(() => keyboard.off('keydown', onKey));
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const last = this.pressed.get(pointer.id);
    if (!last) return;
    const others = [...this.pressed.entries()].filter(([id]) => id !== pointer.id);
    const other = others[0]?.[1];
    const dx = pointer.x - last.x;
    const dy = pointer.y - last.y;
    this.travelled += Math.hypot(dx, dy);
    if (other) {
      // Pinch: the distance between two fingers sets the zoom, their midpoint carries the pan.
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(pointer.x - other.x, pointer.y - other.y);
      const mid = screenPoint((pointer.x + other.x) / 2, (pointer.y + other.y) / 2);
      if (before > 0 && after > 0)
        this.setCamera(this.projection.zoomAt(after / before, mid).panBy(dx / 2, dy / 2));
    } else if (this.travelled >= TAP_SLOP_PX) {
      this.panBy(dx, dy);
    }
    this.pressed.set(pointer.id, { x: pointer.x, y: pointer.y });
  }

  private hover(point: ScreenPoint): void {
    const iso3 = this.countryAt(point);
    if (iso3 !== this.hovered) {
      this.hovered = iso3;
      this.dirtyBase = true;
    }
    this.showTooltip(iso3, point);
  }

  private tap(point: ScreenPoint): void {
    const iso3 = this.countryAt(point);
    this.showTooltip(iso3, point);
    for (const listener of this.tapListeners) listener(point);
    if (iso3) for (const listener of this.pickListeners) listener(iso3);
  }

  private showTooltip(iso3: string | null, point: ScreenPoint): void {
    const name = iso3 ? this.options.countryName(iso3) : undefined;
    if (!name) {
      this.tooltip.setVisible(false);
      return;
    }
    this.tooltip.setText(name);
    const { x, y, width, height } = this.projection.viewport;
    const offset = 16 * this.unit;
    const left = Math.min(point.x + offset, x + width - this.tooltip.width);
    const top =
      point.y - offset - this.tooltip.height < y ? point.y + offset : point.y - offset - this.tooltip.height;
    this.tooltip
      .setPosition(Math.max(x, left), Math.min(top, y + height - this.tooltip.height))
      .setVisible(true);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.scene.scene.isActive() || !this.visible) return;
    const pan = this.options.keyboardPan ?? true;
    const step = KEY_PAN_PX * this.unit * (event.shiftKey ? 4 : 1);
    switch (event.key) {
      case '+':
      case '=':
        this.zoomBy(BUTTON_ZOOM);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / BUTTON_ZOOM);
        break;
      case 'ArrowLeft':
        if (pan) this.panBy(step, 0);
        break;
      case 'ArrowRight':
        if (pan) this.panBy(-step, 0);
        break;
      case 'ArrowUp':
        if (pan) this.panBy(0, step);
        break;
      case 'ArrowDown':
        if (pan) this.panBy(0, -step);
        break;
    }
  }
}
