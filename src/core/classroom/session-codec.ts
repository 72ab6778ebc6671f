import { DIFFICULTIES, type Difficulty } from '../level/difficulty';
import type { ChallengeKind } from '../level/level-types';
import type { ChallengeResult, ItemResult } from '../run/level-run';
import { SCORE_MODES, type ScoreMode } from '../scoring/score-mode';
import {
  type ClassroomSession,
  type LiveProgress,
  type Participant,
  RANKING_DISPLAYS,
  type RankingDisplay,
  type RecordedAnswer,
  SAVED_TURN_MODES,
  SESSION_FORMAT,
  type SessionSettings,
  type SessionStep,
  type SkippedTurn,
  type TurnMode,
} from './classroom-session';

export type SessionCheck =
  | { readonly ok: true; readonly session: ClassroomSession }
  | { readonly ok: false; readonly problem: SessionProblem };

export type SessionProblem =
  | { readonly code: 'notAnObject' }
  | { readonly code: 'unknownFormat'; readonly format: string }
  | { readonly code: 'invalidField'; readonly field: string };

const KINDS: readonly ChallengeKind[] = ['place', 'timeline', 'match'];
const MAX_TEXT = 200;

class Invalid extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

/**
 * Reads a session from storage: anything not exactly a valid session is refused with the field at
 * fault, so one damaged session is listed as such while the others still open. Older formats are
 * migrated here, one step per format, before the check.
 */
export function readClassroomSession(raw: unknown): SessionCheck {
  if (!isObject(raw)) return { ok: false, problem: { code: 'notAnObject' } };
  const current = raw.format === 1 ? fromFormat1(raw) : raw;
  if (current.format !== SESSION_FORMAT)
    return { ok: false, problem: { code: 'unknownFormat', format: String(raw.format) } };
  try {
    return { ok: true, session: session(current) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: { code: 'invalidField', field: error.field } };
    throw error;
  }
}

/** Format 1 had no live sessions: its sessions read as format 2 unchanged, and a live one is refused. */
function fromFormat1(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.live !== undefined) return raw;
  const settings = isObject(raw.settings) ? raw.settings : {};
  return settings.turnMode === 'live' ? raw : { ...raw, format: 2 };
}

function session(raw: Record<string, unknown>): ClassroomSession {
  const participants = list(raw.participants, 'participants', participant);
  const sessionSettings = settings(raw.settings);
  // A live session starts with an empty room; pupils join it.
  if (participants.length === 0 && sessionSettings.turnMode !== 'live') throw new Invalid('participants');
  const steps = list(raw.steps, 'steps', step);
  const ids = new Set(participants.map((entry) => entry.id));
  if (ids.size !== participants.length) throw new Invalid('participants');
  const inSession = (field: string) => (entry: { participantId: string; step: number }) => {
    if (!ids.has(entry.participantId) || entry.step >= steps.length) throw new Invalid(field);
  };
  const answers = list(raw.answers, 'answers', answer);
  answers.forEach(inSession('answers'));
  const skips = list(raw.skips, 'skips', skip);
  skips.forEach(inSession('skips'));
  const endedAt = raw.endedAt === null ? null : whole(raw.endedAt, 'endedAt');
  const reviewedSteps = whole(raw.reviewedSteps, 'reviewedSteps');
  const progress =
    sessionSettings.turnMode === 'live' ? live(raw.live, steps.length, reviewedSteps, ids) : undefined;
  if (sessionSettings.turnMode !== 'live' && raw.live !== undefined) throw new Invalid('live');
  return {
    format: SESSION_FORMAT,
    id: text(raw.id, 'id'),
    name: text(raw.name, 'name'),
    createdAt: whole(raw.createdAt, 'createdAt'),
    updatedAt: whole(raw.updatedAt, 'updatedAt'),
    teams: bool(raw.teams, 'teams'),
    participants,
    playlist: list(raw.playlist, 'playlist', (value) => text(value, 'playlist')),
    steps,
    settings: sessionSettings,
    answers,
    skips,
    reviewedSteps,
    paused: bool(raw.paused, 'paused'),
    endedAt,
    endedEarly: bool(raw.endedEarly, 'endedEarly'),
    ...(progress ? { live: progress } : {}),
  };
}

/** A live session's progress: counters in order (reviewed ≤ closed ≤ opened ≤ steps), removed pupils gone. */
function live(
  raw: unknown,
  steps: number,
  reviewedSteps: number,
  participants: ReadonlySet<string>,
): LiveProgress {
  if (!isObject(raw)) throw new Invalid('live');
  const openedSteps = whole(raw.openedSteps, 'live.openedSteps');
  const closedSteps = whole(raw.closedSteps, 'live.closedSteps');
  if (openedSteps > steps || closedSteps > openedSteps || closedSteps < openedSteps - 1)
    throw new Invalid('live.openedSteps');
  if (reviewedSteps > closedSteps) throw new Invalid('reviewedSteps');
  const orNull = (value: unknown, field: string) => (value === null ? null : whole(value, field));
  const removed = list(raw.removed, 'live.removed', (value) => text(value, 'live.removed'));
  if (removed.some((id) => participants.has(id))) throw new Invalid('live.removed');
  return {
    openedSteps,
    closedSteps,
    stepOpenedAt: orNull(raw.stepOpenedAt, 'live.stepOpenedAt'),
    deadline: orNull(raw.deadline, 'live.deadline'),
    remainingMs: orNull(raw.remainingMs, 'live.remainingMs'),
    removed,
  };
}

