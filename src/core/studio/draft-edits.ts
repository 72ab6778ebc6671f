import type { ChallengeKind } from '../level/level-types';
import type {
  DraftChallenge,
  DraftItem,
  DraftMatchItem,
  DraftPlaceItem,
  DraftTimelineItem,
  LevelDraft,
} from './level-draft';

/**
 * Every change a teacher makes to a draft, as a value: the studio's forms dispatch these, the
 * reducer applies them without touching the draft it is given, and undo is the draft before.
 */
export type DraftEdit =
  /** One field, by its path in the draft (`['challenges', 0, 'items', 2, 'lat']`). */
  | { readonly type: 'set'; readonly path: readonly (string | number)[]; readonly value: unknown }
  | { readonly type: 'addLanguage'; readonly language: string }
  | { readonly type: 'removeLanguage'; readonly language: string }
  | { readonly type: 'addArticle' }
  | { readonly type: 'removeArticle'; readonly index: number }
  | { readonly type: 'addChallenge'; readonly kind: ChallengeKind }
  | { readonly type: 'removeChallenge'; readonly index: number }
  | { readonly type: 'moveChallenge'; readonly index: number; readonly by: -1 | 1 }
  | { readonly type: 'addItem'; readonly challenge: number; readonly lonLat?: readonly [number, number] }
  | { readonly type: 'removeItem'; readonly challenge: number; readonly index: number }
  | { readonly type: 'addTarget'; readonly challenge: number }
  | { readonly type: 'removeTarget'; readonly challenge: number; readonly index: number }
  | { readonly type: 'addSource'; readonly challenge: number; readonly item: number }
  | {
      readonly type: 'removeSource';
      readonly challenge: number;
      readonly item: number;
      readonly index: number;
    }
  | { readonly type: 'replace'; readonly draft: LevelDraft };

/** What the studio edits: the draft, and the drafts before the last changes, for undo. */
export interface StudioState {
  readonly draft: LevelDraft;
  readonly past: readonly LevelDraft[];
}

/** Enough undo for a slip, without keeping a long session's every keystroke. */
export const UNDO_DEPTH = 50;

export function startEditing(draft: LevelDraft): StudioState {
  return { draft, past: [] };
}

/** Applies one edit, remembering the draft before it; `undo` steps back once. */
export function studioReducer(
  state: StudioState,
  action: DraftEdit | { readonly type: 'undo' },
): StudioState {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    return previous ? { draft: previous, past: state.past.slice(0, -1) } : state;
  }
  const draft = applyEdit(state.draft, action);
  if (draft === state.draft) return state;
  return { draft, past: [...state.past.slice(-(UNDO_DEPTH - 1)), state.draft] };
}

/** The first id of the form `<stem>-<n>` that nothing in the draft uses yet. */
export function freshId(draft: LevelDraft, stem: string): string {
  const used = new Set<string>();
  for (const challenge of draft.challenges) {
    used.add(challenge.id);
    for (const item of challenge.items) used.add(item.id);
    if (challenge.kind === 'match') for (const target of challenge.targets) used.add(target.id);
  }
  for (let n = 1; ; n += 1) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

function setIn(node: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy;
  }
  const object = (node && typeof node === 'object' ? node : {}) as Record<string, unknown>;
  return { ...object, [head]: setIn(object[head], rest, value) };
}

function newChallenge(draft: LevelDraft, kind: ChallengeKind): DraftChallenge {
  const id = freshId(draft, kind);
  switch (kind) {
    case 'place':
      return { kind, id, prompt: {}, maxDistanceKm: 1500, items: [], confusions: [] };
    case 'timeline':
      return { kind, id, prompt: {}, items: [] };
    case 'match':
      return { kind, id, prompt: {}, mode: 'pairs', onMap: false, targets: [], items: [] };
  }
}

/** The middle of the map: where a new item stands until the teacher puts it elsewhere. */
function mapCentre(draft: LevelDraft): readonly [number, number] {
  const [west, south, east, north] = draft.map.bbox;
  return [Math.round(((west + east) / 2) * 1000) / 1000, Math.round(((south + north) / 2) * 1000) / 1000];
}

