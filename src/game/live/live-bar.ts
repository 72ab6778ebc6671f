import type Phaser from 'phaser';
import type { Translator } from '../../core/ports/translator';
import { h } from '../dom/element';
import { clockText } from './live-countdown';
import '../classroom/classroom.css';
import './live.css';

/** Under this, the countdown says so in words and changes colour. */
const HURRY_MS = 10_000;

export interface LiveBar {
  /** null: no time limit. */
  showTime(remainingMs: number | null, paused: boolean): void;
  showStatus(text: string): void;
  remove(): void;
}

/**
 * The strip above a challenge on a pupil's device: their name, which challenge of how many, the
 * countdown and the connection ("Reconnecting…"). The game is moved down by its height rather
 * than covered, so no challenge loses a control under it.
 */
export function mountLiveBar(
  game: Phaser.Game,
  i18n: Translator,
  options: { readonly name: string; readonly step: number; readonly steps: number },
): LiveBar {
  const timer = h('p', { className: 'qc-timer', attrs: { role: 'timer', 'data-testid': 'pupil-timer' } });
  timer.hidden = true;
  const status = h('p', { className: 'ql-bar-status', attrs: { role: 'status' } });
  const bar = h(
    'div',
    { className: 'qc-turn-bar ql-bar', attrs: { role: 'region', 'aria-label': i18n.t('live:bar.label') } },
    h(
      'p',
      { className: 'qc-turn-who' },
      h('strong', {}, options.name),
      ` · ${i18n.t('live:host.stepOf', { step: options.step, steps: options.steps })}`,
    ),
    timer,
    status,
  );
  document.body.append(bar);
  const container = game.canvas.parentElement;
  const resize = () => {
    game.scale.getParentBounds();
    game.scale.refresh();
  };
  if (container) container.style.top = `${bar.offsetHeight}px`;
  resize();
  return {
    showTime(remainingMs, paused) {
      timer.hidden = remainingMs === null && !paused;
      if (paused) {
        timer.dataset.hurry = 'false';
        timer.textContent = `⏸ ${i18n.t('live:host.paused')}`;
        return;
      }
      if (remainingMs === null) return;
      const hurry = remainingMs <= HURRY_MS;
      timer.dataset.hurry = String(hurry);
      timer.textContent = `⏱ ${i18n.t(hurry ? 'live:host.hurry' : 'live:host.timeLeft', { time: clockText(remainingMs) })}`;
    },
    showStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
    remove() {
      if (!bar.isConnected) return;
      bar.remove();
      if (container) container.style.top = '';
      resize();
    },
  };
}
