/**
 * Where the game is, as an address a teacher can share: #/, #/levels, #/level/<id>; Qantar Live's
 * #/live/<code> (a pupil joins a room; #/live asks for the code) and #/live-host/<code> (the
 * projector of a room, back after a reload).
 */
export type Route =
  | { readonly screen: 'title' }
  | { readonly screen: 'levels' }
  | { readonly screen: 'level'; readonly id: string }
  /** The level files kept on this device, listed without being checked (a plain address that opens nothing else). */
  | { readonly screen: 'levelFiles' }
  | { readonly screen: 'live'; readonly code: string | null }
  | { readonly screen: 'liveHost'; readonly code: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const level = /^\/level\/([a-z0-9-]+)\/?$/.exec(path);
  if (level?.[1]) return { screen: 'level', id: level[1] };
  if (/^\/levels\/?$/.test(path)) return { screen: 'levels' };
  if (/^\/level-files\/?$/.test(path)) return { screen: 'levelFiles' };
  const live = /^\/live(?:\/([A-Za-z0-9]{1,12}))?\/?$/.exec(path);
  if (live) return { screen: 'live', code: live[1]?.toUpperCase() ?? null };
  const host = /^\/live-host\/([A-Za-z0-9]{1,12})\/?$/.exec(path);
  if (host?.[1]) return { screen: 'liveHost', code: host[1].toUpperCase() };
  return { screen: 'title' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'levels':
      return '#/levels';
    case 'level':
      return `#/level/${route.id}`;
    case 'levelFiles':
      return '#/level-files';
    case 'live':
      return route.code ? `#/live/${route.code}` : '#/live';
    case 'liveHost':
      return `#/live-host/${route.code}`;
  }
}

/** Records where the player is without adding a history entry per screen. */
export function showRoute(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}
