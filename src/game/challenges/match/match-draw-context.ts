import type Phaser from 'phaser';
import type { MatchPlayerItem, MatchPlayerView } from '../../../core/challenges/match/match-answer';
import type { MatchState } from '../../../core/challenges/match/match-rules';
import type { MatchSelection } from '../../../core/challenges/match/match-selection';
import type { MatchItem } from '../../../core/level/level-types';
import type { GameServices } from '../../game-services';
import type { Focusable } from '../../ui/focus-group';
import type { OpenPlay } from '../challenge-scene';

/**
 * What the match scene's drawing modules read: the scene to draw in, its layer, the player view
 * (and the challenge, when played with its answers), the rules' state and the chosen card. The
 * modules only draw; every press goes back to the scene through the callbacks they are given.
 */
export interface MatchDrawContext {
  readonly scene: Phaser.Scene;
  readonly services: GameServices;
  readonly layer: Phaser.GameObjects.Container;
  readonly view: MatchPlayerView;
  readonly open: OpenPlay<'match'> | null;
  readonly state: MatchState;
  readonly selection: MatchSelection | null;
  readonly unit: number;
  t(key: string, params?: Record<string, string | number>): string;
  /** Adds a control to the keyboard order under a key the scene restores focus by ("item:<id>"…). */
  addFocusable(key: string, focusable: Focusable): void;
}

export function itemById(view: MatchPlayerView, id: string): MatchPlayerItem | undefined {
  return view.items.find((item) => item.id === id);
}

/** An item with its answer and fact: only a match played with its answers shown has them. */
export function truthItem(context: MatchDrawContext, id: string): MatchItem | undefined {
  return context.open?.challenge.items.find((item) => item.id === id);
}

/** In categories, the bin's place in the level (its letter and symbol); null in pairs or when unlinked. */
export function binIndexOf(view: MatchPlayerView, targetId: string | undefined): number | null {
  if (view.mode !== 'categories' || targetId === undefined) return null;
  const index = view.targets.findIndex((target) => target.id === targetId);
  return index < 0 ? null : index;
}
