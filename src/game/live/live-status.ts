/** What `GET /live/status` answers when a Live server serves the page. */
export interface LiveStatus {
  readonly pupilUrl: string;
  readonly teacherUrl: string;
}

/**
 * Asks the page's own origin whether a Live server is behind it. A static build or `vite preview`
 * serves the game's own assets/live/status.json, `{ "live": false }`, so asking never shows an error
 * in the console; the Live server answers that address itself. No Live session: null says so.
 */
export async function fetchLiveStatus(): Promise<LiveStatus | null> {
  try {
    const response = await fetch('live/status.json', { headers: { accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const { live, pupilUrl, teacherUrl } = body as Record<string, unknown>;
    if (live !== true || typeof pupilUrl !== 'string' || typeof teacherUrl !== 'string') return null;
    return { pupilUrl, teacherUrl };
  } catch (error) {
    // No server at all (a file opened from disk, the network down): no Live session, said on screen.
    console.info('Qantar: no Live server answers here.', error);
    return null;
  }
}

/** The address a pupil opens to join this room: the server's pupil address with the code in it. */
export function joinAddress(pupilUrl: string, code: string): string {
  return `${pupilUrl.replace(/#.*$/, '')}#/live/${code}`;
}
