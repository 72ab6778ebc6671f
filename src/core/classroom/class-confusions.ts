import { contentKey, type FeedbackMessage } from '../feedback/feedback-message';
import { placeFeedback } from '../feedback/place-feedback';
import { swappedPairs } from '../feedback/timeline-feedback';
import type { CountryShape } from '../geo/country-shapes';
import { lonLat } from '../geo/lon-lat';
import type { Challenge, MatchChallenge, PlaceChallenge, TimelineChallenge } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';
import type { ClassroomSession, SessionStep } from './classroom-session';
import { answersAt } from './session-position';

/**
 * One confusion several participants made on the same item:
 * - place: they put the card on another place of the challenge (`with`: that item's id), or in
 *   another country (`with`: its ISO alpha-3);
 * - target: they linked the item to the same wrong target (`with`: the target id);
 * - order: they put this event before an earlier one (`with`: the earlier event's id).
 */
export interface ClassConfusion {
  readonly step: number;
  readonly itemId: string;
  readonly kind: 'place' | 'country' | 'target' | 'order';
  readonly with: string;
  /** How many participants made it, of the `answered` who answered the step. */
  readonly count: number;
  readonly answered: number;
  /** "9 of 24 put Almaty where Astana is", with `count` and `answered` among its params. */
  readonly message: FeedbackMessage;
}

export interface ClassConfusionOptions {
  /** The shipped country shapes, to count drops in another country; without them only places count. */
  readonly shapes?: readonly CountryShape[];
  /** Fewest participants for a confusion to be listed: one pupil's slip is not a class's confusion. */
  readonly minCount?: number;
  /** At most this many, the most common first. */
  readonly limit?: number;
}

/**
 * The most common confusions across a session's answers, for the class results, the item analysis,
 * the print and the CSV. `challengeOf` finds a step's challenge in its level; a step whose level is
 * gone is left out. Sorted by how many made the confusion, then by its share of those who answered,
 * then in playing order.
 */
export function classConfusions(
  session: ClassroomSession,
  challengeOf: (step: SessionStep) => Challenge | undefined,
  options: ClassConfusionOptions = {},
): ClassConfusion[] {
  const minCount = options.minCount ?? 2;
  const found: ClassConfusion[] = [];
  session.steps.forEach((sessionStep, step) => {
    const challenge = challengeOf(sessionStep);
    if (!challenge) return;
    const results = answersAt(session, step).map((answer) => answer.result);
    const tally = new Map<string, { confusion: Confusion; count: number }>();
    for (const result of results) {
      for (const confusion of confusionsIn(challenge, result, options.shapes)) {
        const key = `${confusion.itemId}\u0000${confusion.kind}\u0000${confusion.with}`;
        const entry = tally.get(key) ?? { confusion, count: 0 };
        entry.count += 1;
        tally.set(key, entry);
      }
    }
    for (const { confusion, count } of tally.values()) {
      if (count < minCount) continue;
      const { itemId, kind, key, texts, countries } = confusion;
      const params = { count, answered: results.length };
      found.push({
        step,
        itemId,
        kind,
        with: confusion.with,
        count,
        answered: results.length,
        message: { key, params, texts, countries },
      });
    }
  });
  found.sort((a, b) => b.count - a.count || b.count / b.answered - a.count / a.answered || a.step - b.step);
  return options.limit === undefined ? found : found.slice(0, options.limit);
}

/** One participant's confusion, with the words of its message but not yet the class's counts. */
interface Confusion {
  readonly itemId: string;
  readonly kind: ClassConfusion['kind'];
  readonly with: string;
  readonly key: string;
  readonly texts: FeedbackMessage['texts'];
  readonly countries: FeedbackMessage['countries'];
}

/** The confusions in one participant's answer to a challenge. */
function confusionsIn(
  challenge: Challenge,
  result: ChallengeResult,
  shapes?: readonly CountryShape[],
): Confusion[] {
  switch (challenge.kind) {
    case 'place':
      return placeConfusions(challenge, result, shapes);
    case 'match':
      return matchConfusions(challenge, result);
    case 'timeline':
      return timelineConfusions(challenge, result);
  }
}

function placeConfusions(
  challenge: PlaceChallenge,
  result: ChallengeResult,
  shapes?: readonly CountryShape[],
): Confusion[] {
  const byId = new Map(challenge.items.map((item) => [item.id, item]));
  return result.items.flatMap((answer): Confusion[] => {
    const item = byId.get(answer.itemId);
    if (!item || !answer.guessLonLat || answer.correct) return [];
    const [lon, lat] = answer.guessLonLat;
    const confusion = placeFeedback(challenge, item, lonLat(lon, lat), shapes ? { shapes } : {})?.confusion;
    const texts = { item: contentKey(item.name) };
    if (confusion?.kind === 'country')
      return [
        {
          itemId: item.id,
          kind: 'country',
          with: confusion.with,
          key: 'feedback:class.placedInCountry',
          texts,
          countries: { country: confusion.with },
        },
      ];
    const other = confusion?.kind === 'place' ? byId.get(confusion.with) : undefined;
    if (!other) return [];
    return [
      {
        itemId: item.id,
        kind: 'place',
        with: other.id,
        key: 'feedback:class.placedOn',
        texts: { ...texts, other: contentKey(other.name) },
        countries: {},
      },
    ];
  });
}

function matchConfusions(challenge: MatchChallenge, result: ChallengeResult): Confusion[] {
  const items = new Map(challenge.items.map((item) => [item.id, item]));
  const targets = new Map(challenge.targets.map((target) => [target.id, target]));
  return result.items.flatMap((answer): Confusion[] => {
    const item = items.get(answer.itemId);
    const target = answer.answer === undefined ? undefined : targets.get(answer.answer);
    if (!item || !target || answer.correct) return [];
    const texts = { item: contentKey(item.text), target: contentKey(target.text) };
    return [
      {
        itemId: item.id,
        kind: 'target',
        with: target.id,
        key: 'feedback:class.linked',
        texts,
        countries: {},
      },
    ];
  });
}

/** The order a participant gave, from each card's 1-based slot, and the pairs it swaps. */
function timelineConfusions(challenge: TimelineChallenge, result: ChallengeResult): Confusion[] {
  const items = new Map(challenge.items.map((item) => [item.id, item]));
  const placedOrder = result.items
    .filter((item) => item.answer !== undefined && Number.isFinite(Number(item.answer)))
    .sort((a, b) => Number(a.answer) - Number(b.answer))
    .map((item) => item.itemId);
  return swappedPairs(challenge.items, placedOrder).flatMap((pair): Confusion[] => {
    const later = items.get(pair.later);
    const earlier = items.get(pair.earlier);
    if (!later || !earlier) return [];
    const texts = { later: contentKey(later.text), earlier: contentKey(earlier.text) };
    return [
      {
        itemId: later.id,
        kind: 'order',
        with: earlier.id,
        key: 'feedback:class.swapped',
        texts,
        countries: {},
      },
    ];
  });
}
