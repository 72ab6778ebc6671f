import Phaser from 'phaser';
import { classScores } from '../../core/classroom/class-results';
import { participantById, sessionPosition } from '../../core/classroom/session-position';
import { mountOverlay } from '../dom/dom-overlay';
import { formats } from '../dom/formats';
import { type GameServices, servicesOf } from '../game-services';
import { navigatorOf } from '../navigator';
import { colours } from '../theme';
import { dispatch, levelsById, type SessionSceneData, showSession, type TurnNotice } from './classroom-flow';
import { CLASSROOM_SCENES } from './classroom-scene-keys';
import { playTurn } from './play-turn';
import { scoreboardView } from './scoreboard-view';
import { type SaveState, showSessionSave } from './session-save-status';
import { turnView } from './turn-view';
import './classroom.css';

/** Between turns: announces whose turn it is and, between challenges, shows the scoreboard. */
export class ClassroomTurnScene extends Phaser.Scene {
  private services!: GameServices;
  private current!: SessionSceneData;
  private root!: HTMLElement;
  private saveState: SaveState = 'none';

  constructor() {
    super(CLASSROOM_SCENES.turn);
  }

  create(data: SessionSceneData): void {
    this.services = servicesOf(this);
    this.current = data;
    this.saveState = 'none';
    this.cameras.main.setBackgroundColor(colours.background);
    this.services.audio.startMusic();
    this.root = mountOverlay(this, () => navigatorOf(this).go(CLASSROOM_SCENES.lobby));
    this.root.classList.add('qc-page', 'qc-projector');
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, offLanguage);
    this.services.probe?.setInfo(this, 'classroomTurn', () => {
      const position = sessionPosition(this.current.session);
      return {
        ...position,
        name:
          position.phase === 'play'
            ? participantById(this.current.session, position.participantId)?.name
            : null,
        save: this.saveState,
        answers: this.current.session.answers.length,
      };
    });
    this.render();
  }

  private render(): void {
    const { session, notice } = this.current;
    const position = sessionPosition(session);
    const participant =
      position.phase === 'play' ? participantById(session, position.participantId) : undefined;
    if (position.phase !== 'play' || !participant) {
      showSession(this, this.current);
      return;
    }
    const { i18n } = this.services;
    const format = formats(i18n);
    const levels = levelsById(this);
    const step = session.steps[position.step];
    const level = step ? levels.get(step.levelId) : undefined;
    const challenge = level?.challenges.find((candidate) => candidate.id === step?.challengeId);
    const showsBoard = session.settings.turnMode === 'relay' || position.turnInStep === 0;
    const view = turnView(
      {
        i18n,
        session,
        position,
        participant,
        challenge:
          level && challenge
            ? `${i18n.t(`content:${level.title}`)} — ${i18n.t(`content:${challenge.prompt}`)}`
            : (step?.levelId ?? ''),
        notice,
        scoreboard: showsBoard
          ? scoreboardView(
              i18n,
              format,
              classScores(session, levels),
              session.settings.ranking,
              session.teams,
            )
          : null,
      },
      {
        start: () => this.start(),
        skip: () =>
          this.go(
            dispatch(this.services, session, {
              type: 'turnSkipped',
              at: this.services.clock.now(),
              participantId: participant.id,
              step: position.step,
            }),
            { kind: 'skipped', name: participant.name },
          ),
        end: () =>
          this.go(dispatch(this.services, session, { type: 'ended', at: this.services.clock.now() })),
        sessions: () => navigatorOf(this).go(CLASSROOM_SCENES.lobby),
      },
    );
    this.root.replaceChildren(view.element);
    showSessionSave(view.status, i18n, this.current.saving, (state) => {
      this.saveState = state;
    });
    view.start.focus();
  }

  private start(): void {
    let { session } = this.current;
    if (session.paused) {
      const resumed = dispatch(this.services, session, { type: 'resumed', at: this.services.clock.now() });
      session = resumed.session;
      this.current = resumed;
    }
    if (playTurn(this, session)) return;
    const position = sessionPosition(session);
    const levelId = position.phase === 'play' ? (session.steps[position.step]?.levelId ?? '') : '';
    this.current = { ...this.current, session, notice: { kind: 'levelMissing', levelId } };
    this.render();
  }

  private go(data: SessionSceneData, notice?: TurnNotice): void {
    showSession(this, notice ? { ...data, notice } : data);
  }
}
