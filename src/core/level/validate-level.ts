import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { LevelProblem, LevelProblemCode } from './level-problem';
import type { Challenge, Level } from './level-types';

/** Larger files are refused before parsing: no real level comes near, and parsing them would stall the game. */
export const MAX_LEVEL_FILE_CHARS = 1_000_000;

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
 * Builds a validator from the level JSON Schema. The schema is passed in rather than imported so
 * that the core stays free of file paths; the caller owns where the schema lives.
 */
export function createLevelValidator(schema: object): LevelValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  const validateSchema = ajv.compile(schema) as ValidateFunction<Level>;

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
    const problems = semanticProblems(file, document);
    return problems.length > 0 ? fail(problems) : { ok: true, level: document };
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

/** `if/then` wrappers only repeat the errors of their branch; keep the ones that say what is wrong. */
const NOISE_KEYWORDS = new Set(['if', 'allOf', 'anyOf', 'oneOf']);

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

function toProblem(file: string, error: ErrorObject): LevelProblem {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
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
