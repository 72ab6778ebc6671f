/** Small checks for reading answers from untrusted input (JSON, or a decoded Live message). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A field the value holds itself. A decoder may hand over an object whose prototype carries
 * fields (a `__proto__` key, or an object built in-process): an inherited `kind` or list is no
 * part of what the player sent.
 */
export function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A list of distinct strings, each among `allowed`, at most `allowed.size` long; null otherwise. */
export function distinctIdsAmong(value: unknown, allowed: ReadonlySet<string>): string[] | null {
  if (!Array.isArray(value) || value.length > allowed.size) return null;
  const seen = new Set<string>();
  for (const id of value) {
    if (typeof id !== 'string' || !allowed.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return [...seen];
}
