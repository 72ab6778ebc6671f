import Phaser from 'phaser';
import type { ItemMark } from '../../../core/challenges/match/match-rules';
import { colours, prefersReducedMotion } from '../../theme';
import type { MatchCard } from './match-card';

export type { BoardSide } from '../../../core/challenges/match/match-selection';

import type { BoardSide } from '../../../core/challenges/match/match-selection';

export interface BoardLink {
  readonly itemId: string;
  readonly targetId: string;
  readonly mark?: ItemMark;
}

export interface MatchBoardOptions {
  /** Pairs draw a line for each link; categories show the bin on the card instead. */
  readonly drawsLinks: boolean;
  /** A click or tap that did not become a drag. */
  readonly onPress: (side: BoardSide, id: string) => void;
  /** A drag from one side ended on a card of the other side. */
  readonly onLink: (itemId: string, targetId: string) => void;
  /** Whether a card may be dragged (a link found right stays put). */
  readonly canDrag: (side: BoardSide, id: string) => boolean;
  readonly onDragStart: () => void;
  /** The interface scale (see theme.uiUnit), for line widths. */
  readonly unit: number;
}

/** A press that travels less than this (pixels) is a click, not a drag. */
const DRAG_SLOP_PX = 8;
const LINK_DRAW_MS = 220;
const CARRIED_SCALE = 0.5;
const CARRY_OFFSET_PX = 14;

interface Pending {
  readonly side: BoardSide;
  readonly id: string;
  readonly card: MatchCard;
  readonly homeX: number;
  readonly homeY: number;
  readonly downX: number;
  readonly downY: number;
  dragging: boolean;
}

/**
 * The pointer play of a match board: click one card then one on the other side, or drag from
 * one to the other. While dragging, a line follows the pointer (or the item card itself, in
 * categories) and the card under it lights up as a drop target. It also draws the links between
 * the cards. The scene owns the cards and the rules; the board only reports what the player did.
 */
