import type Phaser from 'phaser';
import { itemsLinkedTo, linkOf, markOf } from '../../../core/challenges/match/match-rules';
import type { BoardSide } from '../../../core/challenges/match/match-selection';
import { colours } from '../../theme';
import { MarkPill } from '../../ui/mark-pill';
import { ActorEmblem } from './actor-emblem';
import { BinSymbol } from './bin-symbol';
import type { MatchBoard } from './match-board';
import { MatchCard } from './match-card';
import { binIndexOf, itemById, type MatchDrawContext } from './match-draw-context';
import type { MatchLayout } from './match-layout';

/** Keyboard activation of a card: the same press a click makes, flagged as coming from the keyboard. */
export type CardPress = (side: BoardSide, id: string) => void;

/** The mark word a card shows after a check; "I don't know" for an item the player gave up on. */
export function markWord(context: MatchDrawContext, itemId: string): string | null {
  const mark = markOf(context.state, itemId);
  if (!mark) return null;
  return context.t(
    mark === 'unanswered' && context.state.dontKnow ? 'match:mark.dontKnow' : `match:mark.${mark}`,
  );
}

/** The item cards: text, the actor's emblem, and once sorted or checked their bin and verdict pill. */
export function drawItems(
  context: MatchDrawContext,
  layout: MatchLayout,
  board: MatchBoard,
  press: CardPress,
): void {
  const { scene, view, state, unit: u } = context;
  const onMap = view.onMap === true;
  view.items.forEach((item, index) => {
    const cell = layout.items[index];
    if (!cell) return;
    const id = item.id;
    const mark = markOf(state, id);
    const word = markWord(context, id);
    const binIndex = binIndexOf(view, linkOf(state, id));
    const pad = Math.round(8 * u);
    const showsEmblem =
      view.mode === 'pairs' || (!onMap && item.actor !== undefined && item.actor !== 'statement');
    const emblemSize = Math.min(cell.height - pad, Math.round(40 * u));
    const trailing: Phaser.GameObjects.Container[] = [];
    const pillFont = Math.max(12, Math.round(14 * u));
    if (binIndex !== null)
      trailing.push(new BinSymbol(scene, binIndex, 0, 0, Math.min(cell.height - pad, Math.round(28 * u))));
    if (mark && word) trailing.push(new MarkPill(scene, mark, onMap ? '' : word, 0, 0, pillFont));
    // Side by side when the card is short, stacked when it is tall enough.
    const stacked =
      trailing.length === 2 && cell.height >= trailing.reduce((sum, part) => sum + part.height, 0) + pad * 2;
    const trailingWidth = stacked
      ? Math.max(...trailing.map((part) => part.width))
      : trailing.reduce((sum, part) => sum + part.width + Math.round(4 * u), 0);
    const card = new MatchCard(scene, {
      ...cell,
      unit: u,
      text: context.t(`content:${item.text}`),
      look: 'paper',
      maxFontPx: Math.round((view.mode === 'pairs' ? 18 : 19) * u),
      insetLeft: showsEmblem ? emblemSize + pad : 0,
      insetRight: trailingWidth > 0 ? trailingWidth + pad : 0,
      ...(mark ? { mark } : {}),
      selected: context.selection?.side === 'item' && context.selection.id === id,
      onActivate: () => press('item', id),
    });
    if (showsEmblem)
      card.add(new ActorEmblem(scene, context.t, item, pad + emblemSize / 2, cell.height / 2, emblemSize));
    let right = cell.width - pad;
    let stackY = (cell.height - trailing.reduce((sum, part) => sum + part.height + pad / 2, -pad / 2)) / 2;
    for (const part of trailing) {
      if (stacked) {
        part.setPosition(cell.width - pad - trailingWidth / 2, stackY + part.height / 2);
        stackY += part.height + pad / 2;
      } else {
        part.setPosition(right - part.width / 2, cell.height / 2);
        right -= part.width + Math.round(4 * u);
      }
      card.add(part);
    }
    context.layer.add(card);
    board.addCard('item', id, card);
    context.addFocusable(`item:${id}`, card);
    context.services.probe?.register(
      scene,
      `match.item.${id}`,
      card,
      // What the player reads on the card, its verdict included.
      () => (word ? `${card.text} · ${word}` : card.text),
      () => true,
      'topLeft',
    );
  });
}

/** The roles (a slot facing the actors, holding the linked actor's emblem) or the bins (symbol and count). */
export function drawTargets(
  context: MatchDrawContext,
  layout: MatchLayout,
  board: MatchBoard,
  press: CardPress,
): void {
  const { scene, view, state, unit: u } = context;
  const pairs = view.mode === 'pairs';
  const itemsCentre = layout.items[0] ? layout.items[0].x + layout.items[0].width / 2 : 0;
  view.targets.forEach((target, index) => {
    const cell = layout.targets[index];
    if (!cell) return;
    const id = target.id;
    const pad = Math.round(8 * u);
    const name = context.t(`content:${target.text}`);
    const linked = itemsLinkedTo(view, state, id);
    const selected = context.selection?.side === 'target' && context.selection.id === id;
    const add = (card: MatchCard, label: () => string) => {
      context.layer.add(card);
      board.addCard('target', id, card);
      context.addFocusable(`target:${id}`, card);
      context.services.probe?.register(scene, `match.target.${id}`, card, label, () => true, 'topLeft');
    };
    if (pairs) {
      // The slot faces the actors, so a link ends right beside the emblem it shows; stacked under
      // the actors (a phone), it sits on the left.
      const slotOnRight = layout.stacked ? false : cell.x + cell.width / 2 < itemsCentre;
      const holder = linked[0] ? itemById(view, linked[0]) : undefined;
      // On a phone the text needs the whole width: no empty slot, and a small emblem once linked.
      const slot = layout.stacked
        ? holder
          ? Math.round(22 * u)
          : 0
        : Math.min(cell.height - pad * 2, Math.round(34 * u));
      const card = new MatchCard(scene, {
        ...cell,
        unit: u,
        text: name,
        look: 'slate',
        maxFontPx: Math.round(18 * u),
        insetLeft: slotOnRight || slot === 0 ? 0 : slot + pad,
        insetRight: slotOnRight ? slot + pad : 0,
        selected,
        onActivate: () => press('target', id),
      });
      const slotX = slotOnRight ? cell.width - pad - slot / 2 : pad + slot / 2;
      if (holder) card.add(new ActorEmblem(scene, context.t, holder, slotX, cell.height / 2, slot));
      else if (slot > 0) card.add(emptySlot(scene, slotX, cell.height / 2, slot));
      add(card, () => (holder ? `${name} ← ${context.t(`content:${holder.text}`)}` : name));
      return;
    }
    const symbolSize = Math.min(cell.height - pad * 2, Math.round(36 * u));
    const card = new MatchCard(scene, {
      ...cell,
      unit: u,
      text: `${name}\n${context.t('match:binCount', { count: linked.length })}`,
      look: 'bin',
      maxFontPx: Math.round(19 * u),
      insetLeft: symbolSize + pad,
      selected,
      onActivate: () => press('target', id),
    });
    card.add(new BinSymbol(scene, index, pad + symbolSize / 2, cell.height / 2, symbolSize));
    add(card, () => name);
  });
}

function emptySlot(scene: Phaser.Scene, x: number, y: number, size: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  g.lineStyle(2, colours.panelBorder, 1);
  g.strokeCircle(0, 0, size / 2 - 1);
  g.fillStyle(colours.background, 1);
  g.fillCircle(0, 0, size / 2 - 3);
  return g;
}
