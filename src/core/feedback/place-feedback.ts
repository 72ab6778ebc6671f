import { type CountryShape, countryAt } from '../geo/country-shapes';
import { distanceKm } from '../geo/great-circle';
import { fromTuple, type LonLat } from '../geo/lon-lat';
import type { KnownConfusion, PlaceChallenge, PlaceItem } from '../level/level-types';
import { compassPoint, directionKey, roundedKm } from './compass';
import { contentKey, type FeedbackMessage } from './feedback-message';

/** What the player probably confused, for a card dropped outside its tolerance. */
export type PlaceConfusion =
  /** The drop is on another place of the challenge: that item's id. */
  | { readonly kind: 'place'; readonly with: string }
  /** The drop is in another country than the place's: its ISO alpha-3. */
  | { readonly kind: 'country'; readonly with: string }
  /** Neither: only how far and which way the drop is. */
  | { readonly kind: 'away' };

export interface PlaceFeedback {
  readonly confusion: PlaceConfusion;
  readonly message: FeedbackMessage;
  /** The level's note on this very confusion, when it has one. */
  readonly note?: FeedbackMessage;
}

/** A drop counts as "on" another place within this many times that place's tolerance… */
const ON_PLACE_TOLERANCES = 2;
/** …and never closer than this, so a tight city tolerance still catches a drop on the city. */
const ON_PLACE_MIN_KM = 75;

/**
 * The place the drop lands on, when it is another item of the challenge: the nearest one whose
 * "on" radius holds the drop, and only if the drop is nearer to it than to the right place.
 */
export function placeUnderDrop(challenge: PlaceChallenge, item: PlaceItem, drop: LonLat): PlaceItem | null {
  const toTruth = distanceKm(drop, fromTuple(item.lonLat));
  let best: { other: PlaceItem; distance: number } | null = null;
  for (const other of challenge.items) {
    if (other.id === item.id) continue;
    const distance = distanceKm(drop, fromTuple(other.lonLat));
    const radius = Math.max(ON_PLACE_TOLERANCES * other.toleranceKm, ON_PLACE_MIN_KM);
    if (distance <= radius && distance < toTruth && (!best || distance < best.distance))
      best = { other, distance };
  }
  return best?.other ?? null;
}

/**
 * What to tell a player whose card `item` was dropped at `drop`, or null when there is nothing to
 * teach (no drop, or a drop within the tolerance). In order of what teaches most:
 * 1. the drop is on another place of the challenge: "You put Almaty on Astana, 970 km north…";
 * 2. the drop is in another country than the right place (from the shipped country shapes, when
 *    given): "You put Almaty in another country (Kyrgyzstan), … km south-west…";
 * 3. otherwise how far and which way the drop is from the right place.
 * The direction is the drop's, seen from the right place, as in "970 km north of where it is".
 */
export function placeFeedback(
  challenge: PlaceChallenge,
  item: PlaceItem,
  drop: LonLat | null,
  options: {
    readonly shapes?: readonly CountryShape[];
    readonly confusions?: readonly KnownConfusion[];
  } = {},
): PlaceFeedback | null {
  if (drop === null) return null;
  const truth = fromTuple(item.lonLat);
  const distance = distanceKm(drop, truth);
  if (distance <= item.toleranceKm) return null;
  const params = { distance: roundedKm(distance) };
  const texts = { item: contentKey(item.name), direction: directionKey(compassPoint(truth, drop)) };

  const other = placeUnderDrop(challenge, item, drop);
  if (other) {
    const known = options.confusions?.find(
      (confusion) => confusion.item === item.id && confusion.confusedWith === other.id,
    );
    return {
      confusion: { kind: 'place', with: other.id },
      message: {
        key: 'feedback:place.onOtherPlace',
        params,
        texts: { ...texts, other: contentKey(other.name) },
        countries: {},
      },
      ...(known ? { note: { key: contentKey(known.note), params: {}, texts: {}, countries: {} } } : {}),
    };
  }

  const country = options.shapes ? countryAt(options.shapes, drop) : null;
  const home = options.shapes ? countryAt(options.shapes, truth) : null;
  if (country && country.iso3 !== home?.iso3) {
    return {
      confusion: { kind: 'country', with: country.iso3 },
      message: { key: 'feedback:place.inCountry', params, texts, countries: { country: country.iso3 } },
    };
  }
  return {
    confusion: { kind: 'away' },
    message: { key: 'feedback:place.away', params, texts, countries: {} },
  };
}
