import type Phaser from 'phaser';
import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import { fullscreenButton } from './fullscreen-button';
import './classroom.css';

/** Under this, the countdown says so in words and changes colour. */
const HURRY_MS = 10_000;

export interface TurnBarOptions {
  readonly i18n: Translator;
  readonly name: string;
  /** 1-based. */
  readonly step: number;
  readonly steps: number;
  readonly limited: boolean;
  readonly onPause: () => void;
}

export interface TurnBar {
  showTime(remainingMs: number): void;
  remove(): void;
}

/**
 * The strip above a challenge during a classroom turn: whose turn it is, the countdown, pause and
 * full screen. The game is moved down by its height rather than covered, so no challenge loses a
 * control under it.
 */
export function mountTurnBar(game: Phaser.Game, options: TurnBarOptions): TurnBar {
  const { i18n } = options;
  const timer = h('p', { className: 'qc-timer', attrs: { role: 'timer' } });
  timer.hidden = !options.limited;
  const bar = h(
    'div',
    { className: 'qc-turn-bar', attrs: { role: 'region', 'aria-label': i18n.t('classroom:bar.label') } },
    h(
      'p',
      { className: 'qc-turn-who' },
      h('strong', { attrs: { 'data-testid': 'turn-name' } }, options.name),
      ` · ${i18n.t('classroom:turn.stepOf', { step: options.step, steps: options.steps })}`,
    ),
    timer,
    button(`⏸ ${i18n.t('classroom:bar.pause')}`, options.onPause),
    fullscreenButton(i18n),
  );
  // Keys pressed on the bar's buttons are not also game keys (Phaser listens on the window).
  bar.addEventListener('keydown', (event) => event.stopPropagation());
  bar.addEventListener('keyup', (event) => event.stopPropagation());
  document.body.append(bar);
  const container = game.canvas.parentElement;
  // The scale manager reads its parent's size lazily: measure it now, then resize at once.
  const resize = () => {
    game.scale.getParentBounds();
    game.scale.refresh();
  };
  if (container) container.style.top = `${bar.offsetHeight}px`;
  resize();
  return {
    showTime(remainingMs) {
      const seconds = Math.ceil(remainingMs / 1000);
      const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      const hurry = remainingMs <= HURRY_MS;
      timer.dataset.hurry = String(hurry);
      timer.textContent = `⏱ ${i18n.t(hurry ? 'classroom:bar.hurry' : 'classroom:bar.timeLeft', { time: clock })}`;
    },
    remove() {
      if (!bar.isConnected) return;
      bar.remove();
      if (container) container.style.top = '';
      resize();
    },
  };
}
