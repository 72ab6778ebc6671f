import Phaser from 'phaser';
import type { ClassroomSession, SessionSettings } from '../../core/classroom/classroom-session';
import type { StoredSessions } from '../../core/classroom/classroom-store';
import { sessionPosition } from '../../core/classroom/session-position';
import {
  checkSessionDraft,
  createSession,
  type SessionDraft,
  type SetupProblem,
} from '../../core/classroom/session-setup';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { parseDifficulty } from '../../core/level/difficulty';
import type { LevelCatalog } from '../../core/level/level-catalog';
import { mountOverlay } from '../dom/dom-overlay';
import { button, h } from '../dom/element';
import { formats } from '../dom/formats';
import { sessionFileTools } from '../dom/session-file-tools';
import { type GameServices, servicesOf } from '../game-services';
import { DIFFICULTY_SETTING } from '../level-flow';
import { liveEntry } from '../live/live-entry';
import { LIVE_SCENES } from '../live/live-scene-keys';
import { fetchLiveStatus, type LiveStatus } from '../live/live-status';
import { navigatorOf } from '../navigator';
import { showRoute } from '../router';
import { colours } from '../theme';
import { dispatch, showSession, useSessionLanguage } from './classroom-flow';
import { CLASSROOM_SCENES } from './classroom-scene-keys';
import { fullscreenButton } from './fullscreen-button';
import { sessionListView } from './session-list-view';
import { sessionSetupForm } from './session-setup-form';
import './classroom.css';

export interface LobbyData {
  /** A session named by the address (#/classroom/<id>): it opens as soon as it is read. */
  readonly resume?: string;
}

/**
 * The classroom's home, as an HTML page: the saved sessions (resume, rename, delete) and the
 * new-session form. Storage problems are said in words; a session can still be played unsaved.
 */
export class ClassroomLobbyScene extends Phaser.Scene {
  private services!: GameServices;
  private root!: HTMLElement;
  private catalog: LevelCatalog | null = null;
  private stored: StorageResult<StoredSessions> | null = null;
  /** Whether a Live server serves the page, so live sessions can be offered. */
  private live: LiveStatus | null = null;
  private view: 'list' | 'setup' = 'list';
  private notice = '';

  constructor() {
    super(CLASSROOM_SCENES.lobby);
  }

