import type { ScreenRect } from '../../../core/geo/lon-lat';

/** What the layout needs to know about a match challenge. */
export interface MatchLayoutInput {
  readonly width: number;
  readonly height: number;
  readonly unit: number;
  /** Where the board starts, below the prompt. */
  readonly top: number;
  readonly mode: 'pairs' | 'categories';
  readonly onMap: boolean;
  readonly items: number;
  readonly targets: number;
  /** The smallest card or button height: 44 CSS px on a touch screen (a finger), else none. */
  readonly minTarget: number;
  /** The item chosen now, by display index: on a phone held upright the roles then take the board. */
  readonly selectedItem: number | null;
}

export interface MatchLayout {
  /** One cell per card, in display order; a hole where a card is not on the board now. */
  readonly items: readonly (ScreenRect | null)[];
  readonly targets: readonly ScreenRect[];
  /** The map: compact in the side panel (pairs), large in the main area (categories on the map), or none. */
  readonly map: ScreenRect | null;
  /** The side panel's free space for the status text. */
  readonly status: ScreenRect;
  readonly buttons: readonly [ScreenRect, ScreenRect];
  readonly dontKnow: ScreenRect;
  /** Cards and roles one above the other (a phone held upright): links are not drawn as lines there. */
  readonly stacked: boolean;
}

/**
 * Lays out a match board in the window, so that 12–14 items and 17 roles stay readable at
 * 1280×720 on a projector:
 * - pairs: the actors in a middle column, the roles in one column to their right or, when they do
 *   not fit, split into two columns on either side, so that no link crosses a card;
 * - categories: the items in a grid of one or two columns, the bins stacked in the side panel;
 * - categories on the map: the map fills the main area, the bins and the list of countries to
 *   sort share the side panel.
 * The side panel on the right keeps the status and the Check / Finish buttons in one place.
 */
export function layoutMatch(input: MatchLayoutInput): MatchLayout {
  return input.height > input.width ? layoutUpright(input) : layoutWide(input);
}

function layoutWide(input: MatchLayoutInput): MatchLayout {
  const { width, height, unit, mode, onMap } = input;
  const margin = Math.max(10, Math.round(16 * unit));
  const gap = Math.round(10 * unit);
  const body: ScreenRect = {
    x: margin,
    y: input.top,
    width: width - margin * 2,
    height: height - input.top - margin,
  };
  const panelShare = onMap ? 0.27 : mode === 'pairs' ? 0.22 : 0.25;
  const panelWidth = Math.round(clamp(body.width * panelShare, 220 * unit, 360 * unit));
  const panel: ScreenRect = {
    x: body.x + body.width - panelWidth,
    y: body.y,
    width: panelWidth,
    height: body.height,
  };
  const main: ScreenRect = {
    x: body.x,
    y: body.y,
    width: body.width - panelWidth - margin,
    height: body.height,
  };

  const buttonHeight = Math.max(input.minTarget, Math.round(52 * unit));
  const buttonWidth = (panel.width - gap) / 2;
  const buttonY = panel.y + panel.height - buttonHeight;
  const buttons: [ScreenRect, ScreenRect] = [
    { x: panel.x, y: buttonY, width: buttonWidth, height: buttonHeight },
    { x: panel.x + buttonWidth + gap, y: buttonY, width: buttonWidth, height: buttonHeight },
  ];
  const dontKnowHeight = Math.max(input.minTarget, Math.round(40 * unit));
  const dontKnow = {
    x: panel.x,
    y: buttonY - gap - dontKnowHeight,
    width: panel.width,
    height: dontKnowHeight,
  };
  const panelBottom = dontKnow.y - gap;
  const fixed = { buttons, dontKnow, stacked: false };

  if (mode === 'pairs') {
    const mapHeight = Math.round(Math.min(panel.height * 0.36, panel.width * 0.8));
    const map: ScreenRect = { x: panel.x, y: panel.y, width: panel.width, height: mapHeight };
    const status = {
      x: panel.x,
      y: panel.y + mapHeight + gap,
      width: panel.width,
      height: panelBottom - panel.y - mapHeight - gap,
    };
    return { ...pairsGrids(main, input, unit), map, status, ...fixed };
  }

  if (onMap) {
    const binHeight = Math.round(clamp(panel.height * 0.1, 40 * unit, 64 * unit));
    const binsHeight = input.targets * (binHeight + gap);
    const statusHeight = Math.round(96 * unit);
    const chipsTop = panel.y + binsHeight + statusHeight + gap;
    const chipArea: ScreenRect = {
      x: panel.x,
      y: chipsTop,
      width: panel.width,
      height: panelBottom - chipsTop,
    };
    return {
      items: grid(chipArea, input.items, 2, Math.round(6 * unit), Math.round(8 * unit), 42 * unit),
      targets: grid({ ...panel, height: binsHeight }, input.targets, 1, gap, gap, binHeight),
      map: main,
      status: { x: panel.x, y: panel.y + binsHeight, width: panel.width, height: statusHeight },
      ...fixed,
    };
  }

  const statusHeight = Math.round(Math.min(150 * unit, panel.height * 0.28));
  const binArea: ScreenRect = { ...panel, height: panelBottom - panel.y - statusHeight - gap };
  const columns = main.width >= 640 * unit && input.items > 6 ? 2 : 1;
  return {
    items: grid(main, input.items, columns, gap, Math.round(8 * unit), 110 * unit),
    targets: grid(binArea, input.targets, 1, gap, gap, 140 * unit),
    map: null,
    status: { x: panel.x, y: panel.y + binArea.height + gap, width: panel.width, height: statusHeight },
    ...fixed,
  };
}

