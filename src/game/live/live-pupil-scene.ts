import Phaser from 'phaser';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../core/live/live-protocol';
import { checkPlayerName } from '../../core/player/player-name';
import { rememberLanguage } from '../../services/language-choice';
import { mountOverlay } from '../dom/dom-overlay';
import { button, h, selectElement } from '../dom/element';
import { formats } from '../dom/formats';
import { type GameServices, servicesOf } from '../game-services';
import { languageNameInItself } from '../language-name';
import { navigatorOf } from '../navigator';
import { showRoute } from '../router';
import { colours } from '../theme';
import type { LiveProblem } from './live-connection';
import { heldPupilLink, holdPupilLink, LivePupilLink, type PupilSnapshot } from './live-pupil-link';
import { playLiveChallenge } from './live-pupil-play';
import { revealView } from './live-reveal-view';
import { LIVE_SCENES } from './live-scene-keys';
import { seatTicket } from './live-tokens';
import '../classroom/classroom.css';
import './live.css';

export interface LivePupilData {
  /** From the address (#/live/<code>); null when the pupil types it. */
  readonly code?: string | null;
}

type Field = 'code' | 'name' | 'language' | 'form';

type Page =
  | { readonly kind: 'join'; readonly problem: { readonly field: Field; readonly text: string } | null }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'room' };

/** Which field a refusal is about, so the pupil knows what to change. */
const PROBLEM_FIELD: Partial<Record<LiveProblem, Field>> = {
  roomNotFound: 'code',
  tooManyAttempts: 'code',
  nameTaken: 'name',
  nameInvalid: 'name',
  languageInvalid: 'language',
};

/** Steps whose challenge opened on its own in this page: one a pupil left with Back waits for their press. */
const startedSteps = new Set<string>();

/**
 * A pupil's device, as an HTML page that fits a phone held upright: join (the code if the link had
 * none, a name, a language), wait for the teacher, then for each challenge play it in today's
 * challenge scene (live-pupil-play.ts), wait for the class, and see their own answers and facts.
 */
export class LivePupilScene extends Phaser.Scene {
  private services!: GameServices;
  private root!: HTMLElement;
  private page: Page = { kind: 'join', problem: null };
  private code = '';
  private name = '';
  private link: LivePupilLink | null = null;

  constructor() {
    super(LIVE_SCENES.pupil);
  }

