import type Phaser from 'phaser';
import type { MatchPlayerView } from '../../../core/challenges/match/match-answer';
import { type MatchState, scoreMatch } from '../../../core/challenges/match/match-rules';
import type { MatchSelection } from '../../../core/challenges/match/match-selection';
import { challengePoints } from '../../../core/run/level-run';
import type { OpenPlay } from '../challenge-scene';
import type { MatchMap } from './match-map';

/** The scene's own part of what the probe reports: the chosen card, the open fact, the keyboard focus. */
export interface MatchPlayInfo {
  readonly selection: MatchSelection | null;
  readonly openFact: string | null;
  readonly focused: string | null;
}

/**
 * What the read-only test probe reports under "match" (tests/e2e/match.spec.ts reads it): the
 * cards' order, the rules' state, the map's country anchors in page coordinates, and the score.
 */
export function matchProbeInfo(
  scene: Phaser.Scene,
  view: MatchPlayerView,
  open: OpenPlay<'match'> | null,
  state: MatchState,
  map: MatchMap,
  play: MatchPlayInfo,
): unknown {
  const canvas = scene.game.canvas.getBoundingClientRect();
  const result = open ? scoreMatch(open.challenge, state) : null;
  const selected = play.selection?.side === 'item' ? play.selection.id : null;
  return {
    challengeId: view.id,
    mode: view.mode,
    onMap: view.onMap === true,
    items: view.items.map((item) => item.id),
    targets: view.targets.map((target) => target.id),
    phase: state.phase,
    checks: state.checks,
    dontKnow: state.dontKnow === true,
    selected: play.selection,
    links: { ...state.links },
    marks: { ...state.marks },
    openFact: play.openFact,
    focused: play.focused,
    mapReady: map.ready,
    highlighted: view.items.find((item) => item.id === selected)?.country ?? null,
    countries: map.spots(canvas, canvas.width / scene.scale.width, canvas.height / scene.scale.height),
    points: result ? challengePoints(result) : 0,
    penalty: result?.penalty ?? 0,
  };
}
