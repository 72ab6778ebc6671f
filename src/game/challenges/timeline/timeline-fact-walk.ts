import type Phaser from 'phaser';
import type { TimelinePlayState } from '../../../core/challenges/timeline/timeline-play';
import {
  nextFactId,
  startReview,
  type TimelineReview,
  type TimelineReviewAction,
  timelineReview,
} from '../../../core/challenges/timeline/timeline-review';
import type { TimelineScore } from '../../../core/challenges/timeline/timeline-rules';
import type { I18nService } from '../../../services/i18n-service';
import type { Probe } from '../../probe';
import type { Focusable } from '../../ui/focus-group';
import type { OpenPlay } from '../challenge-scene';
import type { EventCard } from './event-card';
import type { DrawnFact } from './timeline-fact';
import { drawOpenFact } from './timeline-fact-content';
import type { Rect, TrackLayout } from './timeline-track';

/** What the walk needs from the scene: what was checked, where the cards are, and where to go on. */
export interface FactWalkHost {
  readonly scene: Phaser.Scene;
  readonly services: { readonly i18n: I18nService; readonly probe: Probe | null };
  readonly open: OpenPlay<'timeline'>;
  readonly play: TimelinePlayState;
  readonly score: TimelineScore;
  /** Where the track and its cards are now (they are redrawn with the screen). */
  place(): {
    readonly area: Rect;
    readonly layout: TrackLayout | null;
    readonly cards: ReadonlyMap<string, EventCard>;
    readonly order: readonly string[];
    readonly unit: number;
    readonly touch: boolean;
  };
  focus(target: Focusable): void;
  /** The fact card opened or closed: the panel, the spotlight and the Tab order follow. */
  changed(): void;
  /** Past the last event: on to the results. */
  finish(): void;
}

/**
 * The review after the check: a fact card tells each event in the order they happened (the state
 * is core timeline-review), covering the half of the track away from the event's card; the track
 * shows the player's order or the true one.
 */
export class FactWalk {
  private state: TimelineReview;
  private drawn: DrawnFact | null = null;
  /** The open fact card's Continue and close buttons, by probe id, Continue first. */
  readonly buttons = new Map<Focusable, string>();

  constructor(private readonly host: FactWalkHost) {
    this.state = startReview(host.open.challenge.items, host.play);
  }

  get review(): TimelineReview {
    return this.state;
  }

  /** The open fact card's swap line, as shown ('' when none is open). */
  get feedback(): string {
    return this.drawn?.card.feedbackText ?? '';
  }

  /** The first button of the open fact card (Continue), if one is open. */
  get firstButton(): Focusable | undefined {
    return [...this.buttons.keys()][0];
  }

  toggleOrder(): void {
    this.act({ type: 'toggleOrder' });
  }

  open(id: string, focusContinue: boolean): void {
    this.act({ type: 'open', id });
    this.redraw();
    const next = this.firstButton;
    if (focusContinue && next) this.host.focus(next);
  }

  /** Uncovers the whole track; a click on any card opens its fact again. The focus goes to its card. */
  close(): void {
    const id = this.state.explaining;
    this.act({ type: 'close' });
    this.redraw();
    const card = id ? this.host.place().cards.get(id) : undefined;
    if (card) this.host.focus(card);
  }

  /** Continue walks through the events in the order they happened, then on to the results. */
  next(): void {
    const next = nextFactId(this.host.open.challenge.items, this.state.explaining);
    if (next) this.open(next, true);
    else this.host.finish();
  }

  /** Draws the open event's fact card beside its card (after the track was drawn). */
  draw(): void {
    for (const object of this.drawn?.objects ?? []) object.destroy();
    this.drawn = null;
    this.buttons.clear();
    const id = this.state.explaining;
    const place = this.host.place();
    const slot = id ? place.layout?.slots[place.order.indexOf(id)] : undefined;
    if (!id || !slot) return;
    const { host } = this;
    this.drawn = drawOpenFact(
      host.scene,
      host.services,
      host.open,
      { play: host.play, score: host.score, id },
      { area: place.area, slot, unit: place.unit, touch: place.touch },
      { next: () => this.next(), close: () => this.close() },
    );
    if (this.drawn)
      this.buttons
        .set(this.drawn.card.continueButton, 'timeline.continue')
        .set(this.drawn.close, 'timeline.closeFact');
  }

  /** The fact card was destroyed with the screen: forget it before drawing again. */
  forget(): void {
    this.drawn = null;
    this.buttons.clear();
  }

  private act(action: TimelineReviewAction): void {
    this.state = timelineReview(this.host.open.challenge.items, this.state, action);
  }

  private redraw(): void {
    this.draw();
    this.host.changed();
  }
}
