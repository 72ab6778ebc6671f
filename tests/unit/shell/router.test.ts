import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/game/router';

describe('router', () => {
  it('reads the links a teacher shares', () => {
    expect(parseRoute('#/level/places-of-the-crisis')).toEqual({
      screen: 'level',
      id: 'places-of-the-crisis',
    });
    expect(parseRoute('#/levels')).toEqual({ screen: 'levels' });
    expect(parseRoute('')).toEqual({ screen: 'title' });
    expect(parseRoute('#/level/<script>')).toEqual({ screen: 'title' });
  });
  it('writes what it reads', () => {
    for (const route of [
      { screen: 'title' },
      { screen: 'levels' },
      { screen: 'level', id: 'who-is-who' },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
