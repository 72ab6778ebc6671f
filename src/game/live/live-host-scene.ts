import Phaser from 'phaser';
import { classScores, playedLevel } from '../../core/classroom/class-results';
import type { SessionSettings } from '../../core/classroom/classroom-session';
import type { SessionDraft, SetupProblem } from '../../core/classroom/session-setup';
import { parseDifficulty } from '../../core/level/difficulty';
import type { LevelCatalog } from '../../core/level/level-catalog';
import type { Level } from '../../core/level/level-types';
import { CLASSROOM_SCENES } from '../classroom/classroom-scene-keys';
import { fullscreenButton } from '../classroom/fullscreen-button';
import { scoreboardView } from '../classroom/scoreboard-view';
import { sessionSetupForm } from '../classroom/session-setup-form';
import { mountOverlay } from '../dom/dom-overlay';
import { button, h } from '../dom/element';
import { formats } from '../dom/formats';
import { type GameServices, servicesOf } from '../game-services';
import { DIFFICULTY_SETTING } from '../level-flow';
import { navigatorOf } from '../navigator';
import { showRoute } from '../router';
import { colours } from '../theme';
import type { LiveProblem } from './live-connection';
import { timeLeftMs } from './live-countdown';
import { type HostSnapshot, heldHostLink, holdHostLink, LiveHostLink } from './live-host-link';
import { lobbyView, playView, showTime } from './live-host-views';
import { followRoom, projectorScreen } from './live-projector';
import { LIVE_SCENES, type LiveHostData } from './live-scene-keys';
import { liveSetupOf } from './live-setup';
import { fetchLiveStatus, joinAddress, type LiveStatus } from './live-status';
import { type HostTicket, hostTicketOf, tabHostTicket } from './live-tokens';
import '../classroom/classroom.css';
import './live.css';

type Page =
  | { readonly kind: 'loading' }
  | { readonly kind: 'noServer' }
  | { readonly kind: 'setup' }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'failed'; readonly problem: LiveProblem }
  | { readonly kind: 'room' };

const TICK_MS = 250;

let stopFollowing: (() => void) | null = null;

/**
 * The teacher's projector for a live session, as an HTML page: the setup (today's form without the
 * roster), then the room's lobby (address, QR code, code, pupils), each challenge in progress and
 * the scoreboard. The class map and the results are today's classroom screens (live-projector.ts).
 */
export class LiveHostScene extends Phaser.Scene {
  private services!: GameServices;
  private root!: HTMLElement;
  private page: Page = { kind: 'loading' };
  private catalog: LevelCatalog | null = null;
  private status: LiveStatus | null = null;
  private link: LiveHostLink | null = null;
  private timer: HTMLElement | null = null;
  private confirmingEnd = false;
  private unlisten: (() => void) | null = null;

  constructor() {
    super(LIVE_SCENES.host);
  }

