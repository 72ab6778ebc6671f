import type { StorageResult } from '../leaderboard/storage-result';
import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';
import type { LevelRun } from '../run/level-run';
import { PLAY_SESSION_SETTING, parsePlaySession, serializePlaySession, sessionAt } from './play-session';
import type { ReviewCard } from './review-card';
import { deckChangeAfterRun } from './review-schedule';
import type { ReviewStore } from './review-store';

/** The review deck of this device: the cards, and the play session that decides which are due. */
export class ReviewDeck {
  constructor(
    private readonly store: ReviewStore,
    private readonly settings: KeyValueStore,
    private readonly clock: Clock,
  ) {}

  /** The session now; calling it marks play as going on, which keeps the session open. */
  session(): number {
    const session = sessionAt(parsePlaySession(this.settings.get(PLAY_SESSION_SETTING)), this.clock.now());
    this.settings.set(PLAY_SESSION_SETTING, serializePlaySession(session));
    return session.number;
  }

  cards(): Promise<StorageResult<readonly ReviewCard[]>> {
    return this.store.load();
  }

  /** Adds the run's misses to the deck, and moves on the cards a review answered. */
  async recordRun(sourceLevelId: string, run: LevelRun, isReview: boolean): Promise<StorageResult<void>> {
    const session = this.session();
    const cards = await this.store.load();
    if (!cards.ok) return cards;
    return this.store.apply(deckChangeAfterRun(cards.value, sourceLevelId, run, isReview, session));
  }
}
