import type { Challenge } from './level-types';

/** The content key that names an item on its card: a place's name, an event's or actor's text. */
export function itemLabelKey(challenge: Challenge, itemId: string): string | undefined {
  for (const item of challenge.items) {
    if (item.id !== itemId) continue;
    return 'name' in item ? item.name : item.text;
  }
  return undefined;
}