  create(data: LivePupilData | undefined): void {
    this.services = servicesOf(this);
    this.cameras.main.setBackgroundColor(colours.background);
    this.root = mountOverlay(this, () => undefined);
    this.root.classList.add('qc-page', 'ql-page', 'ql-pupil');
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    let unlisten: (() => void) | null = null;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offLanguage();
      unlisten?.();
    });
    this.services.probe?.setInfo(this, 'livePupil', () => ({
      page: this.page.kind,
      phase: this.link?.current.state?.phase ?? null,
      answered: this.link?.current.challenge?.answered ?? null,
      name: this.link?.current.seat?.name ?? null,
    }));
    const held = heldPupilLink();
    const code = data?.code ?? held?.current.code ?? null;
    this.code = code ?? '';
    this.name = this.name || this.services.player.current.name;
    if (held && !held.current.closed && (code === null || held.current.code === code)) {
      this.link = held;
      unlisten = held.listen((snapshot) => this.onSnapshot(snapshot));
      this.page = { kind: 'room' };
      this.onSnapshot(held.current);
      return;
    }
    const ticket = code ? seatTicket(code) : null;
    this.page = ticket ? { kind: 'connecting' } : { kind: 'join', problem: null };
    this.render();
    if (ticket && code)
      void this.connect(code, { ticket }).then((link) => {
        if (link) unlisten = link.listen((snapshot) => this.onSnapshot(snapshot));
      });
  }

  private t = (key: string, params?: Record<string, string | number>) => this.services.i18n.t(key, params);

  private async connect(
    code: string,
    how: Parameters<typeof LivePupilLink.open>[1],
  ): Promise<LivePupilLink | null> {
    this.page = { kind: 'connecting' };
    this.render();
    const opened = await LivePupilLink.open(code, how);
    if (!this.sys.isActive()) {
      if (!('problem' in opened)) holdPupilLink(opened);
      return null;
    }
    if ('problem' in opened) {
      this.page = {
        kind: 'join',
        problem: {
          field: PROBLEM_FIELD[opened.problem] ?? 'form',
          text: this.t(`live:error.${opened.problem}`),
        },
      };
      this.render();
      return null;
    }
    holdPupilLink(opened);
    this.link = opened;
    this.code = opened.current.code;
    showRoute({ screen: 'live', code: this.code });
    this.page = { kind: 'room' };
    this.onSnapshot(opened.current);
    return opened;
  }

  private onSnapshot(snapshot: PupilSnapshot): void {
    if (!this.root.isConnected) return;
    const { state, challenge } = snapshot;
    if (
      !snapshot.closed &&
      state?.phase === 'play' &&
      challenge &&
      challenge.view.step === state.step &&
      !challenge.answered &&
      this.link
    ) {
      const attempt = `${snapshot.code}:${state.step}`;
      if (!startedSteps.has(attempt)) {
        startedSteps.add(attempt);
        playLiveChallenge(this, this.link, challenge.view);
        return;
      }
    }
    this.render();
  }

  private async join(form: { code: string; name: string; language: string }): Promise<void> {
    const code = form.code.trim().toUpperCase();
    this.code = code;
    this.name = form.name;
    if (
      code.length !== ROOM_CODE_LENGTH ||
      [...code].some((letter) => !ROOM_CODE_ALPHABET.includes(letter))
    ) {
      this.page = { kind: 'join', problem: { field: 'code', text: this.t('live:join.codeFormat') } };
      this.render();
      return;
    }
    const name = checkPlayerName(form.name);
    if (!name.ok) {
      this.page = {
        kind: 'join',
        problem: {
          field: 'name',
          text: this.t(name.problem === 'empty' ? 'live:join.nameEmpty' : 'live:join.nameTooLong'),
        },
      };
      this.render();
      return;
    }
    const { i18n, settings } = this.services;
    if (form.language !== i18n.language && i18n.languages.includes(form.language)) {
      await i18n.setLanguage(form.language);
      document.documentElement.lang = form.language;
      rememberLanguage(settings, form.language);
    }
    const link = await this.connect(code, { name: name.name, language: form.language });
    if (link) {
      const unlisten = link.listen((snapshot) => this.onSnapshot(snapshot));
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, unlisten);
    }
  }

  private leave(): void {
    holdPupilLink(null);
    this.link = null;
    this.page = { kind: 'join', problem: null };
    this.render();
  }

  private render(): void {
    if (!this.root.isConnected) return;
    const focusedId = document.activeElement?.id;
    const body = this.page.kind === 'join' ? this.joinPage(this.page.problem) : this.roomPage();
    this.root.replaceChildren(
      h('main', { className: 'qo-page', attrs: { 'aria-labelledby': 'ql-pupil-title' } }, ...body),
    );
    const again = focusedId ? this.root.querySelector<HTMLElement>(`#${focusedId}`) : null;
    (again ?? this.root.querySelector<HTMLElement>('[aria-invalid="true"], .ql-focus, .qo-primary'))?.focus();
  }

  private joinPage(problem: { readonly field: Field; readonly text: string } | null): HTMLElement[] {
    const t = this.t;
    const { i18n } = this.services;
    const field = (id: string, label: string, control: HTMLElement, which: Field) => {
      if (problem?.field === which) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', `${id}-error`);
      }
      return h(
        'div',
        { className: 'qo-field' },
        h('label', { attrs: { for: id } }, label),
        control,
        problem?.field === which
          ? h(
              'p',
              { className: 'qc-field-error', attrs: { id: `${id}-error`, role: 'alert' } },
              `⚠ ${problem.text}`,
            )
          : null,
      );
    };
    const code = h('input', {
      attrs: {
        id: 'ql-code',
        type: 'text',
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: 'false',
        maxlength: String(ROOM_CODE_LENGTH),
        inputmode: 'text',
        enterkeyhint: 'next',
      },
    });
    code.value = this.code;
    const name = h('input', {
      attrs: { id: 'ql-name', type: 'text', autocomplete: 'nickname', maxlength: '60', enterkeyhint: 'go' },
    });
    name.value = this.name;
    // The first field to fill takes the focus: the name when the link brought the code.
    (this.code === '' ? code : name).classList.add('ql-focus');
    const language = selectElement(
      'ql-language',
      i18n.languages.map((value): [string, string] => [value, languageNameInItself(value)]),
      i18n.language,
    );
    const form = h(
      'form',
      { className: 'ql-join-form', attrs: { 'aria-labelledby': 'ql-pupil-title', novalidate: '' } },
      field('ql-code', t('live:join.code'), code, 'code'),
      field('ql-name', t('live:join.name'), name, 'name'),
      field('ql-language', t('live:join.language'), language, 'language'),
      problem?.field === 'form'
        ? h(
            'p',
            { className: 'qo-panel qo-warning', attrs: { role: 'alert', 'data-testid': 'live-error' } },
            `⚠ ${problem.text}`,
          )
        : null,
      h(
        'button',
        { className: 'qo-primary ql-big', attrs: { type: 'submit' } },
        `${t('live:join.submit')} →`,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.join({ code: code.value, name: name.value, language: language.value });
    });
    return [
      h('h1', { attrs: { id: 'ql-pupil-title' } }, t('live:join.title')),
      h('p', {}, t('live:join.intro')),
      form,
    ];
  }

  private roomPage(): (HTMLElement | null)[] {
    const t = this.t;
    const snapshot = this.link?.current;
    if (this.page.kind === 'connecting' || !snapshot)
      return [
        h('h1', { attrs: { id: 'ql-pupil-title' } }, t('live:join.title')),
        h('p', { attrs: { role: 'status' } }, t('live:host.connecting')),
      ];
    const { state, seat } = snapshot;
    const status = h(
      'p',
      { className: 'ql-connection', attrs: { role: 'status', 'data-state': snapshot.status } },
      snapshot.status === 'reconnecting' && !snapshot.closed ? `… ${t('live:status.reconnecting')}` : '',
    );
    const problem =
      snapshot.problem && !snapshot.closed
        ? h(
            'p',
            { className: 'qo-warning', attrs: { role: 'alert' } },
            `⚠ ${t(`live:error.${snapshot.problem}`)}`,
          )
        : null;
    const name = seat?.name ?? '';
    if (snapshot.closed)
      return [
        h('h1', { attrs: { id: 'ql-pupil-title' } }, t('live:pupil.over')),
        h(
          'p',
          { className: 'qo-panel qo-warning', attrs: { role: 'alert', 'data-testid': 'live-error' } },
          `⚠ ${t(`live:error.${snapshot.problem ?? 'connectionLost'}`)}`,
        ),
        h(
          'div',
          { className: 'qo-actions' },
          button(t('live:pupil.joinAgain'), () => this.leave(), 'qo-primary'),
        ),
      ];
    if (!state) return [h('h1', { attrs: { id: 'ql-pupil-title' } }, t('live:host.connecting')), status];
    const format = formats(this.services.i18n);
    const answered = state.pupils.filter((pupil) => pupil.answered).length;
    switch (state.phase) {
      case 'lobby':
        return [
          h(
            'h1',
            { attrs: { id: 'ql-pupil-title', 'data-testid': 'pupil-title' } },
            t('live:pupil.in', { name }),
          ),
          status,
          problem,
          h('p', { className: 'ql-wait' }, t('live:pupil.wait')),
          h('p', { className: 'qo-muted' }, t('live:pupil.classSize', { count: state.pupils.length })),
        ];
      case 'play': {
        const challenge = snapshot.challenge;
        const ready = challenge && challenge.view.step === state.step;
        if (ready && challenge.answered)
          return [
            h('h1', { attrs: { id: 'ql-pupil-title', 'data-testid': 'pupil-title' } }, t('live:pupil.sent')),
            status,
            problem,
            h('p', { className: 'ql-wait' }, t('live:pupil.waitClass')),
            h(
              'p',
              { className: 'qo-muted' },
              t('live:host.answered', {
                answered: format.number(answered),
                total: format.number(state.pupils.length),
              }),
            ),
          ];
        return [
          h(
            'h1',
            { attrs: { id: 'ql-pupil-title', 'data-testid': 'pupil-title' } },
            t('live:pupil.challenge', { step: state.step + 1, steps: state.steps }),
          ),
          status,
          problem,
          ready && this.link
            ? h(
                'div',
                { className: 'qo-actions' },
                button(
                  `▶ ${t('live:pupil.play')}`,
                  () => this.link && playLiveChallenge(this, this.link, challenge.view),
                  'qo-primary ql-big ql-focus',
                ),
              )
            : h('p', { attrs: { role: 'status' } }, t('live:pupil.getReady')),
        ];
      }
      case 'review':
      case 'scoreboard':
      case 'finished': {
        const reveal = snapshot.reveal;
        const finished = state.phase === 'finished';
        return [
          h(
            'h1',
            { attrs: { id: 'ql-pupil-title', 'data-testid': 'pupil-title' } },
            finished ? t('live:pupil.finished') : t('live:pupil.lookUp'),
          ),
          status,
          problem,
          finished ? h('p', {}, t('live:pupil.thanks', { name })) : null,
          reveal && (finished || reveal.step === state.step)
            ? revealView(this.services.i18n, format, reveal)
            : h('p', { attrs: { role: 'status' } }, t('live:pupil.revealSoon')),
          finished
            ? h(
                'div',
                { className: 'qo-actions' },
                button(t('live:pupil.toTitle'), () => this.toTitle()),
              )
            : null,
        ];
      }
    }
  }

  private toTitle(): void {
    holdPupilLink(null);
    showRoute({ screen: 'title' });
    navigatorOf(this).go('title');
  }
}
