import type { Translator } from '../../core/ports/translator';
import type { SaveState } from '../../core/results/save-state';

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
