import type { LivePupilPublic } from '../../core/live/live-protocol';
import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import type { Formats } from '../dom/formats';
import { clockText } from './live-countdown';
import { qrCanvas } from './live-qr';

type T = (key: string, params?: Record<string, string | number>) => string;

const translate =
  (i18n: Translator): T =>
  (key, params) =>
    i18n.t(key, params);

export interface LobbyViewOptions {
  readonly i18n: Translator;
  readonly format: Formats;
  readonly className: string;
  readonly code: string;
  /** The full address with the code, in the QR code. */
  readonly joinUrl: string;
  /** What pupils type: the address without the code. */
  readonly typedUrl: string;
  readonly pupils: readonly LivePupilPublic[];
  readonly onRemove: (pupil: LivePupilPublic) => void;
  readonly onStart: () => void;
}

/**
 * The room before the lesson, read from the back of the class: where to go, the QR code, the code
 * in big type, and every pupil as they join (the teacher can remove a joke name).
 */
export function lobbyView(options: LobbyViewOptions): HTMLElement {
  const t = translate(options.i18n);
  const { pupils } = options;
  const start = button(`▶ ${t('live:lobby.start')}`, options.onStart, 'qo-primary ql-start');
  start.disabled = pupils.length === 0;
  return h(
    'div',
    { className: 'ql-lobby' },
    h(
      'section',
      { className: 'ql-join', attrs: { 'aria-labelledby': 'ql-join-title' } },
      h('h2', { attrs: { id: 'ql-join-title' } }, t('live:lobby.joinTitle')),
      h(
        'div',
        { className: 'ql-join-grid' },
        h(
          'div',
          {},
          h('p', { className: 'ql-step' }, t('live:lobby.scan')),
          qrCanvas(options.joinUrl, t('live:lobby.qrLabel', { address: options.joinUrl })),
        ),
        h(
          'div',
          {},
          h('p', { className: 'ql-step' }, t('live:lobby.orOpen')),
          h(
            'p',
            { className: 'ql-address', attrs: { 'data-testid': 'join-address' } },
            // A long address breaks after a slash, never inside a number.
            ...options.typedUrl.split(/(?<=\/)/).flatMap((part) => [part, h('wbr')]),
          ),
          h('p', { className: 'ql-step' }, t('live:lobby.andType')),
          h(
            'p',
            {
              className: 'ql-code',
              attrs: { 'data-testid': 'room-code', 'aria-label': spelled(t, options.code) },
            },
            options.code,
          ),
        ),
      ),
    ),
    h(
      'section',
      { className: 'ql-pupils', attrs: { 'aria-labelledby': 'ql-pupils-title' } },
      h(
        'h2',
        { attrs: { id: 'ql-pupils-title' } },
        t('live:lobby.pupils', { count: pupils.length, shown: options.format.number(pupils.length) }),
      ),
      pupils.length === 0
        ? h('p', { className: 'qo-muted' }, t('live:lobby.nobodyYet'))
        : h(
            'ul',
            { className: 'ql-names', attrs: { 'aria-live': 'polite', 'data-testid': 'lobby-pupils' } },
            ...pupils.map((pupil) =>
              h(
                'li',
                { attrs: { 'data-connected': String(pupil.connected) } },
                h('span', { className: 'ql-name' }, pupil.name),
                pupil.connected ? null : h('span', { className: 'qo-muted' }, ` (${t('live:host.offline')})`),
                removeButton(t, pupil, options.onRemove),
              ),
            ),
          ),
      h('div', { className: 'qo-actions' }, start),
    ),
  );
}

