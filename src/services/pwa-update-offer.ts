import type { Translator } from '../core/ports/translator';

/**
 * A bar at the foot of the page: a new version of the game is ready. Reload takes it (the page
 * reloads under the new worker); Later leaves the current version until the next visit.
 */
export function showUpdateOffer(t: Translator, accept: () => void): void {
  if (document.querySelector('.qantar-update')) return;
  const bar = document.createElement('div');
  bar.className = 'qantar-update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = t.t('ui:update.ready');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t.t('ui:update.reload');
  reload.addEventListener('click', () => {
    reload.disabled = true;
    accept();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = t.t('ui:update.later');
  later.addEventListener('click', () => bar.remove());
  bar.append(text, reload, later);
  document.body.append(bar);
}