  create(data: LobbyData | undefined): void {
    this.services = servicesOf(this);
    this.cameras.main.setBackgroundColor(colours.background);
    this.catalog = null;
    this.stored = null;
    this.view = 'list';
    this.notice = '';
    this.root = mountOverlay(this, () => this.back());
    this.root.classList.add('qc-page');
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, offLanguage);
    this.services.probe?.setInfo(this, 'classroom', () => ({
      loaded: this.stored !== null,
      sessions: this.stored?.ok ? this.stored.value.sessions.map((session) => session.name) : [],
    }));
    this.services.audio.startMusic();
    this.render();
    void this.loadSessions(data?.resume);
  }

  private back(): void {
    if (this.view === 'setup') {
      this.view = 'list';
      this.render();
      return;
    }
    navigatorOf(this).go('title');
  }

  private async loadSessions(resume?: string): Promise<void> {
    const [catalog, stored, live] = await Promise.all([
      this.services.levels.catalog().catch(() => null),
      this.services.classroom.list(),
      fetchLiveStatus(),
    ]);
    if (!this.scene.isActive()) return;
    this.live = live;
    this.catalog = catalog;
    this.stored = stored;
    const wanted =
      resume && stored.ok ? stored.value.sessions.find((session) => session.id === resume) : undefined;
    if (wanted && catalog) {
      await this.open(wanted);
      return;
    }
    if (resume) this.notice = this.services.i18n.t('classroom:lobby.notFound');
    showRoute({ screen: 'title' });
    this.render();
  }

  private async open(session: ClassroomSession): Promise<void> {
    if (session.live && sessionPosition(session).phase !== 'finished') {
      // A live session goes on on the server: the projector joins it again with the host token kept.
      navigatorOf(this).go(LIVE_SCENES.host, { sessionId: session.id });
      // A finished one opens its results here, like any other.
      return;
    }
    await useSessionLanguage(this.services, session);
    if (this.scene.isActive()) showSession(this, { session, saving: null });
  }

  private async start(draft: SessionDraft): Promise<readonly SetupProblem[]> {
    const catalog = this.catalog;
    if (!catalog) return [];
    const check = checkSessionDraft(draft, new Set(catalog.levels.map((level) => level.id)));
    if (!check.ok) return check.problems;
    const { newId, clock, classroom } = this.services;
    const session = createSession(check.draft, catalog.levels, { id: newId(), now: clock.now() });
    await useSessionLanguage(this.services, session);
    if (this.scene.isActive()) showSession(this, { session, saving: classroom.save(session) });
    return [];
  }

  private async rename(session: ClassroomSession, name: string): Promise<void> {
    const { saving } = dispatch(this.services, session, {
      type: 'renamed',
      at: this.services.clock.now(),
      name,
    });
    await saving;
    await this.reload();
  }

  private async remove(session: ClassroomSession): Promise<void> {
    const removed = await this.services.classroom.remove(session.id);
    const t = (key: string) => this.services.i18n.t(key);
    this.notice = removed.ok
      ? this.services.i18n.t('classroom:lobby.deleted', { name: session.name })
      : `${t('classroom:lobby.deleteFailed')} ${t(`classroom:storage.${removed.problem}`)}`;
    await this.reload();
  }

  private async reload(): Promise<void> {
    const stored = await this.services.classroom.list();
    if (!this.scene.isActive()) return;
    this.stored = stored;
    this.render();
  }

  private defaults(): SessionSettings {
    const { settings, i18n } = this.services;
    return {
      turnMode: 'everyone',
      difficulty: parseDifficulty(settings.get(DIFFICULTY_SETTING)),
      timeLimitSeconds: null,
      hints: true,
      language: i18n.language,
      scoreMode: 'fair',
      ranking: 'full',
    };
  }

  private render(): void {
    const { i18n } = this.services;
    const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
    const header = h(
      'header',
      { className: 'qo-bar' },
      button(`← ${t('ui:common.back')}`, () => this.back()),
      h('h1', { attrs: { id: 'qc-lobby-title' } }, t('classroom:lobby.title')),
      fullscreenButton(i18n),
    );
    const body: HTMLElement[] = [];
    if (this.stored === null || this.catalog === null) {
      body.push(h('p', { attrs: { role: 'status' } }, t('classroom:lobby.loading')));
    } else if (this.view === 'setup') {
      body.push(
        sessionSetupForm({
          i18n,
          catalog: this.catalog,
          defaults: this.defaults(),
          onSubmit: (draft) => this.start(draft),
          onCancel: () => this.back(),
        }),
      );
    } else {
      body.push(...this.listPage());
    }
    this.root.replaceChildren(
      h('main', { className: 'qo-page', attrs: { 'aria-labelledby': 'qc-lobby-title' } }, header, ...body),
    );
    const first =
      this.view === 'setup'
        ? this.root.querySelector<HTMLElement>('#qc-name')
        : this.root.querySelector<HTMLElement>('.qc-new');
    first?.focus();
  }

  private listPage(): HTMLElement[] {
    const { i18n } = this.services;
    const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
    const stored = this.stored;
    const page: HTMLElement[] = [
      h('p', {}, t('classroom:lobby.intro')),
      h(
        'div',
        { className: 'qo-actions' },
        button(
          `+ ${t('classroom:lobby.new')}`,
          () => {
            this.view = 'setup';
            this.notice = '';
            this.render();
          },
          'qo-primary qc-new',
        ),
      ),
      liveEntry(i18n, this.live, () => navigatorOf(this).go(LIVE_SCENES.host, { setup: true })),
      h('p', { attrs: { role: 'status' } }, this.notice),
      h('h2', {}, t('classroom:lobby.saved')),
    ];
    if (!stored) return page;
    if (!stored.ok) {
      page.push(
        h(
          'p',
          { className: 'qo-panel qo-warning', attrs: { role: 'alert' } },
          `⚠ ${t('classroom:lobby.cannotSave')} ${t(`classroom:storage.${stored.problem}`)}`,
        ),
      );
      return page;
    }
    if (stored.value.damaged.length > 0)
      page.push(
        h(
          'p',
          { className: 'qo-panel qo-warning', attrs: { role: 'alert' } },
          `⚠ ${t('classroom:lobby.damaged', { count: stored.value.damaged.length })}`,
        ),
      );
    page.push(
      sessionListView({
        i18n,
        format: formats(i18n),
        sessions: stored.value.sessions,
        onOpen: (session) => void this.open(session),
        onRename: (session, name) => void this.rename(session, name),
        onDelete: (session) => void this.remove(session),
      }),
      sessionFileTools({
        i18n,
        store: this.services.classroom,
        sessions: stored.value.sessions,
        onImported: () => void this.reload(),
      }),
    );
    return page;
  }
}
