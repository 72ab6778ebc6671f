/**
 * The address of a running session, #/classroom/<id>: a reload (or a tab reopened from history)
 * comes back into the session. The shared router does not know it and opens the title screen,
 * which hands over to the classroom (see TitleScene).
 */
const PATTERN = /^#\/classroom\/([a-z0-9-]+)\/?$/;

export function sessionIdInAddress(hash: string): string | null {
  return PATTERN.exec(hash)?.[1] ?? null;
}

/** Records the session in the address without adding a history entry per screen. */
export function showSessionAddress(sessionId: string): void {
  const hash = `#/classroom/${sessionId}`;
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}