function newItem(
  draft: LevelDraft,
  challenge: DraftChallenge,
  lonLat?: readonly [number, number],
): DraftItem {
  const [lon, lat] = lonLat ?? mapCentre(draft);
  const base = {
    id: freshId(
      draft,
      challenge.kind === 'place' ? 'place' : challenge.kind === 'timeline' ? 'event' : 'item',
    ),
    fact: {},
    note: {},
    stance: 'fact' as const,
    source: [{ article: draft.articles[0]?.letter ?? 'A', paragraph: 1 }],
  };
  switch (challenge.kind) {
    case 'place':
      return { ...base, name: {}, kind: 'city', lon, lat, toleranceKm: 50 } satisfies DraftPlaceItem;
    case 'timeline':
      return { ...base, text: {}, date: '', place: {}, lon, lat } satisfies DraftTimelineItem;
    case 'match':
      return { ...base, text: {}, answer: challenge.targets[0]?.id ?? '' } satisfies DraftMatchItem;
  }
}

function withChallenge(
  draft: LevelDraft,
  index: number,
  change: (challenge: DraftChallenge) => DraftChallenge,
): LevelDraft {
  const challenge = draft.challenges[index];
  if (!challenge) return draft;
  return { ...draft, challenges: draft.challenges.map((each, c) => (c === index ? change(each) : each)) };
}

function withoutIndex<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function applyEdit(draft: LevelDraft, edit: DraftEdit): LevelDraft {
  switch (edit.type) {
    case 'set':
      return setIn(draft, edit.path, edit.value) as LevelDraft;
    case 'replace':
      return edit.draft;
    case 'addLanguage':
      return draft.languages.includes(edit.language)
        ? draft
        : { ...draft, languages: [...draft.languages, edit.language] };
    case 'removeLanguage':
      // The words typed in it stay in the draft: adding the language back brings them back.
      return { ...draft, languages: draft.languages.filter((language) => language !== edit.language) };
    case 'addArticle': {
      const used = new Set(draft.articles.map((article) => article.letter));
      const letter = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((candidate) => !used.has(candidate));
      return letter
        ? { ...draft, articles: [...draft.articles, { letter, title: {}, paragraphs: 1 }] }
        : draft;
    }
    case 'removeArticle':
      return { ...draft, articles: withoutIndex(draft.articles, edit.index) };
    case 'addChallenge':
      return { ...draft, challenges: [...draft.challenges, newChallenge(draft, edit.kind)] };
    case 'removeChallenge':
      return { ...draft, challenges: withoutIndex(draft.challenges, edit.index) };
    case 'moveChallenge': {
      const to = edit.index + edit.by;
      const moving = draft.challenges[edit.index];
      if (!moving || to < 0 || to >= draft.challenges.length) return draft;
      const rest = withoutIndex(draft.challenges, edit.index);
      return { ...draft, challenges: [...rest.slice(0, to), moving, ...rest.slice(to)] };
    }
    case 'addItem':
      return withChallenge(
        draft,
        edit.challenge,
        (challenge) =>
          ({
            ...challenge,
            items: [...challenge.items, newItem(draft, challenge, edit.lonLat)],
          }) as DraftChallenge,
      );
    case 'removeItem':
      return withChallenge(
        draft,
        edit.challenge,
        (challenge) =>
          ({ ...challenge, items: withoutIndex<DraftItem>(challenge.items, edit.index) }) as DraftChallenge,
      );
    case 'addTarget':
      return withChallenge(draft, edit.challenge, (challenge) =>
        challenge.kind === 'match'
          ? { ...challenge, targets: [...challenge.targets, { id: freshId(draft, 'target'), text: {} }] }
          : challenge,
      );
    case 'removeTarget':
      return withChallenge(draft, edit.challenge, (challenge) =>
        challenge.kind === 'match'
          ? { ...challenge, targets: withoutIndex(challenge.targets, edit.index) }
          : challenge,
      );
    case 'addSource':
    case 'removeSource': {
      const item = draft.challenges[edit.challenge]?.items[edit.item];
      if (!item) return draft;
      const source =
        edit.type === 'addSource'
          ? [...item.source, { article: draft.articles[0]?.letter ?? 'A', paragraph: 1 }]
          : withoutIndex(item.source, edit.index);
      return setIn(draft, ['challenges', edit.challenge, 'items', edit.item, 'source'], source) as LevelDraft;
    }
  }
}
