/**
 * Types of stored-draft.validator.generated.js, which `npm run levels:validator` writes from
 * stored-draft.schema.json (scripts/build-record-validators.mjs). This declaration is written by hand and
 * kept in git, so that the code importing the generated module type-checks before it exists.
 */
import type { StoredDraft } from './stored-draft';
import type { RecordValidator } from './record-validator';

/** stored-draft.schema.json: a saved studio draft's shape. */
export declare const validate: RecordValidator<StoredDraft>;
export default validate;
