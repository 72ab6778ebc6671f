import type { Challenge, ChallengeKind, TextKey } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';
import type { MatchAnswer, MatchPlayerView } from './match/match-answer';
import type { PlaceAnswer, PlacePlayerView } from './place/place-answer';
import type { TimelineAnswer, TimelinePlayerView } from './timeline/timeline-answer';

/** Each kind's challenge, raw answer and player view, by kind. */
export interface ChallengeKinds {
  readonly place: {
    challenge: Extract<Challenge, { kind: 'place' }>;
    answer: PlaceAnswer;
    view: PlacePlayerView;
  };
  readonly timeline: {
    challenge: Extract<Challenge, { kind: 'timeline' }>;
    answer: TimelineAnswer;
    view: TimelinePlayerView;
  };
  readonly match: {
    challenge: Extract<Challenge, { kind: 'match' }>;
    answer: MatchAnswer;
    view: MatchPlayerView;
  };
}

export type ChallengeOf<K extends ChallengeKind> = ChallengeKinds[K]['challenge'];
export type AnswerOf<K extends ChallengeKind> = ChallengeKinds[K]['answer'];
export type PlayerViewOf<K extends ChallengeKind> = ChallengeKinds[K]['view'];

/** Any kind's raw answer: what the player did, as plain JSON, never a score. */
export type ChallengeAnswer = AnswerOf<ChallengeKind>;
/** Any kind's player view: what a client may see of a challenge before its reveal. */
export type PlayerChallengeView = PlayerViewOf<ChallengeKind>;

/** Why a raw answer was refused; the codes are i18n keys' last part, never text. */
export type AnswerProblem =
  | 'notAnObject'
  | 'wrongKind'
  | 'unknownItem'
  | 'unknownTarget'
  | 'badValue'
  | 'tooLarge';

export type ParsedAnswer<K extends ChallengeKind> =
  | { readonly ok: true; readonly answer: AnswerOf<K> }
  | { readonly ok: false; readonly problem: AnswerProblem };

/**
 * Everything the rest of the game needs to know about one kind of challenge, as pure functions:
 * - `playerView` strips what a client must not see before the reveal (true places, dates, right
 *   targets, facts and sources), as boardgame.io's playerView does;
 * - `parseAnswer` reads an answer from untrusted JSON (a Live message, a saved run) against that
 *   view, so the server refuses what is not a possible answer to this very challenge;
 * - `score` is the one scoring rule, the same on a pupil's device, a projector and the Live server;
 *   scoring an answer twice gives the same result, and items the answer leaves out score as skipped.
 */
export interface ChallengeModule<K extends ChallengeKind> {
  readonly kind: K;
  readonly pointsPerItem: number;
  playerView(challenge: ChallengeOf<K>): PlayerViewOf<K>;
  /** The answer of a player who did nothing (time ran out before the first move). */
  emptyAnswer(view: PlayerViewOf<K>): AnswerOf<K>;
  parseAnswer(view: PlayerViewOf<K>, raw: unknown): ParsedAnswer<K>;
  score(challenge: ChallengeOf<K>, answer: AnswerOf<K>): ChallengeResult;
  /** The content keys a player view shows, so a client is sent those texts and no others. */
  viewTextKeys(view: PlayerViewOf<K>): TextKey[];
}
