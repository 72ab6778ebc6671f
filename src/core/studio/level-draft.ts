import type { ActorKind, MatchMode, PlaceKind, ProjectionName } from '../level/level-types';

/**
 * A level being edited in the studio. Unlike a level file, it holds its words, side by side for
 * each language of the level, and it may be wrong or unfinished in any way a teacher can type: the
 * game's validator, run on `draftToLevelFile(draft)`, says what is still to fix. Positions are two
 * numbers (`lon`, `lat`) so that each has a field of its own.
 */

/** One text in each language of the level: language code → what the teacher typed. */
export type LocalText = Readonly<Record<string, string>>;

/**
 * Whether an item's fact is an established fact or an opinion the article gives. The level format
 * has no such field: the studio keeps it in the draft, and an opinion must say so in its note.
 */
export type Stance = 'fact' | 'opinion';

export interface DraftSource {
  readonly article: string;
  readonly paragraph: number;
}

export interface DraftItemBase {
  readonly id: string;
  readonly fact: LocalText;
  readonly note: LocalText;
  readonly stance: Stance;
  readonly source: readonly DraftSource[];
}

export interface DraftPlaceItem extends DraftItemBase {
  readonly name: LocalText;
  readonly kind: PlaceKind;
  readonly lon: number;
  readonly lat: number;
  readonly toleranceKm: number;
}

export interface DraftTimelineItem extends DraftItemBase {
  readonly text: LocalText;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the schema allows. */
  readonly date: string;
  readonly place: LocalText;
  readonly lon: number;
  readonly lat: number;
}

export interface DraftMatchItem extends DraftItemBase {
  readonly text: LocalText;
  readonly answer: string;
  readonly actor?: ActorKind;
  readonly initials?: string;
  readonly country?: string;
}

export interface DraftConfusion {
  readonly item: string;
  readonly confusedWith: string;
  readonly note: LocalText;
}

export interface DraftTarget {
  readonly id: string;
  readonly text: LocalText;
}

export interface DraftPlaceChallenge {
  readonly kind: 'place';
  readonly id: string;
  readonly prompt: LocalText;
  readonly maxDistanceKm: number;
  readonly items: readonly DraftPlaceItem[];
  readonly confusions: readonly DraftConfusion[];
}

export interface DraftTimelineChallenge {
  readonly kind: 'timeline';
  readonly id: string;
  readonly prompt: LocalText;
  readonly items: readonly DraftTimelineItem[];
}

export interface DraftMatchChallenge {
  readonly kind: 'match';
  readonly id: string;
  readonly prompt: LocalText;
  readonly mode: MatchMode;
  readonly onMap: boolean;
  readonly targets: readonly DraftTarget[];
  readonly items: readonly DraftMatchItem[];
}

export type DraftChallenge = DraftPlaceChallenge | DraftTimelineChallenge | DraftMatchChallenge;
export type DraftItem = DraftPlaceItem | DraftTimelineItem | DraftMatchItem;

export interface DraftArticle {
  /** The capital letter items cite it by ("A", "B"…). */
  readonly letter: string;
  /** Its title and publication, or its address. */
  readonly title: LocalText;
  readonly paragraphs: number;
}

export interface DraftMap {
  readonly projection: ProjectionName;
  readonly bbox: readonly [number, number, number, number];
  readonly highlight: readonly string[];
  readonly labels: boolean;
}

export interface LevelDraft {
  readonly id: string;
  readonly chapter: number;
  readonly order: number;
  /** The languages the teacher writes in, the first being the one a player without any of them sees. */
  readonly languages: readonly string[];
  readonly title: LocalText;
  readonly summary: LocalText;
  readonly articles: readonly DraftArticle[];
  readonly map: DraftMap;
  readonly stars: readonly [number, number, number];
  readonly challenges: readonly DraftChallenge[];
}

/** Chapter a teacher's level is listed under by default: after every chapter the game ships. */
export const DRAFT_CHAPTER = 90;

/** The region of the crisis the game is about: the map a new draft starts on. */
export const DEFAULT_BBOX: readonly [number, number, number, number] = [0, 33, 90, 62];

export function emptyDraft(id: string, language: string): LevelDraft {
  return {
    id,
    chapter: DRAFT_CHAPTER,
    order: 1,
    languages: [language],
    title: {},
    summary: {},
    articles: [{ letter: 'A', title: {}, paragraphs: 1 }],
    map: { projection: 'conicConformal', bbox: DEFAULT_BBOX, highlight: [], labels: true },
    stars: [0.4, 0.65, 0.85],
    challenges: [],
  };
}

/** Every text field of an item, by the name it has in the draft (and in the level file). */
export function itemTextFields(item: DraftItem): readonly ('fact' | 'note' | 'name' | 'text' | 'place')[] {
  if ('name' in item) return ['name', 'fact', 'note'];
  if ('date' in item) return ['text', 'place', 'fact', 'note'];
  return ['text', 'fact', 'note'];
}
