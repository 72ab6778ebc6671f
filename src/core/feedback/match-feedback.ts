import type { MatchChallenge, MatchItem } from '../level/level-types';
import { contentKey, type FeedbackMessage } from './feedback-message';

/**
 * What to tell a player who linked `item` to the target `chosen`, or null when that link is
 * right (or names no target of the challenge):
 * - pairs: the chosen target describes another item ("“Chaired the CSTO”: that is Armenia, not
 *   Tajikistan"), or none of them (a distractor);
 * - categories: where the item belongs, and another item that does belong where it was put.
 */
export function matchFeedback(
  challenge: MatchChallenge,
  item: MatchItem,
  chosen: string,
): FeedbackMessage | null {
  if (chosen === item.answer) return null;
  const target = challenge.targets.find((candidate) => candidate.id === chosen);
  if (!target) return null;
  const targetText = contentKey(target.text);
  const itemText = contentKey(item.text);

  if (challenge.mode === 'pairs') {
    const owner = challenge.items.find((other) => other.answer === chosen);
    if (!owner)
      return { key: 'feedback:match.fitsNone', params: {}, texts: { target: targetText }, countries: {} };
    return {
      key: 'feedback:match.fitsOther',
      params: {},
      texts: { target: targetText, other: contentKey(owner.text), item: itemText },
      countries: {},
    };
  }

  const right = challenge.targets.find((candidate) => candidate.id === item.answer);
  // Levels are validated before play (every answer names a target), so this is a bug, not a player error.
  if (!right) throw new Error(`Match item "${item.id}" answers "${item.answer}", which is no target`);
  const texts = { item: itemText, chosen: targetText, right: contentKey(right.text) };
  const example = challenge.items.find((other) => other.id !== item.id && other.answer === chosen);
  if (!example) return { key: 'feedback:match.belongsIn', params: {}, texts, countries: {} };
  return {
    key: 'feedback:match.belongsInExample',
    params: {},
    texts: { ...texts, example: contentKey(example.text) },
    countries: {},
  };
}
