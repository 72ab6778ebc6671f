/**
 * The level format, mirroring levels/schema.json. Every text field is an i18next key of the
 * `content` namespace; the core never holds translated text.
 */

/** A key of the `content` namespace, e.g. "places.almaty.name". */
export type TextKey = string;

/** [longitude, latitude] in degrees, as in GeoJSON. */
export type LonLatTuple = readonly [number, number];

export type ProjectionName =
  | 'conicConformal'
  | 'conicEqualArea'
  | 'azimuthalEqualArea'
  | 'mercator'
  | 'equirectangular'
  | 'naturalEarth1';

export interface ArticleRef {
  readonly title: TextKey;
  readonly paragraphs: number;
}

export interface SourceRef {
  readonly article: string;
  readonly paragraph: number;
}

export interface MapView {
  readonly projection: ProjectionName;
  /** [west, south, east, north] in degrees. */
  readonly bbox: readonly [number, number, number, number];
  readonly highlight?: readonly string[];
  readonly labels?: boolean;
}

export interface ItemBase {
  readonly id: string;
  readonly fact: TextKey;
  readonly note?: TextKey;
  readonly source: readonly SourceRef[];
}

export type PlaceKind = 'city' | 'capital' | 'region' | 'country' | 'sea' | 'site';

export interface PlaceItem extends ItemBase {
  readonly name: TextKey;
  readonly kind: PlaceKind;
  readonly lonLat: LonLatTuple;
  readonly toleranceKm: number;
}

/**
 * A confusion the author knows to be common: the player put `item` where `confusedWith` (another
 * item of the same challenge) is. Its note is shown, besides the game's own words, when it happens.
 */
export interface KnownConfusion {
  readonly item: string;
  readonly confusedWith: string;
  readonly note: TextKey;
}

export interface PlaceChallenge {
  readonly kind: 'place';
  readonly id: string;
  readonly prompt: TextKey;
  readonly maxDistanceKm: number;
  readonly items: readonly PlaceItem[];
  readonly confusions?: readonly KnownConfusion[];
}

export interface TimelineItem extends ItemBase {
  readonly text: TextKey;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly date: string;
  readonly place: TextKey;
  readonly lonLat: LonLatTuple;
}

export interface TimelineChallenge {
  readonly kind: 'timeline';
  readonly id: string;
  readonly prompt: TextKey;
  readonly items: readonly TimelineItem[];
}

export type MatchMode = 'pairs' | 'categories';
export type ActorKind = 'person' | 'organisation' | 'country' | 'statement';

export interface MatchTarget {
  readonly id: string;
  readonly text: TextKey;
}

export interface MatchItem extends ItemBase {
  readonly text: TextKey;
  readonly answer: string;
  readonly actor?: ActorKind;
  readonly initials?: string;
  readonly country?: string;
}

export interface MatchChallenge {
  readonly kind: 'match';
  readonly id: string;
  readonly prompt: TextKey;
  readonly mode: MatchMode;
  readonly onMap?: boolean;
  readonly targets: readonly MatchTarget[];
  readonly items: readonly MatchItem[];
}

export type Challenge = PlaceChallenge | TimelineChallenge | MatchChallenge;
export type ChallengeKind = Challenge['kind'];

export interface Level {
  readonly formatVersion: 1;
  readonly id: string;
  readonly chapter: number;
  readonly order: number;
  readonly title: TextKey;
  readonly summary?: TextKey;
  readonly articles: Readonly<Record<string, ArticleRef>>;
  readonly map: MapView;
  /** Share of the maximum score for one, two and three stars. */
  readonly stars: readonly [number, number, number];
  readonly challenges: readonly Challenge[];
  /** Texts carried by the level itself (teachers' levels loaded from disk), by language. */
  readonly texts?: Readonly<Record<string, unknown>>;
}

/** Whether the level carries a text for this key in some language. */
export function levelHasOwnText(level: Level, key: string): boolean {
  return Object.values(level.texts ?? {}).some((tree) => {
    let node: unknown = tree;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    return typeof node === 'string';
  });
}

/** Every content key a level refers to, for the locale checks. */
export function levelTextKeys(level: Level): string[] {
  const keys: string[] = [level.title];
  if (level.summary) keys.push(level.summary);
  for (const article of Object.values(level.articles)) keys.push(article.title);
  for (const challenge of level.challenges) {
    keys.push(challenge.prompt);
    if (challenge.kind === 'place')
      for (const confusion of challenge.confusions ?? []) keys.push(confusion.note);
    if (challenge.kind === 'match') for (const target of challenge.targets) keys.push(target.text);
    for (const item of challenge.items) {
      keys.push(item.fact);
      if (item.note) keys.push(item.note);
      if ('name' in item) keys.push(item.name);
      if ('text' in item) keys.push(item.text);
      if ('place' in item) keys.push(item.place);
    }
  }
  return keys;
}
