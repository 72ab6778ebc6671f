import { visit } from 'jsonc-parser';
import type { LevelProblem } from './level-problem';

/**
 * Deepest nesting of objects and arrays a level may have. A real level is about 7 deep; past this,
 * walkers (the parser, the schema check) would recurse far enough to exhaust the stack.
 */
export const MAX_LEVEL_NESTING = 24;

/** Longest piece of a file's own text (a key, a value) a problem may repeat: messages stay readable. */
export const MAX_QUOTED_CHARS = 60;

export type LevelJsonResult =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly problems: readonly LevelProblem[] };

/** Enough duplicate keys to show the pattern; a file with thousands gets the first ones. */
const MAX_DUPLICATES_REPORTED = 20;

/** jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot read). */
const COMMENT_TOKEN = 10;
const END_OF_COMMENT = 11;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;

/** A piece of the file's text shortened for a message, with an ellipsis when cut. */
export function quoteText(text: string, limit = MAX_QUOTED_CHARS): string {
  const points = Array.from(text.slice(0, limit * 2 + 2));
  return points.length > limit ? `${points.slice(0, limit).join('')}…` : points.join('');
}

/** The character at `offset` as a reader can see it: a control character or a space by its code. */
function visibleCharacter(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  if (code === undefined) return '';
  if (code <= 0x20 || (code >= 0x7f && code <= 0x9f))
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return String.fromCodePoint(code);
}

/** 1-based line and column of an offset, counting as an editor does (LF, CRLF or CR ends a line). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x0a || (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The offset where nesting first goes past the limit, found in one pass that skips strings, before
 * any parser recurses into the text. Undefined when the file stays within it.
 */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > limit) return index;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return undefined;
}

/** A JSON Pointer (RFC 6901) from a parser path. */
function pointer(path: readonly (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The index of the last character before `offset` that is not white space, or -1. */
function previousSignificant(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index] ?? '')) index -= 1;
  return index;
}

function syntaxProblem(file: string, text: string, code: number, offset: number): LevelProblem {
  const at = (where: number) => position(text, where);
  const rest = text.slice(offset, offset + 9);
  const notNumber = /^(-?Infinity|NaN)/.exec(rest);
  if (notNumber)
    return { file, path: '', code: 'jsonNotANumber', params: { ...at(offset), value: notNumber[1] ?? '' } };
  // `-Infinity`: the parser stops after the minus sign.
  if (text[offset - 1] === '-' && rest.startsWith('Infinity'))
    return { file, path: '', code: 'jsonNotANumber', params: { ...at(offset - 1), value: '-Infinity' } };
  if (code === COMMENT_TOKEN || code === END_OF_COMMENT)
    return { file, path: '', code: 'jsonComment', params: at(offset) };
  const before = previousSignificant(text, offset);
  const closing = text[offset];
  if (
    (code === PROPERTY_NAME_EXPECTED || code === VALUE_EXPECTED) &&
    text[before] === ',' &&
    (closing === '}' || closing === ']')
  )
    return { file, path: '', code: 'jsonTrailingComma', params: at(before) };
  if (offset >= text.length) return { file, path: '', code: 'jsonUnfinished', params: at(text.length) };
  return {
    file,
    path: '',
    code: 'jsonUnexpected',
    params: { ...at(offset), found: visibleCharacter(text, offset) },
  };
}

/**
 * Reads a level file's text as JSON, strictly and with positions: the line and column of the first
 * syntax error (a trailing comma, NaN, a comment…), and of every key written twice in one object,
 * which `JSON.parse` would silently settle by keeping the last. The nesting depth is checked first,
 * in one pass, so no parser or walker recurses deep enough to overflow the stack. Never throws.
 */
export function readLevelJson(file: string, rawText: string): LevelJsonResult {
  // A byte order mark is allowed: editors on Windows write one.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return { ok: false, problems: [{ file, path: '', code: 'emptyFile', params: {} }] };
  const deep = tooDeepAt(text, MAX_LEVEL_NESTING);
  if (deep !== undefined) {
    return {
      ok: false,
      problems: [
        { file, path: '', code: 'tooDeep', params: { ...position(text, deep), limit: MAX_LEVEL_NESTING } },
      ],
    };
  }
  let syntax: LevelProblem | undefined;
  const duplicates: LevelProblem[] = [];
  const keysOfOpenObjects: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        keysOfOpenObjects.push(new Set());
      },
      onObjectEnd: () => {
        keysOfOpenObjects.pop();
      },
      onObjectProperty: (key, _offset, _length, line, character, pathSupplier) => {
        const keys = keysOfOpenObjects.at(-1);
        if (!keys) return;
        if (!keys.has(key)) keys.add(key);
        else if (duplicates.length < MAX_DUPLICATES_REPORTED) {
          duplicates.push({
            file,
            path: pointer([...pathSupplier(), key]),
            code: 'duplicateKey',
            params: { key: quoteText(key), line: line + 1, column: character + 1 },
          });
        }
      },
      onError: (code, offset) => {
        // The first error is the one to fix; the ones after it are its echoes.
        syntax ??= syntaxProblem(file, text, code, offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (syntax) return { ok: false, problems: [syntax] };
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  // The text is strict JSON with unique keys, so JSON.parse reads the same document, natively
  // (and keeps a "__proto__" key as a plain property for the schema to refuse).
  return { ok: true, document: JSON.parse(text) as unknown };
}
