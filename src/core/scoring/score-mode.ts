/**
 * How a level run is scored. `fair` counts accuracy only (no time bonus, no streak bonus) for players
 * and classes who should not be rushed; scores of the two modes are never ranked together.
 */
export type ScoreMode = 'standard' | 'fair';

export const SCORE_MODES: readonly ScoreMode[] = ['standard', 'fair'];

/** The settings key under which the chosen mode is remembered on the device. */
export const SCORE_MODE_SETTING = 'score.mode';

export function parseScoreMode(value: string | null): ScoreMode {
  return value === 'fair' ? 'fair' : 'standard';
}
