import type { ErrorObject } from 'ajv/dist/2020.js';
import { type LevelProblem, type LevelProblemCode, MAX_LEVEL_FILE_CHARS } from './level-problem';
import { codePointLength, LEVEL_TEXT_LIMITS, levelTextRoles } from './level-text-limits';
import type { Challenge, Level } from './level-types';
import { quoteText, readLevelJson } from './read-level-json';

export { MAX_LEVEL_FILE_CHARS };

/**
 * Problems reported for one file at most: a generated file with thousands of bad items gets the
 * first ones and a count, not a list too long to read or draw.
 */
export const MAX_PROBLEMS_PER_FILE = 40;

export type LevelParseResult =
  | { readonly ok: true; readonly level: Level }
  | { readonly ok: false; readonly problems: readonly LevelProblem[] };

export interface LevelValidator {
  /** Parses and checks one level file's text. Never throws: every fault becomes a problem. */
  parse(file: string, text: string): LevelParseResult;
  /** Checks an already parsed document. Never throws. */
  check(file: string, document: unknown): LevelParseResult;
}

/**
 * The level JSON Schema, compiled: an Ajv validate function, which leaves its errors on `errors`.
 * The game's is compiled ahead of time by `npm run levels:validator`
 * (level-schema-validator.generated.js), so that no schema is compiled at run time.
 */
export interface SchemaValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ErrorObject[] | null;
}

/**
 * Builds a validator around the compiled level schema. The validate function is passed in rather
 * than imported so that the core stays free of file paths and of generated code; the caller owns
 * where the schema and its compiled form live.
 */
export function createLevelValidator(validateSchema: SchemaValidateFunction): LevelValidator {
  const check = (file: string, document: unknown): LevelParseResult => {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      return fail([{ file, path: '', code: 'notAnObject', params: {} }]);
    }
    const version = (document as { formatVersion?: unknown }).formatVersion;
    if (typeof version === 'string' && version.trim() === '1') {
      return fail([
        { file, path: '/formatVersion', code: 'versionNotNumber', params: { found: quoteText(version) } },
      ]);
    }
    if (version !== undefined && version !== 1) {
      return fail([
        {
          file,
          path: '/formatVersion',
          code: 'unsupportedVersion',
          params: { found: quoteText(String(version)), supported: 1 },
        },
      ]);
    }
    if (!validateSchema(document)) {
      return fail(schemaProblems(file, validateSchema.errors ?? []));
    }
    const level = document as Level;
    const problems = semanticProblems(file, level);
    return problems.length > 0 ? fail(problems) : { ok: true, level };
  };

  return {
    check,
    parse(file, text) {
      if (text.length > MAX_LEVEL_FILE_CHARS) {
        return fail([
          { file, path: '', code: 'tooLarge', params: { limit: MAX_LEVEL_FILE_CHARS, found: text.length } },
        ]);
      }
      const read = readLevelJson(file, text);
      return read.ok ? check(file, read.document) : fail(read.problems);
    },
  };
}

function fail(problems: readonly LevelProblem[]): LevelParseResult {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return { ok: false, problems };
  const first = problems[0];
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
      {
        file: first?.file ?? '',
        path: '',
        code: 'moreProblems',
        params: { count: problems.length - MAX_PROBLEMS_PER_FILE },
      },
    ],
  };
}

/**
 * `if/then` wrappers only repeat the errors of their branch, and `propertyNames` only repeats the
 * errors of the key it names; keep the ones that say what is wrong.
 */
const NOISE_KEYWORDS = new Set(['if', 'allOf', 'anyOf', 'oneOf', 'propertyNames']);

