import type Phaser from 'phaser';
import type { TimelinePlayerItem } from '../../../core/challenges/timeline/timeline-answer';
import type { Probe } from '../../probe';
import { prefersReducedMotion } from '../../theme';
import { type CardFace, CardMeasurer, type CardReveal, EventCard } from './event-card';
import { layoutTrack, type Rect, TimelineTrack, type TrackLabels, type TrackLayout } from './timeline-track';

/** A press that moves less than this (pixels) is a click on the card, not a drag. */
export const DRAG_THRESHOLD_PX = 8;
const SETTLE_MS = 180;

/** What the cards tell the scene; each gets the card's item id. */
export interface CardEvents {
  /** Enter or Space on the focused card. */
  activate(id: string): void;
  focused(id: string): void;
  hovered(id: string | null): void;
  /** A click or tap (a press that did not become a drag). */
  pressed(id: string): void;
}

export interface TrackCards {
  readonly layout: TrackLayout;
  readonly cards: Map<string, EventCard>;
}

/**
 * The track and its cards, in the order shown: one font size for all cards (the largest at which
 * every card fits), each card in its slot, and each slot and card named for the test probe.
 */
export function drawTrackCards(
  scene: Phaser.Scene,
  probe: Probe | null,
  content: {
    readonly area: Rect;
    readonly unit: number;
    /** The cards in the order shown. */
    readonly items: readonly TimelinePlayerItem[];
    readonly reveals: ReadonlyMap<string, CardReveal> | null;
    readonly t: (key: string, params?: Record<string, number>) => string;
    readonly held: string | null;
    readonly restingY: (id: string, slot: Rect) => number;
  },
  events: CardEvents,
): TrackCards {
  const { unit: u, reveals, t } = content;
  const faces: CardFace[] = content.items.map((item) => ({
    text: t(`content:${item.text}`),
    place: t(`content:${item.place}`),
  }));
  const labels: TrackLabels = {
    earliest: t('timeline:earliest'),
    latest: t('timeline:latest'),
    slot: (number) => t('timeline:slot', { number }),
  };
  const measurer = new CardMeasurer(scene);
  const layout = layoutTrack(measurer, faces, content.area, u, reveals !== null);
  const setFaces = faces.map((face) => measurer.setFace(face, layout.cardWidth, layout.textPx, u) ?? face);
  measurer.destroy();

  const track = new TimelineTrack(scene, layout, labels, u);
  track.slotTargets.forEach((target, index) => {
    probe?.register(
      scene,
      `timeline.slot.${index}`,
      target,
      () => target.name,
      () => true,
      'topLeft',
    );
  });

  const cards = new Map<string, EventCard>();
  content.items.forEach(({ id }, index) => {
    const slot = layout.slots[index];
    const face = setFaces[index];
    if (!slot || !face) return;
    const card = new EventCard(scene, {
      x: slot.x,
      y: content.restingY(id, slot),
      width: slot.width,
      height: slot.height,
      textPx: layout.textPx,
      unit: u,
      face,
      reveal: reveals?.get(id) ?? null,
      onActivate: () => events.activate(id),
    });
    card.setName(id);
    card.on('focused', () => events.focused(id));
    card.on('pointerover', () => events.hovered(id));
    card.on('pointerout', () => events.hovered(null));
    card.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() < DRAG_THRESHOLD_PX) events.pressed(id);
    });
    if (content.held === id) card.setLifted(true);
    cards.set(id, card);
    probe?.register(
      scene,
      `timeline.card.${id}`,
      card,
      () => card.label,
      () => true,
      'topLeft',
    );
  });
  return { layout, cards };
}

/** Sends every card (but the one being dragged) to its slot, gliding unless motion is reduced. */
export function glideCards(
  scene: Phaser.Scene,
  placed: TrackCards,
  order: readonly string[],
  restingY: (id: string, slot: Rect) => number,
  exceptId?: string,
): void {
  const still = prefersReducedMotion();
  order.forEach((id, index) => {
    const card = placed.cards.get(id);
    const slot = placed.layout.slots[index];
    if (!card || !slot || id === exceptId) return;
    const y = restingY(id, slot);
    if (card.x === slot.x && card.y === y) return;
    scene.tweens.killTweensOf(card);
    if (still) card.setPosition(slot.x, y);
    else scene.tweens.add({ targets: card, x: slot.x, y, duration: SETTLE_MS, ease: 'Cubic.easeOut' });
  });
}

/** After the order shown changes (mine / the true one), every card glides from where it stood to its new slot. */
export function glideFrom(
  scene: Phaser.Scene,
  cards: ReadonlyMap<string, EventCard>,
  before: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): void {
  if (prefersReducedMotion()) return;
  for (const [id, card] of cards) {
    const from = before.get(id);
    if (!from) continue;
    const to = { x: card.x, y: card.y };
    card.setPosition(from.x, from.y);
    scene.tweens.add({ targets: card, x: to.x, y: to.y, duration: SETTLE_MS * 2, ease: 'Cubic.easeInOut' });
  }
}
