import type { Challenge, ChallengeKind } from '../level/level-types';
import type { ChallengeModule } from './challenge-module';
import type { MatchAnswer, MatchPlayerView } from './match/match-answer';
import type { PlaceAnswer, PlacePlayerView } from './place/place-answer';
import type { TimelineAnswer, TimelinePlayerView } from './timeline/timeline-answer';

/*
 * The kinds by name. This file may import every kind; the kinds import only challenge-module.ts,
 * so no import ever goes round in a circle.
 */

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

/** One kind's module, as the registry lists it. */
export type ModuleOf<K extends ChallengeKind> = ChallengeModule<
  K,
  ChallengeOf<K>,
  AnswerOf<K>,
  PlayerViewOf<K>
>;
