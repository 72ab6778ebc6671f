import type Phaser from 'phaser';
import {
  heldMoved,
  type TimelinePlayAction,
  type TimelinePlayState,
  timelinePlay,
} from '../../../core/challenges/timeline/timeline-play';
import { glideCards, type TrackCards } from './timeline-cards';
import { bindCardDrag } from './timeline-drag';
import { bindHeldCardKeys } from './timeline-keys';
import { nearestSlot, type Rect } from './timeline-track';

/** What the hand needs from the scene: the cards drawn, and what to redraw after a move. */
export interface HandHost {
  readonly scene: Phaser.Scene;
  track(): TrackCards | null;
  /** The cards in the order the track shows. */
  order(): readonly string[];
  unit(): number;
  /** The card in hand was put down elsewhere than it was lifted from: the answer changed. */
  answerChanged(): void;
  /** The cards' order on the track changed: the Tab order follows it. */
  reordered(): void;
  /** A card was lifted or put down: the panel and the map describe another card. */
  heldChanged(): void;
}

/**
 * The player's hand: the play state of core/timeline-play, and the input that changes it. A card
 * is lifted by a drag (it follows the pointer, the others make room at the slot nearest its
 * centre) or by the keyboard (the arrows, Home and End move it by slots; Enter, Space or Tab put
 * it down; Escape, through the scene, puts it back).
 */
export class CardHand {
  private state: TimelinePlayState;
  /** Dragging: where on the card the pointer took hold, from its top-left corner. */
  private grab: { readonly x: number; readonly y: number } | null = null;

  constructor(
    private readonly host: HandHost,
    dealt: TimelinePlayState,
  ) {
    this.state = dealt;
  }

  get play(): TimelinePlayState {
    return this.state;
  }

  /** Binds the drag events and the keys for a card in hand; returns the function that unbinds them. */
  listen(input: Phaser.Input.InputPlugin): () => void {
    const byKeyboard = () => this.state.held?.by === 'keyboard';
    const offDrag = bindCardDrag(input, {
      start: (id, pointer) => this.startDrag(id, pointer),
      move: (id, pointer) => this.dragTo(id, pointer),
      end: (id, pointer) => {
        if (this.state.held?.id !== id || this.state.held.by !== 'pointer') return;
        this.dragTo(id, pointer);
        this.drop();
      },
    });
    const offKeys = bindHeldCardKeys(input.keyboard, {
      move: (delta) => {
        if (!byKeyboard()) return false;
        if (this.dispatch({ type: 'moveBy', delta })) {
          this.placeCards();
          this.host.reordered();
        }
        return true;
      },
      drop: () => byKeyboard() && this.drop(),
      // Tab puts the card down where it is, then lets the focus move on as usual.
      putDownForTab: () => {
        if (byKeyboard()) this.drop();
      },
      columns: () => this.host.track()?.layout.columns ?? 1,
      count: () => this.state.order.length,
    });
    return () => {
      offKeys();
      offDrag();
    };
  }

  /** Applies the rules to an action; false when they refused it and nothing changed. */
  dispatch(action: TimelinePlayAction): boolean {
    const next = timelinePlay(this.state, action);
    if (next === this.state) return false;
    this.state = next;
    return true;
  }

  /** Enter or Space on a card: it is lifted, and stands a little above its slot. */
  pickUp(id: string): void {
    if (this.state.over) return;
    this.drop();
    this.dispatch({ type: 'lift', id, by: 'keyboard' });
    this.host.track()?.cards.get(id)?.setLifted(true);
    this.placeCards();
    this.host.heldChanged();
  }

  /** Puts the card in hand down where it stands; false when there is none. */
  drop(): boolean {
    const held = this.state.held;
    if (!held) return false;
    if (heldMoved(this.state)) this.host.answerChanged();
    this.dispatch({ type: 'putDown' });
    this.settle(held.id);
    return true;
  }

  /** Escape with a card in hand puts it back where it was picked up; false when there is none. */
  cancel(): boolean {
    const held = this.state.held;
    if (!held) return false;
    this.dispatch({ type: 'putBack' });
    this.settle(held.id);
    return true;
  }

  /** A card in the keyboard's hand stands a little above its slot: picked up, not only outlined. */
  restingY(id: string, slot: Rect): number {
    return this.state.held?.id === id ? slot.y - Math.round(10 * this.host.unit()) : slot.y;
  }

  private startDrag(id: string, pointer: Phaser.Input.Pointer): void {
    const card = this.host.track()?.cards.get(id);
    if (this.state.over || !card) return;
    this.drop();
    this.grab = { x: pointer.downX - card.x, y: pointer.downY - card.y };
    this.dispatch({ type: 'lift', id, by: 'pointer' });
    this.host.scene.tweens.killTweensOf(card);
    card.setLifted(true);
    this.host.heldChanged();
  }

  /** The card follows the pointer; the others make room at the slot nearest its centre. */
  private dragTo(id: string, pointer: Phaser.Input.Pointer): void {
    const track = this.host.track();
    const card = track?.cards.get(id);
    const grab = this.grab;
    if (this.state.held?.id !== id || !grab || !card || !track) return;
    const x = pointer.x - grab.x;
    const y = pointer.y - grab.y;
    card.setPosition(x, y);
    const slot = nearestSlot(track.layout, x + card.cardWidth / 2, y + card.cardHeight / 2);
    if (this.dispatch({ type: 'moveTo', slot })) this.placeCards(id);
  }

  /** Draws the card just put down back in its slot. */
  private settle(id: string): void {
    this.grab = null;
    this.host.track()?.cards.get(id)?.setLifted(false);
    this.placeCards();
    this.host.reordered();
    this.host.heldChanged();
  }

  private placeCards(exceptId?: string): void {
    const track = this.host.track();
    if (track)
      glideCards(this.host.scene, track, this.host.order(), (id, slot) => this.restingY(id, slot), exceptId);
  }
}
