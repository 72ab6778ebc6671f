import type { LevelDraft } from '../studio/level-draft';
import { fieldAtFault } from './record-validator';
import validateStoredDraft from './stored-draft.validator.generated';

/** A draft as kept in the `drafts` store: `revision` goes up by one with every save. */
export interface StoredDraft {
  readonly id: string;
  readonly revision: number;
  readonly savedAt: number;
  readonly draft: LevelDraft;
}

export type DraftCheck =
  | { readonly ok: true; readonly stored: StoredDraft }
  | { readonly ok: false; readonly problem: { readonly code: 'invalidField'; readonly field: string } };

/**
 * Reads a saved draft: anything not the shape of one (stored-draft.schema.json) is refused with the
 * field at fault, so the studio skips a damaged draft and never opens it as if it were whole.
 */
export function readStoredDraft(raw: unknown): DraftCheck {
  return validateStoredDraft(raw)
    ? { ok: true, stored: raw }
    : { ok: false, problem: { code: 'invalidField', field: fieldAtFault(validateStoredDraft) } };
}
