import type { StorageProblem } from '../../core/leaderboard/storage-result';
import type { Translator } from '../../core/ports/translator';

/** Where a finished level's score stands; "saved" is only ever shown once the store said so. */
export type SaveState =
  | { readonly state: 'saving' }
  /** `earlierLost`: the database had been deleted meanwhile, so the scores saved before are gone. */
  | { readonly state: 'saved'; readonly earlierLost?: boolean }
  /** Not written, but kept on this device and tried again: never lost, never called saved. */
  | { readonly state: 'kept'; readonly problem: StorageProblem }
  | { readonly state: 'failed'; readonly problem: StorageProblem }
  | { readonly state: 'review' };

const ICON = { saving: '…', saved: '✓', kept: '⚠', failed: '⚠', review: '↻' } as const;

/** A live region: screen readers hear the change from "saving" to "saved" (or why not). */
export function showSaveState(element: HTMLElement, i18n: Translator, save: SaveState): void {
  element.setAttribute('role', 'status');
  element.dataset.state = save.state;
  const text =
    save.state === 'failed'
      ? `${i18n.t('leaderboard:save.failed')} ${i18n.t(`leaderboard:storage.${save.problem}`)}`
      : save.state === 'kept'
        ? `${i18n.t(`leaderboard:storage.${save.problem}`)} ${i18n.t('leaderboard:save.kept')}`
        : save.state === 'saved' && save.earlierLost
          ? `${i18n.t('leaderboard:save.saved')} ${i18n.t('leaderboard:save.earlierLost')}`
          : i18n.t(`leaderboard:save.${save.state}`);
  element.textContent = `${ICON[save.state]} ${text}`;
}
