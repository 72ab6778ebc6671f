import {
  checkClassName,
  checkSessionDraft,
  type SessionDraft,
  type SetupProblem,
} from '../../core/classroom/session-setup';
import type { LiveSetup } from '../../core/live/live-protocol';

export type LiveSetupCheck =
  | { readonly ok: true; readonly setup: LiveSetup }
  | { readonly ok: false; readonly problems: readonly SetupProblem[] };

/**
 * The setup form's draft as a live room's setup: the same checks as a one-device session, except
 * the roster (pupils join themselves) and the turn mode (everyone plays at once). The server checks
 * it again.
 */
export function liveSetupOf(draft: SessionDraft, knownLevels: ReadonlySet<string>): LiveSetupCheck {
  const check = checkSessionDraft(draft, knownLevels);
  const problems = check.ok ? [] : check.problems.filter((problem) => problem.field !== 'participants');
  const className = checkClassName(draft.name);
  if (problems.length > 0 || !className.ok) return { ok: false, problems };
  const { turnMode: _turnMode, ...settings } = draft.settings;
  return {
    ok: true,
    setup: { className: className.name, playlist: [...new Set(draft.playlist)], settings },
  };
}
