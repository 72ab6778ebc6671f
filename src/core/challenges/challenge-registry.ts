import type { Challenge, ChallengeKind } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';
import type { AnswerOf, ChallengeAnswer, ModuleOf, PlayerChallengeView } from './challenge-kinds';
import type { ChallengePlay, ParsedAnswer } from './challenge-module';
import { type MatchAnswer, type MatchPlayerView, matchAnswerOf, matchModule } from './match/match-answer';
import { initialMatchState, type MatchAction, type MatchState, matchReducer } from './match/match-rules';
import type { PlaceAnswer, PlacePlayerView } from './place/place-answer';
import { placeModule } from './place/place-answer';
import {
  initialPlacePlay,
  type PlacePlayAction,
  type PlacePlayState,
  placeAnswerOf,
  placePlayReducer,
} from './place/place-play';
import { type TimelineAnswer, type TimelinePlayerView, timelineModule } from './timeline/timeline-answer';
import {
  initialTimelinePlay,
  type TimelinePlayAction,
  type TimelinePlayState,
  timelineAnswerOf,
  timelinePlay,
} from './timeline/timeline-play';

/** Every kind of challenge the game knows. Adding a kind means adding it here, and nowhere else in the core. */
export const CHALLENGE_MODULES: { readonly [K in ChallengeKind]: ModuleOf<K> } = {
  place: placeModule,
  timeline: timelineModule,
  match: matchModule,
};

/**
 * Every kind's play reducer, started from a player view. The scenes build the same reducers; this
 * table lets the tests hold every kind to the same rules (any action sequence gives an answer that
 * parses) and says which parts a new kind must have.
 */
export const CHALLENGE_PLAYS: {
  readonly place: ChallengePlay<PlacePlayerView, PlacePlayState, PlacePlayAction, PlaceAnswer>;
  readonly timeline: ChallengePlay<TimelinePlayerView, TimelinePlayState, TimelinePlayAction, TimelineAnswer>;
  readonly match: ChallengePlay<MatchPlayerView, MatchState, MatchAction, MatchAnswer>;
} & { readonly [K in ChallengeKind]: unknown } = {
  place: {
    start: () => initialPlacePlay(),
    reducer: placePlayReducer,
    answerOf: (_view, state) => placeAnswerOf(state),
  },
  timeline: {
    start: (view) => initialTimelinePlay(view.items.map((item) => item.id)),
    reducer: () => timelinePlay,
    answerOf: (_view, state) => timelineAnswerOf(state),
  },
  match: { start: () => initialMatchState(), reducer: matchReducer, answerOf: matchAnswerOf },
};

export const CHALLENGE_KIND_NAMES = Object.keys(CHALLENGE_MODULES) as ChallengeKind[];

function moduleOf(kind: ChallengeKind): ModuleOf<ChallengeKind> {
  // Each call below passes a challenge or view whose kind picked the module, so the pairing holds.
  return CHALLENGE_MODULES[kind] as unknown as ModuleOf<ChallengeKind>;
}

/** What a client may be shown of a challenge before its reveal. */
export function playerViewOf(challenge: Challenge): PlayerChallengeView {
  return moduleOf(challenge.kind).playerView(challenge as never);
}

/** Reads an untrusted answer to this challenge; anything that is not a possible answer is refused. */
export function parseAnswerFor(
  view: PlayerChallengeView,
  raw: unknown,
): ParsedAnswer<AnswerOf<ChallengeKind>> {
  return moduleOf(view.kind).parseAnswer(view as never, raw);
}

/** Scores a raw answer with its kind's one rule. An answer of another kind is a caller's bug. */
export function scoreAnswer(challenge: Challenge, answer: ChallengeAnswer): ChallengeResult {
  if (answer.kind !== challenge.kind)
    throw new Error(
      `A ${answer.kind} answer cannot answer the ${challenge.kind} challenge "${challenge.id}"`,
    );
  return moduleOf(challenge.kind).score(challenge as never, answer as never);
}

export function emptyAnswerFor(view: PlayerChallengeView): ChallengeAnswer {
  return moduleOf(view.kind).emptyAnswer(view as never);
}
