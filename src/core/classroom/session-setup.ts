import { applyDifficulty, type Difficulty } from '../level/difficulty';
import type { Level } from '../level/level-types';
import { checkPlayerName, type PlayerNameCheck } from '../player/player-name';
import {
  type ClassroomSession,
  type Participant,
  SESSION_FORMAT,
  type SessionSettings,
  type SessionStep,
  TIME_LIMITS_SECONDS,
} from './classroom-session';

/** A class of 35 and a few guests; more would not fit a scoreboard read from the back of a room. */
export const MAX_PARTICIPANTS = 40;
export const MAX_TEAM_MEMBERS = 12;
export const MAX_PLAYLIST = 20;

/** What the set-up form gathers, as typed. */
export interface SessionDraft {
  readonly name: string;
  readonly teams: boolean;
  /** Players: one per name, no members. Teams: a name and its members. */
  readonly participants: readonly { readonly name: string; readonly members: readonly string[] }[];
  readonly playlist: readonly string[];
  readonly settings: SessionSettings;
}

export type SetupField = 'name' | 'participants' | 'playlist' | 'timeLimit';

/** A problem with the draft: the field at fault, and a code whose text is setup.problem.<code> in the classroom namespace. */
export interface SetupProblem {
  readonly field: SetupField;
  readonly code:
    | 'nameEmpty'
    | 'nameTooLong'
    | 'noParticipants'
    | 'tooManyParticipants'
    | 'participantTooLong'
    | 'duplicateParticipant'
    | 'teamWithoutName'
    | 'tooManyMembers'
    | 'memberTooLong'
    | 'noLevels'
    | 'tooManyLevels'
    | 'unknownLevel'
    | 'timeLimit';
  readonly params?: Readonly<Record<string, string | number>>;
}

export type DraftCheck =
  | { readonly ok: true; readonly draft: SessionDraft }
  | { readonly ok: false; readonly problems: readonly SetupProblem[] };

/** A class name is kept like a player's name: it tags scores on the leaderboard. */
export function checkClassName(raw: string): PlayerNameCheck {
  return checkPlayerName(raw);
}

/** The names in pasted text: one per line (or, for a team's members, also separated by commas). */
export function namesIn(text: string, commas = false): string[] {
  return text
    .split(commas ? /[\r\n,;]+/ : /\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Checks a draft and returns it cleaned (names normalised as the leaderboard keeps them), or every
 * problem at once so the form can mark each field.
 */
export function checkSessionDraft(draft: SessionDraft, knownLevels: ReadonlySet<string>): DraftCheck {
  const problems: SetupProblem[] = [];
  const className = checkClassName(draft.name);
  if (!className.ok)
    problems.push({ field: 'name', code: className.problem === 'empty' ? 'nameEmpty' : 'nameTooLong' });

  const participants: { name: string; members: string[] }[] = [];
  const seen = new Set<string>();
  draft.participants.forEach((participant, index) => {
    if (draft.teams && participant.name.trim() === '' && participant.members.length === 0) return;
    const name = checkPlayerName(participant.name);
    if (!name.ok) {
      problems.push(
        name.problem === 'empty'
          ? { field: 'participants', code: 'teamWithoutName', params: { number: index + 1 } }
          : { field: 'participants', code: 'participantTooLong', params: { name: participant.name.trim() } },
      );
      return;
    }
    const key = name.name.toLocaleLowerCase();
    if (seen.has(key))
      problems.push({ field: 'participants', code: 'duplicateParticipant', params: { name: name.name } });
    seen.add(key);
    const members: string[] = [];
    for (const member of draft.teams ? participant.members : []) {
      const checked = checkPlayerName(member);
      if (checked.ok) members.push(checked.name);
      else problems.push({ field: 'participants', code: 'memberTooLong', params: { name: member.trim() } });
    }
    if (members.length > MAX_TEAM_MEMBERS)
      problems.push({
        field: 'participants',
        code: 'tooManyMembers',
        params: { name: name.name, max: MAX_TEAM_MEMBERS },
      });
    participants.push({ name: name.name, members });
  });
  if (participants.length === 0 && !problems.some((problem) => problem.field === 'participants'))
    problems.push({ field: 'participants', code: 'noParticipants' });
  if (participants.length > MAX_PARTICIPANTS)
    problems.push({ field: 'participants', code: 'tooManyParticipants', params: { max: MAX_PARTICIPANTS } });

  const playlist = [...new Set(draft.playlist)];
  if (playlist.length === 0) problems.push({ field: 'playlist', code: 'noLevels' });
  if (playlist.length > MAX_PLAYLIST)
    problems.push({ field: 'playlist', code: 'tooManyLevels', params: { max: MAX_PLAYLIST } });
  for (const id of playlist)
    if (!knownLevels.has(id)) problems.push({ field: 'playlist', code: 'unknownLevel', params: { id } });

  const limit = draft.settings.timeLimitSeconds;
  if (limit !== null && !TIME_LIMITS_SECONDS.includes(limit))
    problems.push({ field: 'timeLimit', code: 'timeLimit' });

  if (problems.length > 0 || !className.ok) return { ok: false, problems };
  return { ok: true, draft: { ...draft, name: className.name, participants, playlist } };
}

/**
 * A new session from a checked draft. The playlist is expanded into its challenges now, so the
 * session plays on as it was set up even if a level file changes later.
 */
export function createSession(
  draft: SessionDraft,
  levels: readonly Level[],
  { id, now }: { readonly id: string; readonly now: number },
): ClassroomSession {
  const participants: Participant[] = draft.participants.map((participant, index) => ({
    id: `p${index + 1}`,
    name: participant.name,
    members: draft.teams ? [...participant.members] : [],
  }));
  const steps = playlistSteps(draft.playlist, levels, draft.settings.difficulty);
  return {
    format: SESSION_FORMAT,
    id,
    name: draft.name,
    createdAt: now,
    updatedAt: now,
    teams: draft.teams,
    participants,
    playlist: [...draft.playlist],
    steps,
    settings: draft.settings,
    answers: [],
    skips: [],
    reviewedSteps: 0,
    paused: false,
    endedAt: null,
    endedEarly: false,
  };
}

/** The playlist's challenges in the teacher's order, as the session will play them. */
export function playlistSteps(
  playlist: readonly string[],
  levels: readonly Level[],
  difficulty: Difficulty,
): SessionStep[] {
  return playlist.flatMap((levelId) => {
    const level = levels.find((candidate) => candidate.id === levelId);
    if (!level) return [];
    return applyDifficulty(level, difficulty).challenges.map((challenge) => ({
      levelId,
      challengeId: challenge.id,
      kind: challenge.kind,
    }));
  });
}

/**
 * In relay mode each challenge is one turn, passed round the class once: with fewer challenges
 * than participants, the last ones never play. The set-up form says so before the lesson starts.
 */
export function relayTurns(participants: number, steps: number): { playing: number; left: number } {
  const playing = Math.min(participants, steps);
  return { playing, left: participants - playing };
}