/**
 * A screen held upright (a phone, a portrait tablet): no side panel. The board takes the width,
 * the status and one row of buttons run along the bottom.
 * - pairs: on a tablet, the actors on the left and the roles on the right, the map beside the
 *   status; on a phone (narrower than 600 px) the actors fill the board in two columns, and once
 *   one is chosen the roles take the board in its place (the chosen actor on top, tap it to go
 *   back); the map is left out there, its caption still names the country;
 * - categories: the bins in a row under the prompt, the cards below them;
 * - categories on the map: the map on top, the bins in a row, the countries as chips.
 */
function layoutUpright(input: MatchLayoutInput): MatchLayout {
  const { width, height, unit, mode, onMap } = input;
  const margin = Math.max(10, Math.round(16 * unit));
  const gap = Math.round(8 * unit);
  const phone = width < 600;
  const body: ScreenRect = {
    x: margin,
    y: input.top,
    width: width - margin * 2,
    height: height - input.top - margin,
  };
  const buttonHeight = Math.max(input.minTarget, Math.round(48 * unit));
  const buttonY = body.y + body.height - buttonHeight;
  const third = (body.width - gap * 2) / 3;
  const row = (index: number): ScreenRect => ({
    x: Math.round(body.x + index * (third + gap)),
    y: buttonY,
    width: Math.round(third),
    height: buttonHeight,
  });
  const statusHeight = Math.round(Math.max(96, body.height * (phone ? 0.13 : 0.12)));
  const statusY = buttonY - gap - statusHeight;
  const board: ScreenRect = { ...body, height: statusY - gap - body.y };
  const fixed = { buttons: [row(0), row(1)] as [ScreenRect, ScreenRect], dontKnow: row(2) };
  const cell = Math.max(input.minTarget, 0);

  if (mode === 'pairs') {
    if (phone) {
      const status = { x: body.x, y: statusY, width: body.width, height: statusHeight };
      if (input.selectedItem === null) {
        const items = grid(board, input.items, 2, gap, gap, 64 * unit);
        return { items, targets: [], map: null, status, ...fixed, stacked: true };
      }
      const chosenHeight = Math.max(cell, Math.round(48 * unit));
      const items = Array.from({ length: input.items }, (_, index) =>
        index === input.selectedItem
          ? { x: board.x, y: board.y, width: board.width, height: chosenHeight }
          : null,
      );
      const rolesArea = {
        ...board,
        y: board.y + chosenHeight + gap,
        height: board.height - chosenHeight - gap,
      };
      const targets = grid(rolesArea, input.targets, 2, gap, gap, 120 * unit);
      return { items: items as ScreenRect[], targets, map: null, status, ...fixed, stacked: true };
    }
    const mapWidth = Math.round(body.width * 0.38);
    const map = { x: body.x, y: statusY, width: mapWidth, height: statusHeight };
    const status = {
      x: body.x + mapWidth + gap * 2,
      y: statusY,
      width: body.width - mapWidth - gap * 2,
      height: statusHeight,
    };
    return { ...pairsGrids(board, input, unit, true), map, status, ...fixed, stacked: false };
  }

  const binHeight = Math.max(cell, Math.round(clamp(board.height * 0.09, 44 * unit, 84 * unit)));
  const status = { x: body.x, y: statusY, width: body.width, height: statusHeight };
  if (onMap) {
    const mapHeight = Math.round(board.height * 0.45);
    const map = { x: board.x, y: board.y, width: board.width, height: mapHeight };
    const binsY = board.y + mapHeight + gap;
    const targets = grid(
      { ...board, y: binsY, height: binHeight },
      input.targets,
      input.targets,
      gap,
      gap,
      binHeight,
    );
    const chipsY = binsY + binHeight + gap;
    const chips = { ...board, y: chipsY, height: board.y + board.height - chipsY };
    const items = grid(chips, input.items, 2, gap, Math.round(6 * unit), Math.max(cell, 42 * unit));
    return { items, targets, map, status, ...fixed, stacked: true };
  }
  const targets = grid({ ...board, height: binHeight }, input.targets, input.targets, gap, gap, binHeight);
  const cardsY = board.y + binHeight + gap * 2;
  const cards = { ...board, y: cardsY, height: board.y + board.height - cardsY };
  const items = grid(cards, input.items, !phone && input.items > 6 ? 2 : 1, gap, gap, 110 * unit);
  return { items, targets, map: null, status, ...fixed, stacked: true };
}

