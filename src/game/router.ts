/** Where the game is, as an address a teacher can share: #/, #/levels, #/level/<id>. */
export type Route =
  | { readonly screen: 'title' }
  | { readonly screen: 'levels' }
  | { readonly screen: 'level'; readonly id: string }
  /** The level files kept on this device, listed without being checked (a plain address that opens nothing else). */
  | { readonly screen: 'levelFiles' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const level = /^\/level\/([a-z0-9-]+)\/?$/.exec(path);
  if (level?.[1]) return { screen: 'level', id: level[1] };
  if (/^\/levels\/?$/.test(path)) return { screen: 'levels' };
  if (/^\/level-files\/?$/.test(path)) return { screen: 'levelFiles' };
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
  }
}

/** Records where the player is without adding a history entry per screen. */
export function showRoute(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}
