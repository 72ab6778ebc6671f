import { type LevelProblem, MAX_LEVEL_FILE_CHARS } from './level-problem';

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problems: readonly LevelProblem[] };

/** No UTF-8 text of MAX_LEVEL_FILE_CHARS characters takes more bytes than this. */
const MAX_LEVEL_FILE_BYTES = MAX_LEVEL_FILE_CHARS * 4;

function codeUnitsToString(units: Uint16Array, length: number): string {
  let text = '';
  // In slices: one call with a million arguments would overflow the stack.
  for (let start = 0; start < length; start += 8192) {
    text += String.fromCharCode(...units.subarray(start, Math.min(length, start + 8192)));
  }
  return text;
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = Math.floor((bytes.length - 2) / 2);
  const units = new Uint16Array(count);
  for (let index = 0; index < count; index += 1) {
    const first = bytes[2 + index * 2] ?? 0;
    const second = bytes[3 + index * 2] ?? 0;
    units[index] = littleEndian ? first | (second << 8) : (first << 8) | second;
  }
  return codeUnitsToString(units, count);
}

/**
 * Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF): the text, or the offset
 * of the first byte that is not UTF-8 — as a Latin-1 or Windows-1252 accent would be.
 */
function utf8(bytes: Uint8Array, start: number): { text: string } | { badByte: number } {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let index = start;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let needed: number;
    let point: number;
    let lowest: number;
    if (lead < 0x80) {
      units[length++] = lead;
      index += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [needed, point, lowest] = [1, lead & 0x1f, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [needed, point, lowest] = [2, lead & 0x0f, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [needed, point, lowest] = [3, lead & 0x07, 0x10000];
    else return { badByte: index };
    for (let next = 1; next <= needed; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return { badByte: index };
      point = (point << 6) | (byte & 0x3f);
    }
    if (point < lowest || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return { badByte: index };
    if (point >= 0x10000) {
      point -= 0x10000;
      units[length++] = 0xd800 + (point >> 10);
      units[length++] = 0xdc00 + (point & 0x3ff);
    } else units[length++] = point;
    index += needed + 1;
  }
  return { text: codeUnitsToString(units, length) };
}

/** 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/**
 * A level file's bytes as text. UTF-8 (with or without a byte order mark) and UTF-16 with a byte
 * order mark are read; anything else is refused with the line of the first byte that is not UTF-8,
 * instead of turning accents into U+FFFD and playing a level with broken words.
 */
export function decodeLevelBytes(file: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_LEVEL_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        { file, path: '', code: 'tooLarge', params: { limit: MAX_LEVEL_FILE_CHARS, found: bytes.length } },
      ],
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16(bytes, true) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16(bytes, false) };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = utf8(bytes, hasBom ? 3 : 0);
  if ('text' in decoded) return { ok: true, text: decoded.text };
  return {
    ok: false,
    problems: [{ file, path: '', code: 'notUtf8', params: { line: lineOf(bytes, decoded.badByte) } }],
  };
}
