import type { ErrorObject } from 'ajv/dist/2020.js';
import { type LevelProblem, type LevelProblemCode, MAX_LEVEL_FILE_CHARS } from './level-problem';
import type { Challenge, Level } from './level-types';

export { MAX_LEVEL_FILE_CHARS };

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
    if (version !== undefined && version !== 1) {
      return fail([
        {
          file,
          path: '/formatVersion',
          code: 'unsupportedVersion',
          params: { found: String(version), supported: 1 },
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
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        return fail([
          {
            file,
            path: '',
            code: 'invalidJson',
            params: { detail: error instanceof Error ? error.message : String(error) },
          },
        ]);
      }
      return check(file, document);
    },
  };
}

function fail(problems: readonly LevelProblem[]): LevelParseResult {
  return { ok: false, problems };
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
    return { file, path, code: 'invalidKey', params: { key, pattern: String(params.pattern) } };
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
      return make('unknownProperty', { property: String(params.additionalProperty) });
    case 'unevaluatedProperties':
      return make('unknownProperty', { property: String(params.unevaluatedProperty) });
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
    case 'maxItems':
    case 'maxProperties':
    case 'maxLength':
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
