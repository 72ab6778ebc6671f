import { isRecord } from '../challenges/answer-input';
import {
  type ClassroomSession,
  RANKING_DISPLAYS,
  type RankingDisplay,
  type SessionSettings,
} from '../classroom/classroom-session';
import {
  checkClassName,
  checkSessionDraft,
  createSession,
  type SetupProblem,
} from '../classroom/session-setup';
import { DIFFICULTIES, type Difficulty } from '../level/difficulty';
import type { Level } from '../level/level-types';
import { SCORE_MODES, type ScoreMode } from '../scoring/score-mode';
import type { LiveSetup } from './live-protocol';

/** The languages a pupil may play in, as the game ships them. */
export const LIVE_LANGUAGES: readonly string[] = ['fr', 'en', 'ru'];

/** A teacher's own level files in one setup: a lesson's worth, each checked by the game's validator. */
export const MAX_CUSTOM_LEVELS = 10;

export type LiveSetupCheck =
  | { readonly ok: true; readonly setup: LiveSetup }
  | { readonly ok: false; readonly problem: 'badSetup' };

/** Reads a setup from untrusted JSON (the host's create options): every field typed and among its choices. */
export function parseLiveSetup(raw: unknown): LiveSetupCheck {
  const refused = { ok: false, problem: 'badSetup' } as const;
  if (!isRecord(raw) || !isRecord(raw.settings) || typeof raw.className !== 'string') return refused;
  const { playlist, customLevels } = raw;
  if (!Array.isArray(playlist) || !playlist.every((id) => typeof id === 'string')) return refused;
  if (
    customLevels !== undefined &&
    !(
      Array.isArray(customLevels) &&
      customLevels.length <= MAX_CUSTOM_LEVELS &&
      customLevels.every((text) => typeof text === 'string')
    )
  )
    return refused;
  const s = raw.settings;
  const limit = s.timeLimitSeconds;
  const settings = {
    difficulty: s.difficulty as Difficulty,
    timeLimitSeconds: limit as number | null,
    hints: s.hints as boolean,
    language: s.language as string,
    scoreMode: s.scoreMode as ScoreMode,
    ranking: s.ranking as RankingDisplay,
  };
  const valid =
    DIFFICULTIES.includes(settings.difficulty) &&
    (limit === null || typeof limit === 'number') &&
    typeof settings.hints === 'boolean' &&
    LIVE_LANGUAGES.includes(settings.language) &&
    SCORE_MODES.includes(settings.scoreMode) &&
    RANKING_DISPLAYS.includes(settings.ranking);
  if (!valid) return refused;
  return {
    ok: true,
    setup: {
      className: raw.className,
      playlist: playlist as string[],
      settings,
      ...(customLevels === undefined ? {} : { customLevels: customLevels as string[] }),
    },
  };
}

export type LiveSessionCheck =
  | { readonly ok: true; readonly session: ClassroomSession }
  | { readonly ok: false; readonly problems: readonly SetupProblem[] };

/**
 * A live session from a setup, checked as a one-device draft is (class name, playlist, time limit),
 * less the roster: pupils fill it by joining. `levels` are every level the setup may name.
 */
export function createLiveSession(
  setup: LiveSetup,
  levels: readonly Level[],
  { id, now }: { readonly id: string; readonly now: number },
): LiveSessionCheck {
  const settings: SessionSettings = { ...setup.settings, turnMode: 'live' };
  const draft = { name: setup.className, teams: false, participants: [], playlist: setup.playlist, settings };
  const check = checkSessionDraft(draft, new Set(levels.map((level) => level.id)));
  const problems = check.ok ? [] : check.problems.filter((problem) => problem.code !== 'noParticipants');
  if (!check.ok && problems.length > 0) return { ok: false, problems };
  const name = checkClassName(draft.name);
  if (!name.ok) return { ok: false, problems: [{ field: 'name', code: 'nameEmpty' }] };
  const cleaned = { ...draft, name: name.name, playlist: [...new Set(draft.playlist)] };
  const session = createSession(cleaned, levels, { id, now });
  return {
    ok: true,
    session: {
      ...session,
      live: {
        openedSteps: 0,
        closedSteps: 0,
        stepOpenedAt: null,
        deadline: null,
        remainingMs: null,
        removed: [],
      },
    },
  };
}
