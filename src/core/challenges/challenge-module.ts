import type { ChallengeKind, TextKey } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';

/** Why a raw answer was refused; the codes are i18n keys' last part, never text. */
export type AnswerProblem =
  | 'notAnObject'
  | 'wrongKind'
  | 'unknownItem'
  | 'unknownTarget'
  | 'badValue'
  | 'tooLarge';

export type ParsedAnswer<A> =
  | { readonly ok: true; readonly answer: A }
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
export interface ChallengeModule<K extends ChallengeKind, C, A, V> {
  readonly kind: K;
  readonly pointsPerItem: number;
  playerView(challenge: C): V;
  /** The answer of a player who did nothing (time ran out before the first move). */
  emptyAnswer(view: V): A;
  parseAnswer(view: V, raw: unknown): ParsedAnswer<A>;
  score(challenge: C, answer: A): ChallengeResult;
  /** The content keys a player view shows, so a client is sent those texts and no others. */
  viewTextKeys(view: V): TextKey[];
}

/**
 * A kind's play reducer, as the registry lists it: started from a player view (so it runs on a
 * pupil's device as well as with the answers), `(state, action) → state`, and the raw answer the
 * state stands for.
 */
export interface ChallengePlay<V, S, Action, A> {
  start(view: V): S;
  reducer(view: V): (state: S, action: Action) => S;
  answerOf(view: V, state: S): A;
}
