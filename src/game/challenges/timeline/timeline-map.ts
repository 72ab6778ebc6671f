import type Phaser from 'phaser';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import type { MapView as LevelMap } from '../../../core/level/level-types';
import { countryName } from '../../../services/country-names';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import { MapView } from '../../ui/map-view';
import type { Rect } from './timeline-track';

/** The compact map as drawn: the map itself once the geometry is loaded, a "loading" line before. */
export interface DrawnTimelineMap {
  readonly map: MapView | null;
  readonly placeholder: Phaser.GameObjects.Text | null;
}

/** The compact map: the level's own map, only illustrating (the scene pins the current event on it). */
export function drawTimelineMap(
  scene: Phaser.Scene,
  area: Rect,
  content: {
    readonly levelMap: LevelMap;
    readonly atlas: CountryAtlas | null;
    readonly language: string;
    readonly loading: string;
    readonly unit: number;
  },
): DrawnTimelineMap {
  const sea = scene.add.graphics();
  sea.fillStyle(colours.sea, 1);
  sea.fillRect(area.x, area.y, area.width, area.height);
  const { atlas, language, unit } = content;
  if (!atlas) {
    const placeholder = scene.add
      .text(area.x + area.width / 2, area.y + area.height / 2, content.loading, {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('small', unit),
        color: colours.mutedText,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    return { map: null, placeholder };
  }
  const map = new MapView(scene, {
    map: content.levelMap,
    atlas,
    viewport: area,
    interactive: false,
    keyboardPan: false,
    countryName: (iso3) => countryName(iso3, language),
    unit,
  });
  const frame = scene.add.graphics();
  frame.lineStyle(2, colours.panelBorder, 1);
  frame.strokeRect(area.x, area.y, area.width, area.height);
  return { map, placeholder: null };
}
