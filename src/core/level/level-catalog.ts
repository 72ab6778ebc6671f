import { type LevelProblem, MAX_LEVEL_FILE_CHARS } from './level-problem';
import type { ChallengeKind, Level } from './level-types';
import { levelHasOwnText, levelTextKeys } from './level-types';
import type { LevelValidator } from './validate-level';

export interface LevelFile {
  readonly file: string;
  readonly text: string;
}

export interface Chapter {
  readonly chapter: number;
  readonly levels: readonly Level[];
}

/** The playable levels, grouped and ordered, and what was wrong with the others. */
export interface LevelCatalog {
  readonly levels: readonly Level[];
  readonly chapters: readonly Chapter[];
  readonly problems: readonly LevelProblem[];
  /** Files refused, so a screen can say how many. */
  readonly brokenFiles: readonly string[];
}

/**
 * A problem for every content key the level uses that has no text the game can show. A level that
 * carries texts of its own is told the shape they must have, not to edit the game's locale files.
 */
function missingTexts(file: string, level: Level, hasText: (key: string) => boolean): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const languages = Object.keys(level.texts ?? {});
  for (const key of new Set(levelTextKeys(level))) {
    if (hasText(key) || levelHasOwnText(level, key)) continue;
    if (languages.length === 0) {
      problems.push({ file, path: '', code: 'missingText', params: { key } });
      continue;
    }
    const parts = key.split('.');
    const shape = parts.reduceRight((inner, part) => `{ "${part}": ${inner} }`, '"…"');
    problems.push({
      file,
      path: '/texts',
      code: 'levelTextMissing',
      params: { key, shape: `"texts": { "${languages[0]}": ${shape} }` },
    });
  }
  return problems;
}

/**
 * Validates every file and keeps the good ones. A broken file never stops the others: it only adds
 * problems. Files are taken in the order given, so that of two levels with one id the first wins:
 * the game's own levels come before any a teacher adds. `hasText` tells whether a content key has a text in some language the game can show.
 */
export function buildCatalog(
  validator: LevelValidator,
  files: readonly LevelFile[],
  hasText: (key: string) => boolean,
): LevelCatalog {
  const problems: LevelProblem[] = [];
  const brokenFiles: string[] = [];
  const byId = new Map<string, { level: Level; file: string }>();

  for (const { file, text } of files) {
    const result = validator.parse(file, text);
    const fileProblems: LevelProblem[] = result.ok ? [] : [...result.problems];
    if (result.ok) {
      const other = byId.get(result.level.id);
      if (other) {
        fileProblems.push({
          file,
          path: '/id',
          code: 'duplicateLevelId',
          params: { id: result.level.id, other: other.file },
        });
      }
      fileProblems.push(...missingTexts(file, result.level, hasText));
      if (fileProblems.length === 0) byId.set(result.level.id, { level: result.level, file });
    }
    if (fileProblems.length > 0) {
      brokenFiles.push(file);
      problems.push(...fileProblems);
    }
  }

  const levels = [...byId.values()].map((entry) => entry.level).sort(compareLevels);
  return { levels, chapters: groupByChapter(levels), problems, brokenFiles };
}

/** The `id` a file's text claims, read without validating it; undefined if it names none. */
export function claimedId(text: string): string | undefined {
  if (text.length > MAX_LEVEL_FILE_CHARS) return undefined;
  try {
    const id = (JSON.parse(text.replace(/^\uFEFF/, '')) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The level `buildCatalog` would keep under `levelId`, validating only the files that claim that
 * id: the first of them, in the order given, that passes every check. A link to a level can start
 * it without waiting for all the others. Problems are not reported here: the catalog lists them.
 * `index` is the found file's place in `files`.
 */
export function findLevel(
  validator: LevelValidator,
  files: readonly LevelFile[],
  levelId: string,
  hasText: (key: string) => boolean,
): { readonly level: Level; readonly index: number } | undefined {
  for (const [index, entry] of files.entries()) {
    if (claimedId(entry.text) !== levelId) continue;
    const result = validator.parse(entry.file, entry.text);
    if (result.ok && missingTexts(entry.file, result.level, hasText).length === 0)
      return { level: result.level, index };
  }
  return undefined;
}

function compareLevels(a: Level, b: Level): number {
  return a.chapter - b.chapter || a.order - b.order || a.id.localeCompare(b.id);
}

function groupByChapter(levels: readonly Level[]): Chapter[] {
  const chapters: { chapter: number; levels: Level[] }[] = [];
  for (const level of levels) {
    const last = chapters.at(-1);
    if (last && last.chapter === level.chapter) last.levels.push(level);
    else chapters.push({ chapter: level.chapter, levels: [level] });
  }
  return chapters;
}

/** Kinds a level uses, in first-appearance order, for the icons of the level select. */
export function levelKinds(level: Level): ChallengeKind[] {
  return [...new Set(level.challenges.map((challenge) => challenge.kind))];
}

/** The level after this one in catalog order, for "Next level". */
export function nextLevel(catalog: LevelCatalog, levelId: string): Level | undefined {
  const index = catalog.levels.findIndex((level) => level.id === levelId);
  return index >= 0 ? catalog.levels[index + 1] : undefined;
}
