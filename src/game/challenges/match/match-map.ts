import type { MatchPlayerView } from '../../../core/challenges/match/match-answer';
import { linkOf, markOf } from '../../../core/challenges/match/match-rules';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import type { LonLat, ScreenRect } from '../../../core/geo/lon-lat';
import type { MapView as LevelMap } from '../../../core/level/level-types';
import { countryName } from '../../../services/country-names';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import { MapView } from '../../ui/map-view';
import { binIndexOf, itemById, type MatchDrawContext } from './match-draw-context';
import { countryAnchors, MatchMapMarks } from './match-map-marks';

/** Where an item's country is on the page, for the browser tests (probe coordinates). */
export interface CountrySpot {
  readonly x: number;
  readonly y: number;
  readonly visible: boolean;
}

/**
 * The match's map: the selected actor's country in pairs, the countries to sort in categories
 * on the map, with each sorted country's bin mark. It persists across the board's redraws, since
 * projecting the countries is the one expensive step; only its place changes.
 */
export class MatchMap {
  private map: MapView | null = null;
  private marks: MatchMapMarks | null = null;
  private anchors = new Map<string, LonLat>();

  constructor(
    private readonly view: MatchPlayerView,
    private readonly levelMap: LevelMap,
    private readonly onPick: (iso3: string) => void,
  ) {}

  get ready(): boolean {
    return this.map !== null;
  }

  /** Creates the map once its countries have arrived (a sea-coloured frame until then), or moves it. */
  place(context: MatchDrawContext, atlas: CountryAtlas | null, rect: ScreenRect | null): void {
    this.map?.setVisible(rect !== null);
    if (!rect) return;
    const { scene, unit } = context;
    if (!atlas) {
      const frame = scene.add.graphics();
      frame.fillStyle(colours.sea, 1);
      frame.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
      context.layer.add(frame);
      context.layer.add(
        scene.add
          .text(rect.x + rect.width / 2, rect.y + rect.height / 2, context.t('match:map.loading'), {
            fontFamily: FONT_FAMILY,
            fontSize: fontSize('small', unit),
            color: colours.mutedText,
            resolution: window.devicePixelRatio || 1,
          })
          .setOrigin(0.5),
      );
      return;
    }
    const onMap = this.view.onMap === true;
    if (!this.map) {
      this.map = new MapView(scene, {
        map: this.levelMap,
        atlas,
        viewport: rect,
        interactive: onMap,
        countryName: (iso3) => countryName(iso3, context.services.i18n.language),
        keyboardPan: false,
        unit,
      });
      this.map.setDepth(0);
      if (onMap) {
        this.marks = new MatchMapMarks(scene, this.map, this.levelMap.labels ?? true);
        this.map.onCountryPick(this.onPick);
      }
    } else if (!sameRect(this.map.viewport, rect)) {
      this.map.setViewport(rect);
    } else return;
    if (onMap) this.anchors = countryAnchors(this.map, atlas, this.levelMap, this.view.items);
  }

  /** The selected item's country in the accent outline; on the map, each sorted country's bin mark. */
  update(context: MatchDrawContext): void {
    const map = this.map;
    if (!map) return;
    const { selection, state, view } = context;
    const selected = selection?.side === 'item' ? itemById(view, selection.id) : undefined;
    map.highlight(selected?.country ?? null);
    this.marks?.show(
      view.items.flatMap((item) => {
        const at = this.anchors.get(item.id);
        const bin = binIndexOf(view, linkOf(state, item.id));
        if (!at || bin === null) return [];
        const mark = markOf(state, item.id);
        return [{ at, bin, ...(mark ? { mark } : {}) }];
      }),
      context.unit,
    );
  }

  refreshText(): void {
    this.map?.refreshText();
  }

  /** Each item's country anchor on the page, given the canvas's place and scale. */
  spots(canvas: DOMRect, sx: number, sy: number): Record<string, CountrySpot> {
    const spots: Record<string, CountrySpot> = {};
    const map = this.map;
    if (!map) return spots;
    for (const [itemId, at] of this.anchors) {
      const point = map.toScreen(at);
      spots[itemId] = {
        x: canvas.left + point.x * sx,
        y: canvas.top + point.y * sy,
        visible: map.contains(point),
      };
    }
    return spots;
  }
}

function sameRect(a: ScreenRect, b: ScreenRect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
