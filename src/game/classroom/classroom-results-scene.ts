import Phaser from 'phaser';
import { classScores, itemAnalysis, playedLevel } from '../../core/classroom/class-results';
import { sessionScoreRecords } from '../../core/classroom/session-score-records';
import type { CountryShape } from '../../core/geo/country-shapes';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { mountOverlay } from '../dom/dom-overlay';
import { dateStamp, downloadFile } from '../dom/download-file';
import { button, h } from '../dom/element';
import { formats } from '../dom/formats';
import { type GameServices, servicesOf } from '../game-services';
import { navigatorOf } from '../navigator';
import { colours } from '../theme';
import { classroomCsv } from './classroom-csv';
import { levelsById, type SessionSceneData } from './classroom-flow';
import { CLASSROOM_SCENES } from './classroom-scene-keys';
import { fullscreenButton } from './fullscreen-button';
import { resultsReport } from './results-report-view';
import { sessionConfusions } from './session-confusions';
import { showSessionSave } from './session-save-status';
import { teacherSheetView } from './teacher-sheet-view';
import './classroom.css';
import './classroom-print.css';

type BoardState = 'saving' | 'saved' | 'failed';

/**
 * The end of a lesson, as a page that also prints: the podium, the class table, the item analysis
 * and a teacher sheet per level; exported as CSV. The scores go to the leaderboard, tagged with
 * the class, each time the page opens (their ids make that a replacement, never a duplicate).
 */
export class ClassroomResultsScene extends Phaser.Scene {
  private services!: GameServices;
  private current!: SessionSceneData;
  private root!: HTMLElement;
  private board: BoardState = 'saving';
  private boardProblem = '';
  /** The map's countries, to count drops in another country among the confusions, once loaded. */
  private shapes: readonly CountryShape[] | undefined;

  constructor() {
    super(CLASSROOM_SCENES.results);
  }

  create(data: SessionSceneData): void {
    this.services = servicesOf(this);
    this.current = data;
    this.board = 'saving';
    this.boardProblem = '';
    this.cameras.main.setBackgroundColor(colours.background);
    this.services.audio.play('levelComplete');
    this.services.audio.startMusic();
    this.root = mountOverlay(this, () => navigatorOf(this).go(CLASSROOM_SCENES.lobby));
    this.root.classList.add('qc-page', 'qc-projector');
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, offLanguage);
    this.services.probe?.setInfo(this, 'classroomResults', () => ({
      board: this.board,
      totals: Object.fromEntries(
        classScores(this.current.session, levelsById(this)).map((score) => [
          score.participant.name,
          score.total,
        ]),
      ),
    }));
    this.render();
    void this.saveToLeaderboard();
    this.loadShapes();
  }

  /** Without the map, the confusions still list places, targets and events: only countries wait for it. */
  private loadShapes(): void {
    Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)])
      .then(([atlas]) => {
        if (!this.sys.isActive()) return;
        this.shapes = atlas.shapes;
        this.render();
      })
      .catch((error: unknown) =>
        console.error('Qantar: the map for the class confusions could not be loaded', error),
      );
  }

  private async saveToLeaderboard(): Promise<void> {
    let outcome: StorageResult<void> = { ok: true, value: undefined };
    for (const record of sessionScoreRecords(this.current.session, levelsById(this))) {
      outcome = await this.services.scores.save(record);
      if (!outcome.ok) break;
    }
    if (!this.sys.isActive()) return;
    this.board = outcome.ok ? 'saved' : 'failed';
    this.boardProblem = outcome.ok ? '' : outcome.problem;
    this.render();
  }

  private render(): void {
    const { i18n } = this.services;
    const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
    const { session } = this.current;
    const levels = levelsById(this);
    const scores = classScores(session, levels);
    const analysis = itemAnalysis(session, levels);
    const format = formats(i18n);
    const focusedText = document.activeElement?.textContent;
    const saveStatus = h('p', { className: 'qo-status' });
    const board = h(
      'p',
      { className: 'qo-status', attrs: { role: 'status', 'data-state': this.board } },
      this.board === 'saving'
        ? `… ${t('classroom:results.boardSaving')}`
        : this.board === 'saved'
          ? `✓ ${t('classroom:results.boardSaved', { name: session.name })}`
          : `⚠ ${t('classroom:results.boardFailed')} ${t(`leaderboard:storage.${this.boardProblem}`)}`,
    );
    const tools = h(
      'nav',
      { className: 'qo-actions qc-no-print', attrs: { 'aria-label': t('classroom:results.tools') } },
      button(`⤓ ${t('classroom:results.csv')}`, () => this.exportCsv(), 'qo-primary'),
      button(`🖶 ${t('classroom:results.print')}`, () => window.print()),
      button(t('leaderboard:open'), () =>
        navigatorOf(this).go('leaderboard', { returnTo: CLASSROOM_SCENES.lobby }),
      ),
    );
    const sheets = session.playlist.flatMap((id, index) => {
      const level = levels.get(id);
      return level ? [teacherSheetView(i18n, playedLevel(session, level), index)] : [];
    });
    this.root.replaceChildren(
      h(
        'main',
        { className: 'qo-page', attrs: { 'aria-labelledby': 'qc-results-title' } },
        h(
          'header',
          { className: 'qo-bar' },
          h(
            'span',
            { className: 'qc-no-print' },
            button(`← ${t('classroom:turn.sessions')}`, () => navigatorOf(this).go(CLASSROOM_SCENES.lobby)),
          ),
          h(
            'h1',
            { attrs: { id: 'qc-results-title' } },
            t('classroom:results.title', { name: session.name }),
          ),
          h('span', { className: 'qc-no-print' }, fullscreenButton(i18n)),
        ),
        h(
          'p',
          { className: 'qo-muted' },
          [
            format.date(session.createdAt),
            t(session.teams ? 'classroom:lobby.teams' : 'classroom:lobby.players', {
              count: session.participants.length,
            }),
            t(`classroom:scoring.${session.settings.scoreMode}`),
            session.endedEarly ? t('classroom:status.endedEarly') : '',
          ]
            .filter((part) => part !== '')
            .join(' · '),
        ),
        saveStatus,
        board,
        tools,
        ...resultsReport({
          i18n,
          format,
          session,
          levels,
          scores,
          analysis,
          confusions: sessionConfusions(session, levels, this.shapes),
        }),
        ...sheets,
      ),
    );
    showSessionSave(saveStatus, i18n, this.current.saving);
    const again = [...this.root.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === focusedText,
    );
    (again ?? this.root.querySelector<HTMLButtonElement>('.qo-primary'))?.focus();
  }

  private exportCsv(): void {
    const { session } = this.current;
    const levels = levelsById(this);
    const text = classroomCsv(
      this.services.i18n,
      session,
      levels,
      classScores(session, levels),
      itemAnalysis(session, levels),
      sessionConfusions(session, levels, this.shapes),
    );
    const name = session.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'classroom';
    downloadFile(`qantar-${name}-${dateStamp(session.createdAt)}.csv`, text, 'text/csv;charset=utf-8');
  }
}
