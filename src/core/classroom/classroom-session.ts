import type { Difficulty } from '../level/difficulty';
import type { ChallengeKind } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';
import type { ScoreMode } from '../scoring/score-mode';

/**
 * The shape of a saved session; another format is migrated on reading, or refused (session-codec.ts).
 * 2: live sessions (turn mode 'live' and their `live` progress); a format 1 session reads as is.
 */
export const SESSION_FORMAT = 2;

/**
 * - relay: each challenge is played by the next player or team in rotation;
 * - everyone: every player or team answers the same challenge in turn, without seeing the earlier
 *   answers, and the class map then shows all of them together;
 * - live: every pupil answers the same challenge at the same time on their own device (Qantar Live),
 *   then the class map shows all of them together.
 */
export type TurnMode = 'relay' | 'everyone' | 'live';
/** The modes the one-device set-up form offers: a live session is set up on the Live server. */
export const TURN_MODES: readonly TurnMode[] = ['relay', 'everyone'];
/** Every mode a saved session may have. */
export const SAVED_TURN_MODES: readonly TurnMode[] = ['relay', 'everyone', 'live'];

/** How much of the ranking the projected scoreboard shows. */
export type RankingDisplay = 'full' | 'top3' | 'none';
export const RANKING_DISPLAYS: readonly RankingDisplay[] = ['full', 'top3', 'none'];

/** The time limits a teacher can choose from, per challenge. */
export const TIME_LIMITS_SECONDS: readonly number[] = [30, 60, 90, 120, 180, 300];

export interface SessionSettings {
  readonly turnMode: TurnMode;
  readonly difficulty: Difficulty;
  /** Per challenge; null for no timer. */
  readonly timeLimitSeconds: number | null;
  /** Country names on the map, where the level and the difficulty allow them. */
  readonly hints: boolean;
  readonly language: string;
  /** 'fair' counts accuracy only: no streak or time bonus. */
  readonly scoreMode: ScoreMode;
  readonly ranking: RankingDisplay;
}

export interface Participant {
  /** Stable within the session (p1, p2…), so a renamed player keeps their answers. */
  readonly id: string;
  readonly name: string;
  /** A team's members; empty for a single player. */
  readonly members: readonly string[];
}

/** One challenge of the playlist, in playing order. */
export interface SessionStep {
  readonly levelId: string;
  readonly challengeId: string;
  readonly kind: ChallengeKind;
}

export interface RecordedAnswer {
  readonly participantId: string;
  /** Index into the session's steps. */
  readonly step: number;
  /** Made when the turn started, so the same answer arriving twice is recognised. */
  readonly attemptId: string;
  readonly startedAt: number;
  readonly answeredAt: number;
  /** The time limit ran out and the answer so far was scored. */
  readonly timedOut: boolean;
  /** Timed out: the items the pupil never reached, apart from those they did not know. */
  readonly unreached?: readonly string[];
  readonly result: ChallengeResult;
}

/** A turn the teacher skipped: the player or team was away, or could not answer. */
export interface SkippedTurn {
  readonly participantId: string;
  readonly step: number;
}

/**
 * A lesson, as plain JSON: who plays, what, with which settings, and every answer so far. What
 * comes next is derived from it (session-position.ts), so saving this value after every answer is
 * all it takes to resume after a reload.
 */
export interface ClassroomSession {
  readonly format: typeof SESSION_FORMAT;
  /** Random, unique on the device. */
  readonly id: string;
  /** The class, e.g. "4e B": also how its scores are tagged on the leaderboard. */
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Teams (with members) rather than single players. */
  readonly teams: boolean;
  readonly participants: readonly Participant[];
  /** Level ids in playing order. */
  readonly playlist: readonly string[];
  readonly steps: readonly SessionStep[];
  readonly settings: SessionSettings;
  readonly answers: readonly RecordedAnswer[];
  readonly skips: readonly SkippedTurn[];
  /** In 'everyone' mode, how many steps have had their class map shown and closed. */
  readonly reviewedSteps: number;
  readonly paused: boolean;
  /** When the last step was played, or the teacher ended the session; null while it runs. */
  readonly endedAt: number | null;
  readonly endedEarly: boolean;
  /** Present exactly when the turn mode is 'live'. */
  readonly live?: LiveProgress;
}

/**
 * Where a live session stands, beyond its answers. Each step goes: opened (everyone answers at
 * once) → closed (the teacher, the time limit, or the last answer closed it: the class map) →
 * reviewed (`reviewedSteps`: the scoreboard) → the next step opened, or the end.
 */
export interface LiveProgress {
  /** Steps opened so far; 0 in the lobby, while pupils join. */
  readonly openedSteps: number;
  /** Steps whose answers are closed; `openedSteps - 1` while a step is played. */
  readonly closedSteps: number;
  /** When the step being played opened: every answer to it started then. */
  readonly stepOpenedAt: number | null;
  /** When the step being played closes by itself (epoch ms); null without a time limit or while paused. */
  readonly deadline: number | null;
  /** Time left on the step when the teacher paused it, ms; null otherwise. */
  readonly remainingMs: number | null;
  /** Pupils the teacher removed: their seats and answers are gone, and they cannot come back. */
  readonly removed: readonly string[];
}
