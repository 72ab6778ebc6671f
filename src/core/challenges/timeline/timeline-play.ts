import type { TimelineAnswer } from './timeline-answer';
import { moveCard } from './timeline-rules';

/** How a card was lifted: a drag follows the pointer, a card lifted by the keyboard moves by slots. */
export type HoldKind = 'pointer' | 'keyboard';

/**
 * A timeline being ordered, as plain JSON: the cards' order and the card in hand, nothing of the
 * dates, so the same state serves a level played alone, a blind play and a replay.
 */
export interface TimelinePlayState {
  /** Card ids, slot 0 first: always every card once. */
  readonly order: readonly string[];
  /** The card lifted by a drag or the keyboard, and the order when it was lifted (Escape puts it back). */
  readonly held: {
    readonly id: string;
    readonly startOrder: readonly string[];
    readonly by: HoldKind;
  } | null;
  /** Checked, given up on, or the time ran out: the answer is final and nothing moves any more. */
  readonly over: boolean;
  /** The player pressed "I don't know": the answer is that, whatever the order. */
  readonly dontKnow: boolean;
}

export type TimelinePlayAction =
  /** Takes a card in hand (by the keyboard unless `by` says otherwise), putting down the one held. */
  | { readonly type: 'lift'; readonly id: string; readonly by?: HoldKind }
  /** The card in hand goes to this slot (clamped to the track); the others make room. */
  | { readonly type: 'moveTo'; readonly slot: number }
  /** The card in hand moves by this many slots (an arrow key, Home, End), clamped to the track. */
  | { readonly type: 'moveBy'; readonly delta: number }
  | { readonly type: 'putDown' }
  | { readonly type: 'putBack' }
  | { readonly type: 'check' }
  /** "I don't know": ends the timeline with every card skipped (no points, no time bonus). */
  | { readonly type: 'dontKnow' }
  | { readonly type: 'timeUp' };

export type TimelinePlayReducer = (state: TimelinePlayState, action: TimelinePlayAction) => TimelinePlayState;

/** The cards as dealt: a player view's order, or a deal of the run's seed (shuffle.ts). */
export function initialTimelinePlay(dealt: readonly string[]): TimelinePlayState {
  return { order: [...dealt], held: null, over: false, dontKnow: false };
}

/**
 * The rules as `(state, action) → state`. An action the rules refuse (an unknown card, a move with
 * nothing in hand or to the slot it is in, anything once over) returns the very same state.
 */
export function timelinePlay(state: TimelinePlayState, action: TimelinePlayAction): TimelinePlayState {
  if (state.over) return state;
  switch (action.type) {
    case 'lift': {
      const by = action.by ?? 'keyboard';
      if (!state.order.includes(action.id)) return state;
      if (state.held?.id === action.id && state.held.by === by) return state;
      // Lifting a card puts the one in hand down where it is (a drag may take the keyboard's card).
      return { ...state, held: { id: action.id, startOrder: [...state.order], by } };
    }
    case 'moveTo':
      return moveHeldTo(state, action.slot);
    case 'moveBy': {
      const held = state.held;
      return held ? moveHeldTo(state, state.order.indexOf(held.id) + action.delta) : state;
    }
    case 'putDown':
      return state.held ? { ...state, held: null } : state;
    case 'putBack':
      return state.held ? { ...state, order: [...state.held.startOrder], held: null } : state;
    case 'check':
    case 'timeUp':
      return { ...state, held: null, over: true };
    case 'dontKnow':
      // A card in hand goes back where it was lifted from: nothing the player did half-way counts.
      return {
        ...state,
        order: state.held ? [...state.held.startOrder] : state.order,
        held: null,
        over: true,
        dontKnow: true,
      };
  }
}

function moveHeldTo(state: TimelinePlayState, slot: number): TimelinePlayState {
  const held = state.held;
  if (!held || !Number.isFinite(slot)) return state;
  const from = state.order.indexOf(held.id);
  const to = Math.max(0, Math.min(state.order.length - 1, Math.trunc(slot)));
  return to === from ? state : { ...state, order: moveCard(state.order, from, to) };
}

/** True when the card in hand stands elsewhere than where it was lifted: putting it down changes the answer. */
export function heldMoved(state: TimelinePlayState): boolean {
  const start = state.held?.startOrder;
  if (!start) return false;
  return start.some((id, index) => state.order[index] !== id);
}

/** The raw answer the state stands for: the order as it stands, a card in hand where it is now. */
export function timelineAnswerOf(state: TimelinePlayState): TimelineAnswer {
  if (state.dontKnow) return { kind: 'timeline', order: [], dontKnow: true };
  return { kind: 'timeline', order: [...state.order] };
}
