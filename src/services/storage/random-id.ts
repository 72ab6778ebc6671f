/**
 * 128 random bits as hex. crypto.randomUUID only exists on https and localhost; a classroom server
 * on plain http still has getRandomValues.
 */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