function schemaProblems(file: string, errors: readonly ErrorObject[]): LevelProblem[] {
  const seen = new Set<string>();
  const problems: LevelProblem[] = [];
  for (const error of errors) {
    if (NOISE_KEYWORDS.has(error.keyword)) continue;
    const problem = toProblem(file, error);
    const identity = `${problem.path}|${problem.code}|${JSON.stringify(problem.params)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.push(problem);
  }
  return problems;
}

/** A JSON Pointer segment (RFC 6901): "~" and "/" are escaped. */
function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function toProblem(file: string, error: ErrorObject): LevelProblem {
  // An error about an object's key (`propertyNames`) points at the entry under that key: a JSON
  // Pointer cannot name a key itself, and the object's own path would not say which key is wrong.
  const key = error.propertyName;
  const path = key === undefined ? error.instancePath : `${error.instancePath}/${pointerSegment(key)}`;
  const params = error.params as Record<string, unknown>;
  if (key !== undefined && error.keyword === 'pattern') {
    return {
      file,
      path,
      code: 'invalidKey',
      params: { key: quoteText(key), pattern: String(params.pattern) },
    };
  }
  const make = (code: LevelProblemCode, extra: Record<string, string | number>): LevelProblem => ({
    file,
    path,
    code,
    params: extra,
  });
  switch (error.keyword) {
    case 'required':
      return make('required', { property: String(params.missingProperty) });
    case 'additionalProperties':
      return make('unknownProperty', { property: quoteText(String(params.additionalProperty)) });
    case 'unevaluatedProperties':
      return make('unknownProperty', { property: quoteText(String(params.unevaluatedProperty)) });
    case 'type':
      return make('type', { expected: String(params.type) });
    case 'enum':
      return make('allowedValues', { allowed: (params.allowedValues as unknown[]).map(String).join(', ') });
    case 'const':
      return make('allowedValues', { allowed: String(params.allowedValue) });
    case 'pattern':
      return make('pattern', { pattern: String(params.pattern) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make('range', { comparison: String(params.comparison), limit: Number(params.limit) });
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return make('tooFew', { limit: Number(params.limit) });
    case 'maxLength':
      return make('textTooLong', { limit: Number(params.limit) });
    case 'maxItems':
    case 'maxProperties':
      return make('tooMany', { limit: Number(params.limit) });
    case 'uniqueItems':
      return make('notUnique', { first: Number(params.j), second: Number(params.i) });
    default:
      return make('schema', { detail: error.message ?? error.keyword });
  }
}

/** Rules the schema cannot express: unique ids, citations that exist, answers that name a target. */
function semanticProblems(file: string, level: Level): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (path: string, code: LevelProblemCode, params: Record<string, string | number> = {}) =>
    problems.push({ file, path, code, params });

  const [west, south, east, north] = level.map.bbox;
  if (!(west < east) || !(south < north)) add('/map/bbox', 'emptyBox', { west, south, east, north });
  const mapKm = Math.round(distanceKm([west, south], [east, north]));
  const [one, two, three] = level.stars;
  if (!(one < two && two < three)) add('/stars', 'starsNotIncreasing', { one, two, three });
  ownTextProblems(level, add);

  const ids = new Map<string, string>();
  const claimId = (id: string, path: string) => {
    const first = ids.get(id);
    if (first === undefined) ids.set(id, path);
    else add(path, 'duplicateId', { id, first });
  };

  level.challenges.forEach((challenge: Challenge, c) => {
    const challengePath = `/challenges/${c}`;
    claimId(challenge.id, `${challengePath}/id`);
    if (challenge.kind === 'match') checkMatchTargets(challenge, challengePath, add, claimId);
    if (challenge.kind === 'timeline' && new Set(challenge.items.map((item) => item.date)).size === 1)
      add(`${challengePath}/items`, 'timelineOneDate', { date: challenge.items[0]?.date ?? '' });
    if (challenge.kind === 'place') {
      challenge.items.forEach((item, i) => {
        const path = `${challengePath}/items/${i}/toleranceKm`;
        if (item.toleranceKm > mapKm)
          add(path, 'toleranceLargerThanMap', { tolerance: item.toleranceKm, mapKm });
        else if (item.toleranceKm >= challenge.maxDistanceKm)
          add(path, 'toleranceNotBelowMax', { tolerance: item.toleranceKm, max: challenge.maxDistanceKm });
      });
      const itemIds = new Set(challenge.items.map((item) => item.id));
      (challenge.confusions ?? []).forEach((confusion, c) => {
        const path = `${challengePath}/confusions/${c}`;
        for (const field of ['item', 'confusedWith'] as const) {
          if (!itemIds.has(confusion[field]))
            add(`${path}/${field}`, 'unknownConfusionItem', { item: quoteText(confusion[field]) });
        }
        if (confusion.item === confusion.confusedWith)
          add(`${path}/confusedWith`, 'confusionWithItself', { item: quoteText(confusion.item) });
      });
    }
    challenge.items.forEach((item, i) => {
      const itemPath = `${challengePath}/items/${i}`;
      claimId(item.id, `${itemPath}/id`);
      item.source.forEach((source, s) => {
        const article = level.articles[source.article];
        if (!article) add(`${itemPath}/source/${s}/article`, 'unknownArticle', { article: source.article });
        else if (source.paragraph > article.paragraphs) {
          add(`${itemPath}/source/${s}/paragraph`, 'paragraphOutOfRange', {
            paragraph: source.paragraph,
            article: source.article,
            max: article.paragraphs,
          });
        }
      });
      if ('date' in item && !isRealDate(item.date))
        add(`${itemPath}/date`, 'invalidDate', { date: item.date });
      if ('lonLat' in item) {
        const [lon, lat] = item.lonLat;
        if (lon < west || lon > east || lat < south || lat > north) {
          add(`${itemPath}/lonLat`, 'outsideMap', { lon, lat });
        }
      }
    });
  });
  return problems;
}

/** Great-circle distance between two [lon, lat] points, in km. */
function distanceKm(
  [lon1, lat1]: readonly [number, number],
  [lon2, lat2]: readonly [number, number],
): number {
  const radians = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * radians) / 2) ** 2 +
    Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(((lon2 - lon1) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The level's own texts: written as nested groups (a dotted key would never be found), and each
 * within the length its place on screen allows.
 */
function ownTextProblems(
  level: Level,
  add: (path: string, code: LevelProblemCode, params?: Record<string, string | number>) => void,
): void {
  const roles = levelTextRoles(level);
  for (const [language, tree] of Object.entries(level.texts ?? {})) {
    if (!tree || typeof tree !== 'object') continue;
    for (const key of Object.keys(tree)) {
      if (key.includes('.')) {
        const [head = '', ...rest] = key.split('.');
        add(`/texts/${pointerSegment(language)}/${pointerSegment(key)}`, 'levelTextShape', {
          key: quoteText(key),
          language,
          nested: quoteText(`"${head}": { "${rest.join('.')}": "…" }`, 120),
        });
      }
    }
    for (const [key, role] of roles) {
      let node: unknown = tree;
      for (const part of key.split('.')) {
        node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      }
      if (typeof node !== 'string') continue;
      const found = codePointLength(node);
      const limit = LEVEL_TEXT_LIMITS[role];
      if (found > limit) {
        add(
          `/texts/${pointerSegment(language)}/${key.split('.').map(pointerSegment).join('/')}`,
          'ownTextTooLong',
          {
            key,
            role,
            found,
            limit,
          },
        );
      }
    }
  }
}

function checkMatchTargets(
  challenge: Extract<Challenge, { kind: 'match' }>,
  path: string,
  add: (path: string, code: LevelProblemCode, params?: Record<string, string | number>) => void,
  claimId: (id: string, path: string) => void,
): void {
  const targetIds = new Set<string>();
  challenge.targets.forEach((target, t) => {
    claimId(target.id, `${path}/targets/${t}/id`);
    targetIds.add(target.id);
  });
  const usedBy = new Map<string, string>();
  challenge.items.forEach((item, i) => {
    if (!targetIds.has(item.answer))
      add(`${path}/items/${i}/answer`, 'unknownTarget', { target: item.answer });
    if (challenge.mode !== 'pairs') return;
    const other = usedBy.get(item.answer);
    if (other !== undefined)
      add(`${path}/items/${i}/answer`, 'targetUsedTwice', { target: item.answer, other });
    else usedBy.set(item.answer, item.id);
  });
}

/** The schema checks the shape of a date; this rejects days that do not exist, such as 2022-02-30. */
export function isRealDate(date: string): boolean {
  const match = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
