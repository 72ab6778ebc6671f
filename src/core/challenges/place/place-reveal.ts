import { fromTuple } from '../../geo/lon-lat';
import type { LonLatTuple, PlaceChallenge } from '../../level/level-types';
import {
  initialPlacePlay,
  type PlaceCards,
  type PlacePlayAction,
  type PlacePlayState,
  placePlayReducer,
} from './place-play';
import { type PlaceItemScore, scorePlaceGuess } from './place-scoring';
import { placePointsSoFar } from './place-steering';

/** The card just answered, shown with its score until the player continues. */
export interface PlaceReveal {
  readonly itemId: string;
  /** Where it was dropped; null for "I don't know". */
  readonly guess: LonLatTuple | null;
  readonly score: PlaceItemScore;
}

/**
 * The place screen's whole state: the play (what the player did), each answer's score and the
 * reveal under way. Blind (no answers), nothing is ever scored or revealed.
 */
export interface PlaceScreenState {
  readonly play: PlacePlayState;
  /** Each scored answer, in the order made. */
  readonly scores: readonly PlaceItemScore[];
  readonly reveal: PlaceReveal | null;
}

export type PlaceScreenAction = PlacePlayAction | { readonly type: 'continue' };

export type PlaceScreenReducer = (state: PlaceScreenState, action: PlaceScreenAction) => PlaceScreenState;

export function initialPlaceScreen(): PlaceScreenState {
  return { play: initialPlacePlay(), scores: [], reveal: null };
}

/**
 * The play reducer, plus what the answers add when the screen has them (`challenge`): each drop
 * or "I don't know" is scored and revealed, and while a reveal is shown only Continue (or the
 * time running out) is taken, so a card cannot be picked or dropped behind the fact card.
 * Undo takes the last answer's score back with it. A refused action returns the very same state.
 */
export function placeScreenReducer(cards: PlaceCards, challenge: PlaceChallenge | null): PlaceScreenReducer {
  const reducePlay = placePlayReducer(cards);
  return (state, action) => {
    if (action.type === 'continue') return state.reveal === null ? state : { ...state, reveal: null };
    if (state.reveal !== null && action.type !== 'timeUp') return state;
    const play = reducePlay(state.play, action);
    if (play === state.play) return state;
    switch (action.type) {
      case 'drop':
      case 'dontKnow': {
        const item = challenge?.items.find((candidate) => candidate.id === action.itemId);
        if (!challenge || !item) return { ...state, play };
        const guess = play.drops.at(-1)?.lonLat ?? null;
        const score = scorePlaceGuess(challenge, item, guess && fromTuple(guess));
        return { play, scores: [...state.scores, score], reveal: { itemId: item.id, guess, score } };
      }
      case 'undo': {
        const undone = state.play.drops.at(-1)?.itemId;
        return { ...state, play, scores: state.scores.filter((score) => score.itemId !== undone) };
      }
      default:
        return { ...state, play };
    }
  };
}

/** The points so far over what the whole challenge is worth. */
export function placeScreenPoints(
  state: PlaceScreenState,
  itemCount: number,
): { readonly points: number; readonly maxPoints: number } {
  return placePointsSoFar(
    state.scores.map((score) => score.points),
    itemCount,
  );
}

/** Every card answered (or the time is up) and the last reveal read: the challenge is done. */
export function placeScreenDone(state: PlaceScreenState): boolean {
  return state.play.over && state.reveal === null;
}
