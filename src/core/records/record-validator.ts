import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * A record schema compiled ahead of time (scripts/build-record-validators.mjs): it says whether a
 * value has the shape of the record, and when not, why in `errors` (the first fault only).
 */
export interface RecordValidator<T> {
  (data: unknown): data is T;
  errors?: readonly ErrorObject[] | null;
}

/**
 * The field a validator's error names, as the decoders always named it: the path into the record
 * without list positions ("answers.result.items.points" for /answers/3/result/items/0/points), a
 * missing property by its own path, '' for the record as a whole.
 */
export function fieldAtFault(validate: RecordValidator<unknown>): string {
  const error = validate.errors?.[0];
  if (!error) return '';
  const path = error.instancePath.split('/').slice(1);
  const missing = error.keyword === 'required' ? [String(error.params.missingProperty)] : [];
  return [...path, ...missing]
    .filter((part) => !/^\d+$/.test(part))
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}
