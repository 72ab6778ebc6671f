import { describe, expect, it } from 'vitest';
import {
  checkSessionDraft,
  createSession,
  namesIn,
  type SessionDraft,
} from '../../../src/core/classroom/session-setup';
import { LEVELS, SETTINGS, T0 } from './classroom-fixtures';

const draft = (overrides: Partial<SessionDraft> = {}): SessionDraft => ({
  name: '4e B',
  teams: false,
  participants: namesIn('Ana\nBen\n').map((name) => ({ name, members: [] })),
  playlist: ['first'],
  settings: SETTINGS,
  ...overrides,
});
const known = new Set(LEVELS.keys());

describe('setting up a session', () => {
  it('reads one name per line, with blank lines and spaces around ignored', () => {
    expect(namesIn(' Ana \r\n\n  Ben Ali\r\nChloé  ')).toEqual(['Ana', 'Ben Ali', 'Chloé']);
    expect(namesIn('Ana, Ben;Chloé\nDavid', true)).toEqual(['Ana', 'Ben', 'Chloé', 'David']);
  });

  it('accepts a good draft and expands the playlist into its challenges', () => {
    const check = checkSessionDraft(draft({ playlist: ['second', 'first'] }), known);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const session = createSession(check.draft, [...LEVELS.values()], { id: 's', now: T0 });
    expect(session.participants).toEqual([
      { id: 'p1', name: 'Ana', members: [] },
      { id: 'p2', name: 'Ben', members: [] },
    ]);
    expect(session.steps.map((step) => `${step.levelId}/${step.challengeId}`)).toEqual([
      'second/places',
      'second/days',
      'second/who',
      'first/places',
      'first/days',
      'first/who',
    ]);
    expect(session).toMatchObject({ answers: [], skips: [], paused: false, endedAt: null, reviewedSteps: 0 });
  });

  it('names every problem at once, by field', () => {
    const check = checkSessionDraft(
      draft({
        name: ' ',
        participants: [
          { name: 'Ana', members: [] },
          { name: 'ana', members: [] },
          { name: 'x'.repeat(31), members: [] },
        ],
        playlist: [],
        settings: { ...SETTINGS, timeLimitSeconds: 7 },
      }),
      known,
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((problem) => problem.code)).toEqual([
      'nameEmpty',
      'duplicateParticipant',
      'participantTooLong',
      'noLevels',
      'timeLimit',
    ]);
  });

  it('needs somebody to play and levels that exist', () => {
    const check = checkSessionDraft(draft({ participants: [], playlist: ['nowhere'] }), known);
    expect(!check.ok && check.problems).toEqual([
      { field: 'participants', code: 'noParticipants' },
      { field: 'playlist', code: 'unknownLevel', params: { id: 'nowhere' } },
    ]);
  });

  it('keeps teams with their members, leaves out empty rows, and wants a name for each team', () => {
    const teams = draft({
      teams: true,
      participants: [
        { name: 'Les Faucons', members: namesIn('Ana, Ben', true) },
        { name: '', members: [] },
        { name: '', members: ['Chloé'] },
      ],
    });
    const check = checkSessionDraft(teams, known);
    expect(!check.ok && check.problems).toEqual([
      { field: 'participants', code: 'teamWithoutName', params: { number: 3 } },
    ]);
    const fixed = checkSessionDraft({ ...teams, participants: teams.participants.slice(0, 2) }, known);
    expect(fixed.ok && fixed.draft.participants).toEqual([{ name: 'Les Faucons', members: ['Ana', 'Ben'] }]);
  });
});
