import { fromTuple } from '../../geo/lon-lat';
import type { LonLatTuple, PlaceChallenge, PlaceKind, TextKey } from '../../level/level-types';
import type { ChallengeResult, ItemResult } from '../../run/level-run';
import { isRecord, ownField } from '../answer-input';
import type { ChallengeModule, ParsedAnswer } from '../challenge-module';
import { PLACE_POINTS_PER_ITEM, scorePlaceGuess } from './place-scoring';

/** One card's drop: where it went, or null for "I don't know". */
export interface PlaceDrop {
  readonly itemId: string;
  readonly lonLat: LonLatTuple | null;
}

/** What a player did in a place challenge: the drops in the order made. Cards not listed were never reached. */
export interface PlaceAnswer {
  readonly kind: 'place';
  readonly drops: readonly PlaceDrop[];
}

/** A place card as a player sees it before the reveal: its name and kind, not where it is. */
export interface PlacePlayerItem {
  readonly id: string;
  readonly name: TextKey;
  readonly kind: PlaceKind;
}

export interface PlacePlayerView {
  readonly kind: 'place';
  readonly id: string;
  readonly prompt: TextKey;
  readonly items: readonly PlacePlayerItem[];
}

export const placeModule: ChallengeModule<'place', PlaceChallenge, PlaceAnswer, PlacePlayerView> = {
  kind: 'place',
  pointsPerItem: PLACE_POINTS_PER_ITEM,
  playerView: (challenge) => ({
    kind: 'place',
    id: challenge.id,
    prompt: challenge.prompt,
    items: challenge.items.map((item) => ({ id: item.id, name: item.name, kind: item.kind })),
  }),
  emptyAnswer: () => ({ kind: 'place', drops: [] }),
  parseAnswer: parsePlaceAnswer,
  score: scorePlaceAnswer,
  viewTextKeys: (view) => [view.prompt, ...view.items.map((item) => item.name)],
};

/**
 * Scores the drops in the order made (the streak bonus reads that order); a card dropped twice
 * counts its first drop only, and the cards never reached come last, skipped.
 */
export function scorePlaceAnswer(challenge: PlaceChallenge, answer: PlaceAnswer): ChallengeResult {
  const byId = new Map(challenge.items.map((item) => [item.id, item]));
  const items: ItemResult[] = [];
  const seen = new Set<string>();
  for (const drop of answer.drops) {
    const item = byId.get(drop.itemId);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    // A parsed answer holds only real coordinates; anything else is "I don't know", never NaN points.
    const lonLat = drop.lonLat?.every(Number.isFinite) ? drop.lonLat : null;
    const score = scorePlaceGuess(challenge, item, lonLat ? fromTuple(lonLat) : null);
    const base = {
      itemId: item.id,
      points: score.points,
      maxPoints: score.maxPoints,
      correct: score.correct,
    };
    items.push(
      lonLat === null || score.distanceKm === null
        ? { ...base, skipped: true }
        : { ...base, distanceKm: score.distanceKm, guessLonLat: lonLat },
    );
  }
  for (const item of challenge.items) {
    if (!seen.has(item.id))
      items.push({
        itemId: item.id,
        points: 0,
        maxPoints: PLACE_POINTS_PER_ITEM,
        correct: false,
        skipped: true,
      });
  }
  return { challengeId: challenge.id, kind: 'place', items };
}

function parsePlaceAnswer(view: PlacePlayerView, raw: unknown): ParsedAnswer<PlaceAnswer> {
  if (!isRecord(raw)) return { ok: false, problem: 'notAnObject' };
  if (ownField(raw, 'kind') !== 'place') return { ok: false, problem: 'wrongKind' };
  const drops = ownField(raw, 'drops');
  if (!Array.isArray(drops)) return { ok: false, problem: 'badValue' };
  if (drops.length > view.items.length) return { ok: false, problem: 'tooLarge' };
  const ids = new Set(view.items.map((item) => item.id));
  const parsed: PlaceDrop[] = [];
  const seen = new Set<string>();
  for (const drop of drops) {
    if (!isRecord(drop)) return { ok: false, problem: 'badValue' };
    const itemId = ownField(drop, 'itemId');
    if (typeof itemId !== 'string') return { ok: false, problem: 'badValue' };
    if (!ids.has(itemId)) return { ok: false, problem: 'unknownItem' };
    if (seen.has(itemId)) return { ok: false, problem: 'badValue' };
    seen.add(itemId);
    const lonLat = ownField(drop, 'lonLat');
    if (lonLat === null) {
      parsed.push({ itemId, lonLat: null });
      continue;
    }
    if (!Array.isArray(lonLat) || lonLat.length !== 2) return { ok: false, problem: 'badValue' };
    const [lon, lat] = lonLat as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number') return { ok: false, problem: 'badValue' };
    // Written so that NaN fails too.
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return { ok: false, problem: 'badValue' };
    parsed.push({ itemId, lonLat: [lon, lat] });
  }
  return { ok: true, answer: { kind: 'place', drops: parsed } };
}
