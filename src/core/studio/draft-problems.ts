import { codePointLength, LEVEL_TEXT_LIMITS, type LevelTextRole } from '../level/level-text-limits';
import { isRealDate, type LevelValidator } from '../level/validate-level';
import { buildLevelFile } from './draft-to-level-file';
import type { LevelDraft, LocalText } from './level-draft';

/**
 * A problem of a draft, beside the field it concerns. `field` is a JSON Pointer into the draft
 * ("/challenges/0/items/2/lat"; "" for the whole level); `language` is set for a text field. A
 * problem of the game's validator keeps its code (a text of the ui namespace's levelProblem group); a
 * problem only the studio sees has `studio: true` (a text of the studio namespace's problem group).
 */
export interface DraftProblem {
  readonly field: string;
  readonly language?: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly studio: boolean;
}

/** The file name problems are reported under: the file "Load a level file" would receive. */
export function draftFileName(draft: LevelDraft): string {
  return `${draft.id || 'level'}.json`;
}

/** The dates the schema allows (levels/schema.json, timelineItem.date). */
const DATE_SHAPE = /^-?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

/** A level path's part that the draft holds as two fields of its own. */
const LON_LAT = /\/lonLat\/([01])$/;

/**
 * Where a problem of the level file sits in the draft. The file mirrors the draft but for the
 * articles (by letter in the file, by place in the draft), positions (one `lonLat`, two fields) and
 * texts (a key, a field and a language).
 */
function fieldOf(
  path: string,
  draft: LevelDraft,
  textFields: ReadonlyMap<string, string>,
): { field: string; language?: string } {
  const texts = /^\/texts\/([^/]+)\/(.+)$/.exec(path);
  if (texts?.[1] && texts[2]) {
    const key = texts[2].split('/').join('.');
    return { field: textFields.get(key) ?? '', language: texts[1] };
  }
  if (path === '/texts') return { field: '' };
  const article = /^\/articles\/([^/]+)(.*)$/.exec(path);
  if (article?.[1] !== undefined) {
    const index = draft.articles.findIndex((candidate) => candidate.letter === article[1]);
    return { field: index < 0 ? '/articles' : `/articles/${index}${article[2] ?? ''}` };
  }
  const lonLat = LON_LAT.exec(path);
  if (lonLat) return { field: path.replace(LON_LAT, lonLat[1] === '0' ? '/lon' : '/lat') };
  return { field: path };
}

/**
 * Texts left empty in one of the level's languages: a required one, or an optional one (a note, the
 * summary) written in another language. The file would fall back to another language's words.
 */
function emptyTexts(draft: LevelDraft, textFields: ReadonlyMap<string, string>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const read = (field: string): LocalText | undefined => {
    let node: unknown = draft;
    for (const part of field.split('/').slice(1)) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    return node && typeof node === 'object' ? (node as LocalText) : undefined;
  };
  for (const field of textFields.values()) {
    const text = read(field);
    for (const language of draft.languages) {
      const written = text?.[language]?.trim() ?? '';
      if (written === '') problems.push(studioProblem(field, 'emptyText', {}, language));
    }
  }
  return problems;
}

function studioProblem(
  field: string,
  code: string,
  params: Record<string, string | number> = {},
  language?: string,
): DraftProblem {
  return { field, code, params, studio: true, ...(language ? { language } : {}) };
}

/** The longest text each field may hold, so that a teacher learns it while typing, not on export. */
function roleOf(field: string): LevelTextRole {
  const last = field.split('/').at(-1) ?? '';
  if (field.startsWith('/articles/')) return 'article';
  if (field.includes('/targets/')) return 'target';
  if (last in LEVEL_TEXT_LIMITS) return last as LevelTextRole;
  return 'text';
}

function tooLongTexts(draft: LevelDraft, textFields: ReadonlyMap<string, string>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const field of textFields.values()) {
    let node: unknown = draft;
    for (const part of field.split('/').slice(1)) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    const text = (node ?? {}) as LocalText;
    const limit = LEVEL_TEXT_LIMITS[roleOf(field)];
    for (const language of draft.languages) {
      const found = codePointLength(text[language] ?? '');
      if (found > limit) problems.push(studioProblem(field, 'tooLong', { found, limit }, language));
    }
  }
  return problems;
}

/**
 * The studio's own rules, which a level file cannot break because it has no such fields, and the
 * validator's date rule, which it only applies once the whole file has the right shape: a teacher
 * learns of a 30 February at once.
 */
function studioRules(draft: LevelDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  draft.challenges.forEach((challenge, c) => {
    if (challenge.kind !== 'timeline') return;
    challenge.items.forEach((item, i) => {
      const field = `/challenges/${c}/items/${i}/date`;
      if (item.date === '') problems.push(studioProblem(field, 'emptyDate'));
      else if (DATE_SHAPE.test(item.date) && !isRealDate(item.date))
        problems.push({ field, code: 'invalidDate', params: { date: item.date }, studio: false });
    });
  });
  if (draft.languages.length === 0) problems.push(studioProblem('/languages', 'noLanguage'));
  draft.challenges.forEach((challenge, c) => {
    challenge.items.forEach((item, i) => {
      const note = Object.values(item.note).some((text) => text.trim() !== '');
      if (item.stance === 'opinion' && !note)
        problems.push(studioProblem(`/challenges/${c}/items/${i}/note`, 'opinionNeedsNote'));
    });
  });
  return problems;
}

/**
 * Every problem of a draft: the game's own validator run on the level file the draft makes (so the
 * studio never accepts what "Load a level file" would refuse), each mapped back to its field, and
 * the studio's checks of what the file cannot hold (an empty text, an opinion without its note).
 * The validator's length check is left to the studio's, which names the field and the language.
 */
export function draftProblems(draft: LevelDraft, validator: LevelValidator): DraftProblem[] {
  const { file, textFields } = buildLevelFile(draft);
  const checked = validator.check(draftFileName(draft), file);
  const fromValidator: DraftProblem[] = checked.ok
    ? []
    : checked.problems
        .filter((problem) => problem.code !== 'ownTextTooLong')
        .map((problem) => ({
          ...fieldOf(problem.path, draft, textFields),
          code: problem.code,
          params: problem.params,
          studio: false,
        }));
  const own = studioRules(draft).filter(
    (problem) => !fromValidator.some((other) => other.field === problem.field && other.code === problem.code),
  );
  return [...fromValidator, ...emptyTexts(draft, textFields), ...tooLongTexts(draft, textFields), ...own];
}

/** The problems of one field (and of one language of it, for a text). */
export function problemsOf(
  problems: readonly DraftProblem[],
  field: string,
  language?: string,
): DraftProblem[] {
  return problems.filter(
    (problem) =>
      problem.field === field &&
      (language === undefined || problem.language === undefined || problem.language === language),
  );
}