export class MatchBoard {
  private readonly cards = new Map<
    string,
    { side: BoardSide; id: string; card: MatchCard; homeX: number; homeY: number }
  >();
  private readonly links: Phaser.GameObjects.Graphics;
  private readonly dragLine: Phaser.GameObjects.Graphics;
  private pending: Pending | null = null;
  private hovered: MatchCard | null = null;
  private current: readonly BoardLink[] = [];
  private readonly release: (() => void)[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Container,
    private readonly options: MatchBoardOptions,
  ) {
    this.links = scene.add.graphics();
    this.dragLine = scene.add.graphics();
    // Links run under the cards; the line being dragged runs over them.
    layer.add(this.links);
    layer.add(this.dragLine);
    const onMove = (pointer: Phaser.Input.Pointer) => this.onMove(pointer);
    const onUp = (pointer: Phaser.Input.Pointer) => this.onUp(pointer);
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_MOVE, onMove);
    input.on(Phaser.Input.Events.POINTER_UP, onUp);
    input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
    this.release.push(() => {
      input.off(Phaser.Input.Events.POINTER_MOVE, onMove);
      input.off(Phaser.Input.Events.POINTER_UP, onUp);
      input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
    });
  }

  addCard(side: BoardSide, id: string, card: MatchCard): void {
    const homeX = card.x;
    const homeY = card.y;
    this.cards.set(`${side}:${id}`, { side, id, card, homeX, homeY });
    card.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      if (pointer.button !== 0) return;
      this.pending = { side, id, card, homeX, homeY, downX: pointer.x, downY: pointer.y, dragging: false };
    });
  }

  /** Draws the links; the one to `fresh` draws itself from the item to the target, unless motion is reduced. */
  setLinks(links: readonly BoardLink[], fresh?: string): void {
    this.current = links;
    if (!this.options.drawsLinks) return;
    if (fresh === undefined || prefersReducedMotion()) {
      this.drawLinks(1, fresh);
      return;
    }
    const progress = { value: 0 };
    this.drawLinks(0, fresh);
    this.scene.tweens.add({
      targets: progress,
      value: 1,
      duration: LINK_DRAW_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => this.drawLinks(progress.value, fresh),
    });
  }

  destroy(): void {
    for (const release of this.release.splice(0)) release();
    this.cards.clear();
  }

  private drawLinks(progress: number, fresh: string | undefined): void {
    const g = this.links;
    g.clear();
    for (const link of this.current) {
      const ends = this.linkEnds(link.itemId, link.targetId);
      if (!ends) continue;
      const [from, to] = ends;
      const share = link.itemId === fresh ? progress : 1;
      const end = new Phaser.Math.Vector2(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
      drawLink(g, from, end, link.mark, this.options.unit);
    }
  }

  /** From the item's edge that faces the target to the target's edge that faces the item. */
  private linkEnds(itemId: string, targetId: string): [Phaser.Math.Vector2, Phaser.Math.Vector2] | null {
    const item = this.cards.get(`item:${itemId}`)?.card.bounds();
    const target = this.cards.get(`target:${targetId}`)?.card.bounds();
    if (!item || !target) return null;
    const rightwards = target.centerX > item.centerX;
    return [
      new Phaser.Math.Vector2(rightwards ? item.right : item.left, item.centerY),
      new Phaser.Math.Vector2(rightwards ? target.left : target.right, target.centerY),
    ];
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    const pending = this.pending;
    if (!pending) return;
    if (!pending.dragging) {
      if (Math.hypot(pointer.x - pending.downX, pointer.y - pending.downY) < DRAG_SLOP_PX) return;
      if (!this.options.canDrag(pending.side, pending.id)) return;
      pending.dragging = true;
      this.dragLine.parentContainer?.bringToTop(this.dragLine);
      this.options.onDragStart();
    }
    if (this.carriesCard(pending)) {
      // Carried small and beside the pointer, so the bin under the pointer stays in sight.
      pending.card.setScale(CARRIED_SCALE).setAlpha(0.92);
      pending.card.setPosition(pointer.x + CARRY_OFFSET_PX, pointer.y + CARRY_OFFSET_PX);
      pending.card.parentContainer?.bringToTop(pending.card);
    } else {
      const box = pending.card.bounds();
      const rightwards = pointer.x > box.centerX;
      const start = new Phaser.Math.Vector2(rightwards ? box.right : box.left, box.centerY);
      this.dragLine.clear();
      drawLink(
        this.dragLine,
        start,
        new Phaser.Math.Vector2(pointer.x, pointer.y),
        undefined,
        this.options.unit,
      );
    }
    const over = this.cardAt(pointer, pending.side === 'item' ? 'target' : 'item');
    if (over !== this.hovered) {
      this.hovered?.setDropHover(false);
      over?.setDropHover(true);
      this.hovered = over;
    }
  }

  private onUp(pointer: Phaser.Input.Pointer): void {
    const pending = this.pending;
    this.pending = null;
    this.hovered?.setDropHover(false);
    this.hovered = null;
    this.dragLine.clear();
    if (!pending) return;
    if (!pending.dragging) {
      if (pending.card.bounds().contains(pointer.x, pointer.y))
        this.options.onPress(pending.side, pending.id);
      return;
    }
    const otherSide: BoardSide = pending.side === 'item' ? 'target' : 'item';
    const over = this.entryAt(pointer, otherSide);
    if (over) {
      const [itemId, targetId] = pending.side === 'item' ? [pending.id, over.id] : [over.id, pending.id];
      this.options.onLink(itemId, targetId);
    } else if (this.carriesCard(pending)) {
      // Dropped nowhere: the card settles back into its place.
      pending.card.setAlpha(1);
      if (prefersReducedMotion()) pending.card.setPosition(pending.homeX, pending.homeY).setScale(1);
      else {
        this.scene.tweens.add({
          targets: pending.card,
          x: pending.homeX,
          y: pending.homeY,
          scale: 1,
          duration: 160,
          ease: 'Cubic.easeOut',
        });
      }
    }
  }

  /** In categories the item card itself is carried to its bin. */
  private carriesCard(pending: Pending): boolean {
    return !this.options.drawsLinks && pending.side === 'item';
  }

  private cardAt(pointer: Phaser.Input.Pointer, side: BoardSide): MatchCard | null {
    return this.entryAt(pointer, side)?.card ?? null;
  }

  private entryAt(pointer: Phaser.Input.Pointer, side: BoardSide) {
    for (const entry of this.cards.values()) {
      if (entry.side === side && entry.card.bounds().contains(pointer.x, pointer.y)) return entry;
    }
    return undefined;
  }
}

/** Unchecked: a light line; right: solid blue; wrong: vermillion dashes. Each end gets a dot. */
function drawLink(
  g: Phaser.GameObjects.Graphics,
  from: Phaser.Math.Vector2,
  to: Phaser.Math.Vector2,
  mark: ItemMark | undefined,
  unit: number,
): void {
  const width = Math.max(2, (mark === 'right' ? 4 : 3) * unit);
  const colour = mark === 'right' ? colours.right : mark === 'wrong' ? colours.wrong : colours.accent;
  // A dark edge under the line keeps it visible where it crosses light cards or other lines.
  g.lineStyle(width + 2, colours.background, 0.8);
  g.lineBetween(from.x, from.y, to.x, to.y);
  g.lineStyle(width, colour, 1);
  if (mark === 'wrong') {
    const length = Phaser.Math.Distance.BetweenPoints(from, to);
    const dash = 10 * unit;
    for (let at = 0; at < length; at += dash * 2) {
      const a = at / length;
      const b = Math.min(length, at + dash) / length;
      g.lineBetween(
        from.x + (to.x - from.x) * a,
        from.y + (to.y - from.y) * a,
        from.x + (to.x - from.x) * b,
        from.y + (to.y - from.y) * b,
      );
    }
  } else {
    g.lineBetween(from.x, from.y, to.x, to.y);
  }
  g.fillStyle(colour, 1);
  g.fillCircle(from.x, from.y, width + 1);
  g.fillCircle(to.x, to.y, width + 1);
}
