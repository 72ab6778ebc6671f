import type Phaser from 'phaser';
import type { ItemMark } from '../../../core/challenges/match/match-rules';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import { labelPlacement } from '../../../core/geo/label-placement';
import { type LonLat, type ScreenPoint, screenPoint } from '../../../core/geo/lon-lat';
import { MapProjection } from '../../../core/geo/map-projection';
import { projectPolygons } from '../../../core/geo/planar-geometry';
import type { MapView as LevelMapView, MatchItem } from '../../../core/level/level-types';
import type { MapView } from '../../ui/map-view';
import { MarkPill } from '../../ui/mark-pill';
import { BinSymbol } from './bin-symbol';

export interface CountryMark {
  /** The country's label point, where its name is written. */
  readonly at: LonLat;
  /** The bin the country was sorted into, by its place in the level. */
  readonly bin: number;
  readonly mark?: ItemMark;
}

/** Grid step (pixels) when looking for a visible part of a country whose name point is off the map. */
const SEARCH_STEP_PX = 12;

/**
 * Where each item's country is marked and, in tests, clicked: the point where the map writes its
 * name (the pole of inaccessibility, found the same way as the map does), or, when that point lies
 * outside the map's area (Russia's is in Siberia), the middle of the part of the country the map
 * shows. Computed once for the camera the map starts with; kept as LonLat, so they follow zoom and pan.
 */
export function countryAnchors(
  map: MapView,
  atlas: CountryAtlas,
  view: LevelMapView,
  items: readonly Pick<MatchItem, 'id' | 'country'>[],
): Map<string, LonLat> {
  const reference = MapProjection.create(view, map.viewport).reference;
  const anchors = new Map<string, LonLat>();
  for (const item of items) {
    const shape = item.country
      ? atlas.shapes.find((candidate) => candidate.iso3 === item.country)
      : undefined;
    if (!shape) continue;
    const placement = labelPlacement(projectPolygons(shape.geometry, reference), reference);
    const anchor =
      placement && map.contains(map.toScreen(placement.at)) ? placement.at : visiblePart(map, shape.iso3);
    if (anchor) anchors.set(item.id, anchor);
  }
  return anchors;
}

/** The sample inside the country nearest to the middle of all its samples on screen. */
function visiblePart(map: MapView, iso3: string): LonLat | null {
  const { x, y, width, height } = map.viewport;
  const inside: ScreenPoint[] = [];
  for (let sy = y + SEARCH_STEP_PX / 2; sy < y + height; sy += SEARCH_STEP_PX) {
    for (let sx = x + SEARCH_STEP_PX / 2; sx < x + width; sx += SEARCH_STEP_PX) {
      const point = screenPoint(sx, sy);
      if (map.countryAt(point) === iso3) inside.push(point);
    }
  }
  if (inside.length === 0) return null;
  const mx = inside.reduce((sum, point) => sum + point.x, 0) / inside.length;
  const my = inside.reduce((sum, point) => sum + point.y, 0) / inside.length;
  const best = inside.reduce((a, b) =>
    Math.hypot(a.x - mx, a.y - my) <= Math.hypot(b.x - mx, b.y - my) ? a : b,
  );
  return map.toLonLat(best);
}

/**
 * The sorted countries on the map: each gets its bin's symbol (shape, letter and colour) on the
 * country, or just above its name when the map writes names, and after a check a ✓ or ✗ beside it. The marks follow every zoom and pan, and
 * take no clicks, so the country underneath can still be picked.
 */
export class MatchMapMarks {
  private readonly layer: Phaser.GameObjects.Container;
  private placed: { readonly mark: CountryMark; readonly object: Phaser.GameObjects.Container }[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly map: MapView,
    /** Whether the map writes country names: the marks then sit just above them instead of on top. */
    private readonly besideNames: boolean,
  ) {
    // Over the map, under the board (depth 1), so a card dragged across stays on top.
    this.layer = scene.add.container(0, 0).setDepth(0.5);
    map.onCameraChange(() => this.position());
  }

  show(marks: readonly CountryMark[], unit: number): void {
    this.layer.removeAll(true);
    const size = Math.round(26 * unit);
    this.placed = marks.map((mark) => {
      const group = this.scene.add.container(0, 0);
      group.add(new BinSymbol(this.scene, mark.bin, 0, 0, size));
      if (mark.mark)
        group.add(new MarkPill(this.scene, mark.mark, '', size * 0.95, 0, Math.round(14 * unit)));
      this.layer.add(group);
      return { mark, object: group };
    });
    this.position();
  }

  private position(): void {
    const { x, y, width, height } = this.map.viewport;
    for (const { mark, object } of this.placed) {
      const point = this.map.toScreen(mark.at);
      const top = this.besideNames ? point.y - object.getBounds().height * 0.55 - 6 : point.y;
      const inside = point.x >= x && point.x <= x + width && top >= y && point.y <= y + height;
      object.setPosition(point.x, top).setVisible(inside);
    }
  }
}
