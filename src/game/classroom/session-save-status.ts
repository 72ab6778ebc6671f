import type { StorageResult } from '../../core/leaderboard/storage-result';
import type { Translator } from '../../core/ports/translator';

export type SaveState = 'saving' | 'saved' | 'failed' | 'none';

/**
 * Says whether the last change to the session is on the disk, in a live region: "saved" only once
 * the store confirmed it, and why not when it failed (the lesson goes on; a reload would lose it).
 */
export function showSessionSave(
  element: HTMLElement,
  i18n: Translator,
  saving: Promise<StorageResult<void>> | null,
  onState: (state: SaveState) => void = () => {},
): void {
  element.setAttribute('role', 'status');
  const show = (state: SaveState, text: string) => {
    element.dataset.state = state;
    element.textContent = text;
    onState(state);
  };
  if (!saving) {
    show('none', '');
    return;
  }
  show('saving', `… ${i18n.t('classroom:save.saving')}`);
  void saving.then((result) => {
    if (!element.isConnected) return;
    if (result.ok) show('saved', `✓ ${i18n.t('classroom:save.saved')}`);
    else
      show('failed', `⚠ ${i18n.t('classroom:save.failed')} ${i18n.t(`classroom:storage.${result.problem}`)}`);
  });
}
