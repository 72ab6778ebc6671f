/**
 * The first look at every message a Live client sends, before the room reads it: a known type,
 * an object, no larger than MAX_CLIENT_MESSAGE_BYTES as JSON, and no more than a person can send
 * (MAX_MESSAGES_PER_SECOND). Anything else is refused with one error code and changes nothing.
 */
import { isRecord } from '../src/core/challenges/answer-input';
import {
  type LiveClientMessageType,
  type LiveErrorCode,
  MAX_CLIENT_MESSAGE_BYTES,
} from '../src/core/live/live-protocol';

/** A pupil dragging cards sends a draft now and then; twenty a second is far beyond a hand. */
export const MAX_MESSAGES_PER_SECOND = 20;

export const HOST_MESSAGES: ReadonlySet<LiveClientMessageType> = new Set([
  'start',
  'pause',
  'resume',
  'close',
  'next',
  'remove',
  'end',
]);
export const PUPIL_MESSAGES: ReadonlySet<LiveClientMessageType> = new Set(['answer', 'draft']);

export type GuardedMessage =
  | { readonly ok: true; readonly type: LiveClientMessageType; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly code: LiveErrorCode; readonly reply: boolean };

/** Per client: a window of one second and the messages counted in it. */
export class MessageRate {
  private windowStart = 0;
  private count = 0;

  /** Whether one more message fits; `first` is true for the first one over, which gets a reply. */
  take(now: number): { readonly ok: boolean; readonly first: boolean } {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    return { ok: this.count <= MAX_MESSAGES_PER_SECOND, first: this.count === MAX_MESSAGES_PER_SECOND + 1 };
  }
}

export function guardMessage(
  type: unknown,
  message: unknown,
  rate: MessageRate,
  now: number,
): GuardedMessage {
  const taken = rate.take(now);
  // One reply per flood: answering every message would send the flood back.
  if (!taken.ok) return { ok: false, code: 'rateLimited', reply: taken.first };
  const known =
    typeof type === 'string' && (HOST_MESSAGES.has(type as never) || PUPIL_MESSAGES.has(type as never));
  if (!known || !isRecord(message) || (message.type !== undefined && message.type !== type))
    return { ok: false, code: 'badMessage', reply: true };
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(message));
  } catch {
    // Not JSON at all (a value msgpack can carry and JSON cannot): not a message of ours.
    return { ok: false, code: 'badMessage', reply: true };
  }
  if (size > MAX_CLIENT_MESSAGE_BYTES) return { ok: false, code: 'badMessage', reply: true };
  return { ok: true, type: type as LiveClientMessageType, body: message };
}
