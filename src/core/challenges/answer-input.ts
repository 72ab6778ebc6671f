/** Small checks for reading answers from untrusted JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
