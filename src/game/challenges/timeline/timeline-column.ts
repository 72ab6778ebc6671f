import type Phaser from 'phaser';
import type { Button, ButtonOptions } from '../../ui/button';
import { EventDetailPanel } from './event-detail-panel';
import { drawTimelineControls, type TimelineControls } from './timeline-controls';
import { drawTimelineHeader } from './timeline-header';
import { timelineAreas } from './timeline-layout';
import type { Rect } from './timeline-track';

/** Where the column left room for the rest: the track, the map (none held upright), and the event panel. */
export interface TimelineColumn {
  readonly trackArea: Rect;
  readonly mapArea: Rect | null;
  readonly detail: EventDetailPanel | null;
}

/**
 * The column of the screen: the header (back, prompt, room for the map), the controls at its
 * foot and, in landscape when there is room, the event panel between them. Held upright the
 * column spans the width and the track takes what the header and the controls leave.
 */
export function drawTimelineColumn(
  scene: Phaser.Scene,
  addButton: (id: string, options: ButtonOptions) => Button,
  screen: { readonly width: number; readonly height: number; readonly unit: number; readonly touch: boolean },
  content: { readonly back: string; readonly prompt: string; readonly onBack: () => void },
  controls: TimelineControls,
): TimelineColumn {
  const { unit: u, touch } = screen;
  const areas = timelineAreas(screen.width, screen.height, u);
  const header = drawTimelineHeader(
    scene,
    addButton,
    { column: areas.column, gap: areas.gap, portrait: areas.portrait, unit: u, touch },
    content,
  );
  const column = header.rest;
  const controlsTop = drawTimelineControls(scene, addButton, column, u, touch, controls);
  const height = controlsTop - areas.gap - column.y;
  return {
    trackArea: areas.portrait ? { ...areas.track, y: column.y, height } : areas.track,
    mapArea: header.mapArea,
    detail:
      !areas.portrait && height >= 40 * u ? new EventDetailPanel(scene, { ...column, height }, u) : null,
  };
}