  create(data: LiveHostData): void {
    this.services = servicesOf(this);
    this.cameras.main.setBackgroundColor(colours.background);
    this.page = { kind: 'loading' };
    this.link = null;
    this.timer = null;
    this.confirmingEnd = false;
    this.root = mountOverlay(this, () => this.back());
    this.root.classList.add('qc-page', 'qc-projector', 'ql-page');
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    const ticker = window.setInterval(() => this.tick(), TICK_MS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offLanguage();
      window.clearInterval(ticker);
      this.unlisten?.();
      this.unlisten = null;
    });
    this.services.probe?.setInfo(this, 'liveHost', () => ({
      page: this.page.kind,
      code: this.link?.current.code ?? null,
      phase: this.link?.current.state?.phase ?? null,
      pupils: this.link?.current.state?.pupils.map((pupil) => pupil.name) ?? [],
    }));
    this.render();
    void this.begin(data);
  }

  private async begin(data: LiveHostData): Promise<void> {
    const [catalog, status] = await Promise.all([
      this.services.levels.catalog().catch((error: unknown) => {
        console.error('Qantar: the levels could not be loaded for a live session.', error);
        return null;
      }),
      fetchLiveStatus(),
    ]);
    if (!this.scene.isActive()) return;
    this.catalog = catalog;
    this.status = status;
    if (!status) {
      this.show({ kind: 'noServer' });
      return;
    }
    const held = heldHostLink();
    if ('held' in data || ('code' in data && held?.current.code === data.code)) {
      if (held && !held.current.closed) {
        this.useLink(held);
        return;
      }
    }
    if ('setup' in data) {
      this.show({ kind: 'setup' });
      return;
    }
    const ticket =
      'sessionId' in data
        ? hostTicketOf(this.services.settings, data.sessionId)
        : 'code' in data
          ? tabHostTicket()
          : null;
    if (!ticket || ('code' in data && ticket.code !== data.code)) {
      this.show({ kind: 'failed', problem: 'notHost' });
      return;
    }
    await this.connect({ ticket });
  }

  private async connect(how: { readonly ticket: HostTicket } | Parameters<typeof LiveHostLink.open>[1]) {
    this.show({ kind: 'connecting' });
    const opened = await LiveHostLink.open(this.services, how);
    if ('problem' in opened) {
      if (this.scene.isActive()) this.show({ kind: 'failed', problem: opened.problem });
      return;
    }
    holdHostLink(opened);
    stopFollowing?.();
    stopFollowing = followRoom(this.game, opened);
    if (this.scene.isActive()) this.useLink(opened);
    else opened.close();
  }

  private useLink(link: LiveHostLink): void {
    this.link = link;
    this.unlisten?.();
    this.unlisten = link.listen(() => this.render());
    showRoute({ screen: 'liveHost', code: link.current.code });
    this.show({ kind: 'room' });
    // A session reopened on the class map or the results goes there at once.
    const wanted = projectorScreen(link.current, link);
    if (wanted.key !== LIVE_SCENES.host) navigatorOf(this).go(wanted.key, wanted.data);
  }

  private show(page: Page): void {
    this.page = page;
    this.render();
  }

  private back(): void {
    if (this.page.kind === 'room') {
      // The room goes on without the projector; the session is resumed from the list.
      holdHostLink(null);
      stopFollowing?.();
      stopFollowing = null;
    }
    navigatorOf(this).go(CLASSROOM_SCENES.lobby);
  }

  private defaults(): SessionSettings {
    const { settings, i18n } = this.services;
    return {
      turnMode: 'live',
      difficulty: parseDifficulty(settings.get(DIFFICULTY_SETTING)),
      timeLimitSeconds: 120,
      hints: true,
      language: i18n.language,
      scoreMode: 'fair',
      ranking: 'top3',
    };
  }

  private async submit(draft: SessionDraft): Promise<readonly SetupProblem[]> {
    const catalog = this.catalog;
    if (!catalog) return [];
    const checked = liveSetupOf(draft, new Set(catalog.levels.map((level) => level.id)));
    if (!checked.ok) return checked.problems;
    await this.connect({ setup: checked.setup });
    return [];
  }

  private tick(): void {
    const state = this.link?.current.state;
    if (!this.timer || !state || state.phase !== 'play') return;
    showTime(
      this.t,
      this.timer,
      timeLeftMs(state, Date.now() + (this.link?.current.clockOffsetMs ?? 0)),
      state.paused,
    );
  }

  private readonly t = (key: string, params?: Record<string, string | number>) =>
    this.services.i18n.t(key, params);

  private render(): void {
    if (!this.root.isConnected) return;
    const t = this.t;
    const focusedText = document.activeElement?.textContent;
    this.timer = null;
    const snapshot = this.link?.current;
    const header = h(
      'header',
      { className: 'qo-bar' },
      button(`← ${t('classroom:turn.sessions')}`, () => this.back()),
      h(
        'h1',
        { attrs: { id: 'ql-host-title' } },
        snapshot?.session ? t('live:host.title', { name: snapshot.session.name }) : t('live:setup.title'),
      ),
      fullscreenButton(this.services.i18n),
    );
    this.root.replaceChildren(
      h(
        'main',
        { className: 'qo-page', attrs: { 'aria-labelledby': 'ql-host-title' } },
        header,
        ...this.body(snapshot),
      ),
    );
    const again = [...this.root.querySelectorAll('button')].find(
      (candidate) => focusedText && candidate.textContent === focusedText,
    );
    (again ?? this.root.querySelector<HTMLElement>('.ql-focus, #qc-name, .qo-primary'))?.focus();
  }

  private body(snapshot: HostSnapshot | undefined): (HTMLElement | null)[] {
    const t = this.t;
    switch (this.page.kind) {
      case 'loading':
      case 'connecting':
        return [h('p', { attrs: { role: 'status' } }, t(`live:host.${this.page.kind}`))];
      case 'noServer':
        return [
          h(
            'section',
            { className: 'qo-panel', attrs: { role: 'alert' } },
            h('p', {}, t('live:noServer.line')),
            h('p', {}, h('code', {}, 'npm run live')),
            h('p', { className: 'qo-muted' }, t('live:noServer.hint')),
          ),
        ];
      case 'failed':
        return [
          h(
            'p',
            { className: 'qo-panel qo-warning', attrs: { role: 'alert', 'data-testid': 'live-error' } },
            `⚠ ${t(`live:error.${this.page.problem}`)}`,
          ),
          h(
            'div',
            { className: 'qo-actions' },
            button(t('live:host.newRoom'), () => this.show({ kind: 'setup' }), 'qo-primary'),
          ),
        ];
      case 'setup': {
        if (!this.catalog) return [h('p', { attrs: { role: 'alert' } }, t('live:host.noLevels'))];
        const form = sessionSetupForm({
          i18n: this.services.i18n,
          catalog: this.catalog,
          defaults: this.defaults(),
          live: true,
          onSubmit: (draft) => this.submit(draft),
          onCancel: () => this.back(),
        });
        form.querySelector('#qc-setup-title')?.replaceChildren(t('live:setup.title'));
        form.querySelector('button[type="submit"]')?.replaceChildren(`▶ ${t('live:setup.open')}`);
        return [h('p', {}, t('live:setup.intro')), form];
      }
      case 'room':
        return snapshot ? this.roomBody(snapshot) : [];
    }
  }

  private roomBody(snapshot: HostSnapshot): (HTMLElement | null)[] {
    const t = this.t;
    const link = this.link;
    const { state, session } = snapshot;
    const lines: (HTMLElement | null)[] = [
      h(
        'p',
        { className: 'ql-connection', attrs: { role: 'status', 'data-state': snapshot.status } },
        snapshot.closed
          ? `⚠ ${t(`live:error.${snapshot.problem ?? 'connectionLost'}`)}`
          : snapshot.status === 'reconnecting'
            ? `… ${t('live:status.reconnecting')}`
            : '',
      ),
      snapshot.problem && !snapshot.closed
        ? h(
            'p',
            { className: 'qo-warning', attrs: { role: 'alert' } },
            `⚠ ${t(`live:error.${snapshot.problem}`)}`,
          )
        : null,
    ];
    if (!link || !state || !session || !this.status)
      return [...lines, h('p', { attrs: { role: 'status' } }, t('live:host.connecting'))];
    const format = formats(this.services.i18n);
    const levels = this.levelsById(snapshot.levels);
    switch (state.phase) {
      case 'lobby':
        return [
          ...lines,
          lobbyView({
            i18n: this.services.i18n,
            format,
            className: session.name,
            code: snapshot.code,
            joinUrl: joinAddress(this.status.pupilUrl, snapshot.code),
            typedUrl: joinAddress(this.status.pupilUrl, '').replace(/\/$/, ''),
            pupils: state.pupils,
            onRemove: (pupil) => link.send({ type: 'remove', pupilId: pupil.id }),
            onStart: () => link.send({ type: 'start' }),
          }),
        ];
      case 'play': {
        const step = session.steps[state.step];
        const level = step ? levels.get(step.levelId) : undefined;
        const challenge = level
          ? playedLevel(session, level).challenges.find((candidate) => candidate.id === step?.challengeId)
          : undefined;
        const view = playView({
          i18n: this.services.i18n,
          format,
          levelTitle: level ? t(`content:${level.title}`) : (step?.levelId ?? ''),
          prompt: challenge ? t(`content:${challenge.prompt}`) : '',
          step: state.step + 1,
          steps: state.steps,
          pupils: state.pupils,
          paused: state.paused,
          timeLeftMs: timeLeftMs(state, Date.now() + snapshot.clockOffsetMs),
          onPause: () => link.send({ type: 'pause' }),
          onResume: () => link.send({ type: 'resume' }),
          onClose: () => link.send({ type: 'close' }),
        });
        this.timer = view.timer;
        return [...lines, view.element, this.endControls()];
      }
      case 'review':
      case 'scoreboard': {
        const last = state.step + 1 >= state.steps;
        return [
          ...lines,
          state.phase === 'review'
            ? h('p', { className: 'qo-panel', attrs: { role: 'status' } }, t('live:host.nobodyAnswered'))
            : scoreboardView(
                this.services.i18n,
                format,
                classScores(session, levels),
                session.settings.ranking,
                false,
              ),
          h(
            'div',
            { className: 'qo-actions' },
            button(
              `${t(last && state.phase === 'scoreboard' ? 'live:host.results' : 'live:host.next')} →`,
              () => link.send({ type: 'next' }),
              'qo-primary ql-focus',
            ),
          ),
          this.endControls(),
        ];
      }
      case 'finished':
        return [...lines, h('p', { attrs: { role: 'status' } }, t('live:host.finished'))];
    }
  }

  /** End the session, asked first: the results then show what was answered so far. */
  private endControls(): HTMLElement {
    const t = this.t;
    const link = this.link;
    if (!this.confirmingEnd)
      return h(
        'div',
        { className: 'qo-actions' },
        button(t('live:host.end'), () => {
          this.confirmingEnd = true;
          this.render();
        }),
      );
    return h(
      'div',
      { className: 'qo-panel', attrs: { role: 'alertdialog', 'aria-labelledby': 'ql-end-question' } },
      h('p', { attrs: { id: 'ql-end-question' } }, t('live:host.endQuestion')),
      h(
        'div',
        { className: 'qo-actions' },
        button(
          t('live:host.endCancel'),
          () => {
            this.confirmingEnd = false;
            this.render();
          },
          'ql-focus',
        ),
        button(
          t('live:host.endConfirm'),
          () => {
            this.confirmingEnd = false;
            link?.send({ type: 'end' });
          },
          'qo-danger',
        ),
      ),
    );
  }

  /** The levels as the server played them, over the catalog's (a teacher's own file is only on the server). */
  private levelsById(fromServer: readonly Level[]): Map<string, Level> {
    const levels = new Map((this.catalog?.levels ?? []).map((level) => [level.id, level]));
    for (const level of fromServer) levels.set(level.id, level);
    return levels;
  }
}