function pairsGrids(
  main: ScreenRect,
  input: MatchLayoutInput,
  unit: number,
  /** Upright, the actors get more room: taller cards, so a long name keeps a readable size. */
  upright = false,
): Pick<MatchLayout, 'items' | 'targets'> {
  const rowGap = Math.round(6 * unit);
  const linkGap = Math.round(44 * unit);
  const targetRowMin = 58 * unit;
  const oneColumn = input.targets * (targetRowMin + rowGap) <= main.height + rowGap;
  const itemWidth = Math.round(
    clamp(main.width * (oneColumn ? (upright ? 0.4 : 0.36) : 0.29), 180 * unit, (upright ? 360 : 320) * unit),
  );
  const items = grid(
    { ...main, x: oneColumn ? main.x : main.x + (main.width - itemWidth) / 2, width: itemWidth },
    input.items,
    1,
    rowGap,
    rowGap,
    Math.max(input.minTarget, (upright ? 72 : 46) * unit),
    true,
  );
  if (oneColumn) {
    const x = main.x + itemWidth + linkGap;
    const targets = grid(
      { x, y: main.y, width: main.x + main.width - x, height: main.height },
      input.targets,
      1,
      rowGap,
      rowGap,
      84 * unit,
    );
    return { items, targets };
  }
  const columnWidth = (main.width - itemWidth - linkGap * 2) / 2;
  const leftCount = Math.ceil(input.targets / 2);
  const left = grid({ ...main, width: columnWidth }, leftCount, 1, rowGap, rowGap, 96 * unit);
  const right = grid(
    { ...main, x: main.x + main.width - columnWidth, width: columnWidth },
    input.targets - leftCount,
    1,
    rowGap,
    rowGap,
    96 * unit,
  );
  return { items, targets: [...left, ...right] };
}

/**
 * Cells filled column by column, as tall as the area allows but no taller than `maxCell`; with
 * `middle`, centred in the area's height (the actors between two columns of roles).
 */
function grid(
  area: ScreenRect,
  count: number,
  columns: number,
  columnGap: number,
  rowGap: number,
  maxCell: number,
  middle = false,
): ScreenRect[] {
  const rows = Math.max(1, Math.ceil(count / columns));
  const cellWidth = (area.width - columnGap * (columns - 1)) / columns;
  const cellHeight = Math.min(maxCell, (area.height - rowGap * (rows - 1)) / rows);
  const top = area.y + (middle ? (area.height - rows * cellHeight - (rows - 1) * rowGap) / 2 : 0);
  const cells: ScreenRect[] = [];
  for (let index = 0; index < count; index++) {
    const column = Math.floor(index / rows);
    const row = index % rows;
    cells.push({
      x: Math.round(area.x + column * (cellWidth + columnGap)),
      y: Math.round(top + row * (cellHeight + rowGap)),
      width: Math.round(cellWidth),
      height: Math.round(cellHeight),
    });
  }
  return cells;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