/** Remove, asked first: a tap too many on a projector must not throw a pupil out. */
function removeButton(t: T, pupil: LivePupilPublic, onRemove: (pupil: LivePupilPublic) => void): HTMLElement {
  const holder = h('span', { className: 'ql-remove' });
  const ask = button('✕', () => {
    holder.replaceChildren(
      button(t('live:lobby.removeConfirm', { name: pupil.name }), () => onRemove(pupil), 'qo-danger'),
      button(t('live:lobby.removeCancel'), () => {
        holder.replaceChildren(ask);
        ask.focus();
      }),
    );
    holder.querySelector('button')?.focus();
  });
  ask.setAttribute('aria-label', t('live:lobby.remove', { name: pupil.name }));
  ask.title = t('live:lobby.remove', { name: pupil.name });
  holder.append(ask);
  return holder;
}

/** A screen reader reads "A B C 2 3 4", not a made-up word. */
function spelled(t: T, code: string): string {
  return t('live:lobby.codeLabel', { code: [...code].join(' ') });
}

export interface PlayViewOptions {
  readonly i18n: Translator;
  readonly format: Formats;
  readonly levelTitle: string;
  readonly prompt: string;
  /** 1-based. */
  readonly step: number;
  readonly steps: number;
  readonly pupils: readonly LivePupilPublic[];
  readonly paused: boolean;
  readonly timeLeftMs: number | null;
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onClose: () => void;
}

/** A challenge in progress: what it asks, the countdown, how many have answered (never what), who is offline. */
export function playView(options: PlayViewOptions): { element: HTMLElement; timer: HTMLElement } {
  const t = translate(options.i18n);
  const { pupils, format } = options;
  const answered = pupils.filter((pupil) => pupil.answered).length;
  const offline = pupils.filter((pupil) => !pupil.connected);
  const timer = h('p', { className: 'ql-timer', attrs: { role: 'timer', 'data-testid': 'host-timer' } });
  showTime(t, timer, options.timeLeftMs, options.paused);
  // Set through the CSSOM: a style attribute would be refused by the page's content security policy.
  const bar = h('span');
  bar.style.width = `${Math.round((pupils.length === 0 ? 0 : answered / pupils.length) * 100)}%`;
  const element = h(
    'section',
    { className: 'ql-play', attrs: { 'aria-labelledby': 'ql-prompt' } },
    h(
      'p',
      { className: 'qo-muted' },
      `${options.levelTitle} · ${t('live:host.stepOf', { step: options.step, steps: options.steps })}`,
    ),
    h('h2', { className: 'ql-prompt', attrs: { id: 'ql-prompt' } }, options.prompt),
    timer,
    h(
      'p',
      { className: 'ql-answered', attrs: { role: 'status', 'data-testid': 'answered-count' } },
      t('live:host.answered', { answered: format.number(answered), total: format.number(pupils.length) }),
    ),
    h('div', { className: 'ql-progress', attrs: { 'aria-hidden': 'true' } }, bar),
    offline.length > 0
      ? h(
          'p',
          { className: 'qo-warning', attrs: { 'data-testid': 'offline' } },
          `⚠ ${t('live:host.offlineList', { count: offline.length, names: offline.map((pupil) => pupil.name).join(', ') })}`,
        )
      : null,
    h(
      'div',
      { className: 'qo-actions' },
      options.paused
        ? button(`▶ ${t('live:host.resume')}`, options.onResume, 'qo-primary')
        : button(`⏸ ${t('live:host.pause')}`, options.onPause),
      button(`⏹ ${t('live:host.close')}`, options.onClose, options.paused ? '' : 'qo-primary'),
    ),
  );
  return { element, timer };
}

/** The countdown's words: time left, "hurry" near the end, or paused. */
export function showTime(t: T, timer: HTMLElement, ms: number | null, paused: boolean): void {
  timer.hidden = ms === null && !paused;
  if (paused) {
    timer.dataset.hurry = 'false';
    timer.textContent = `⏸ ${t('live:host.paused')}${ms === null ? '' : ` · ${clockText(ms)}`}`;
    return;
  }
  if (ms === null) return;
  const hurry = ms <= 10_000;
  timer.dataset.hurry = String(hurry);
  timer.textContent = `⏱ ${t(hurry ? 'live:host.hurry' : 'live:host.timeLeft', { time: clockText(ms) })}`;
}
