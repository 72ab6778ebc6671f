/**
 * The secrets of a Live room: room codes drawn from ROOM_CODE_ALPHABET, host and seat tokens of 24
 * random bytes. Only a token's SHA-256 is kept (in memory and on disk); the token itself goes to
 * its owner once and is compared by hash.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../src/core/live/live-protocol';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function newRoomCode(taken: (code: string) => boolean): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    let code = '';
    for (let index = 0; index < ROOM_CODE_LENGTH; index++)
      code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
  throw new Error('no free room code after 100 draws');
}