function settings(raw: unknown): SessionSettings {
  if (!isObject(raw)) throw new Invalid('settings');
  const limit =
    raw.timeLimitSeconds === null ? null : whole(raw.timeLimitSeconds, 'settings.timeLimitSeconds');
  return {
    turnMode: oneOf<TurnMode>(raw.turnMode, SAVED_TURN_MODES, 'settings.turnMode'),
    difficulty: oneOf<Difficulty>(raw.difficulty, DIFFICULTIES, 'settings.difficulty'),
    timeLimitSeconds: limit,
    hints: bool(raw.hints, 'settings.hints'),
    language: text(raw.language, 'settings.language'),
    scoreMode: oneOf<ScoreMode>(raw.scoreMode, SCORE_MODES, 'settings.scoreMode'),
    ranking: oneOf<RankingDisplay>(raw.ranking, RANKING_DISPLAYS, 'settings.ranking'),
  };
}

function participant(raw: unknown): Participant {
  if (!isObject(raw)) throw new Invalid('participants');
  return {
    id: text(raw.id, 'participants.id'),
    name: text(raw.name, 'participants.name'),
    members: list(raw.members, 'participants.members', (value) => text(value, 'participants.members')),
  };
}

function step(raw: unknown): SessionStep {
  if (!isObject(raw)) throw new Invalid('steps');
  return {
    levelId: text(raw.levelId, 'steps.levelId'),
    challengeId: text(raw.challengeId, 'steps.challengeId'),
    kind: oneOf<ChallengeKind>(raw.kind, KINDS, 'steps.kind'),
  };
}

function answer(raw: unknown): RecordedAnswer {
  if (!isObject(raw)) throw new Invalid('answers');
  return {
    participantId: text(raw.participantId, 'answers.participantId'),
    step: whole(raw.step, 'answers.step'),
    attemptId: text(raw.attemptId, 'answers.attemptId'),
    startedAt: whole(raw.startedAt, 'answers.startedAt'),
    answeredAt: whole(raw.answeredAt, 'answers.answeredAt'),
    timedOut: bool(raw.timedOut, 'answers.timedOut'),
    ...(raw.unreached === undefined
      ? {}
      : { unreached: list(raw.unreached, 'answers.unreached', (id) => text(id, 'answers.unreached')) }),
    result: result(raw.result),
  };
}

function skip(raw: unknown): SkippedTurn {
  if (!isObject(raw)) throw new Invalid('skips');
  return {
    participantId: text(raw.participantId, 'skips.participantId'),
    step: whole(raw.step, 'skips.step'),
  };
}

function result(raw: unknown): ChallengeResult {
  if (!isObject(raw)) throw new Invalid('answers.result');
  const penalty = raw.penalty === undefined ? undefined : whole(raw.penalty, 'answers.result.penalty');
  return {
    challengeId: text(raw.challengeId, 'answers.result.challengeId'),
    kind: oneOf<ChallengeKind>(raw.kind, KINDS, 'answers.result.kind'),
    items: list(raw.items, 'answers.result.items', item),
    ...(penalty === undefined ? {} : { penalty }),
  };
}

function item(raw: unknown): ItemResult {
  const field = 'answers.result.items';
  if (!isObject(raw)) throw new Invalid(field);
  const points = number(raw.points, `${field}.points`);
  const maxPoints = number(raw.maxPoints, `${field}.maxPoints`);
  if (points < 0 || maxPoints < 0 || points > maxPoints) throw new Invalid(`${field}.points`);
  const guess = raw.guessLonLat;
  if (
    guess !== undefined &&
    !(
      Array.isArray(guess) &&
      guess.length === 2 &&
      Math.abs(number(guess[0], `${field}.guessLonLat`)) <= 180 &&
      Math.abs(number(guess[1], `${field}.guessLonLat`)) <= 90
    )
  )
    throw new Invalid(`${field}.guessLonLat`);
  return {
    itemId: text(raw.itemId, `${field}.itemId`),
    points,
    maxPoints,
    correct: bool(raw.correct, `${field}.correct`),
    ...(raw.distanceKm === undefined ? {} : { distanceKm: number(raw.distanceKm, `${field}.distanceKm`) }),
    ...(raw.skipped === undefined ? {} : { skipped: bool(raw.skipped, `${field}.skipped`) }),
    ...(raw.answer === undefined ? {} : { answer: text(raw.answer, `${field}.answer`) }),
    ...(guess === undefined ? {} : { guessLonLat: [guess[0], guess[1]] as const }),
  };
}

function list<T>(raw: unknown, field: string, read: (value: unknown) => T): T[] {
  if (!Array.isArray(raw)) throw new Invalid(field);
  return raw.map(read);
}

function text(raw: unknown, field: string): string {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_TEXT) throw new Invalid(field);
  return raw;
}

function number(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new Invalid(field);
  return raw;
}

function whole(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) throw new Invalid(field);
  return raw;
}

function bool(raw: unknown, field: string): boolean {
  if (typeof raw !== 'boolean') throw new Invalid(field);
  return raw;
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(raw as T)) throw new Invalid(field);
  return raw as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
