import type { LonLatTuple } from '../../level/level-types';
import type { PlaceAnswer, PlaceDrop } from './place-answer';

/**
 * A place challenge being played, as plain JSON: what the player did, and nothing of the answers,
 * so the same state serves a level played alone, a blind play and a replay. Scoring and reveals are
 * for whoever holds the challenge (place-answer.ts).
 */
export interface PlacePlayState {
  /** Every drop so far, in the order made; `lonLat` null for "I don't know". */
  readonly drops: readonly PlaceDrop[];
  /** The card picked up by keyboard or tap, waiting for a place. */
  readonly picked: string | null;
  /** Every card placed, or the time ran out: nothing changes any more. */
  readonly over: boolean;
}

export type PlacePlayAction =
  | { readonly type: 'pick'; readonly itemId: string }
  | { readonly type: 'putBack' }
  | { readonly type: 'drop'; readonly itemId: string; readonly lonLat: LonLatTuple }
  | { readonly type: 'dontKnow'; readonly itemId: string }
  /** Takes the last drop back, for a screen that lets the player change their mind before the end. */
  | { readonly type: 'undo' }
  | { readonly type: 'timeUp' };

/** The cards of the challenge, by id: a player view's items will do. */
export interface PlaceCards {
  readonly items: readonly { readonly id: string }[];
}

export type PlacePlayReducer = (state: PlacePlayState, action: PlacePlayAction) => PlacePlayState;

export function initialPlacePlay(): PlacePlayState {
  return { drops: [], picked: null, over: false };
}

/**
 * The rules as `(state, action) → state`. An action the rules refuse (an unknown card, one already
 * placed, a place off the globe, anything once over) returns the very same state.
 */
export function placePlayReducer(cards: PlaceCards): PlacePlayReducer {
  const ids = new Set(cards.items.map((item) => item.id));
  const open = (state: PlacePlayState, itemId: string) =>
    ids.has(itemId) && !state.drops.some((drop) => drop.itemId === itemId);
  const answer = (state: PlacePlayState, drop: PlaceDrop): PlacePlayState => {
    const drops = [...state.drops, drop];
    return { drops, picked: null, over: drops.length === ids.size };
  };

  return (state, action) => {
    if (state.over) return state;
    switch (action.type) {
      case 'pick':
        return open(state, action.itemId) && state.picked !== action.itemId
          ? { ...state, picked: action.itemId }
          : state;
      case 'putBack':
        return state.picked === null ? state : { ...state, picked: null };
      case 'drop':
        return open(state, action.itemId) && onGlobe(action.lonLat)
          ? answer(state, { itemId: action.itemId, lonLat: [action.lonLat[0], action.lonLat[1]] })
          : state;
      case 'dontKnow':
        return open(state, action.itemId) ? answer(state, { itemId: action.itemId, lonLat: null }) : state;
      case 'undo':
        return state.drops.length === 0 ? state : { ...state, drops: state.drops.slice(0, -1), picked: null };
      case 'timeUp':
        return { ...state, picked: null, over: true };
    }
  };
}

/** The raw answer the state stands for: what a Live pupil sends, what the scoring reads. */
export function placeAnswerOf(state: PlacePlayState): PlaceAnswer {
  return { kind: 'place', drops: state.drops.map((drop) => ({ ...drop })) };
}

/** The cards still to place, in the challenge's order. */
export function placesLeft<Item extends { readonly id: string }>(
  cards: { readonly items: readonly Item[] },
  state: PlacePlayState,
): Item[] {
  const placed = new Set(state.drops.map((drop) => drop.itemId));
  return cards.items.filter((item) => !placed.has(item.id));
}

function onGlobe([lon, lat]: LonLatTuple): boolean {
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}
