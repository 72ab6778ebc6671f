import type { ClassroomSession } from '../../core/classroom/classroom-session';
import type { SessionPosition } from '../../core/classroom/session-position';
import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import type { TurnNotice } from './classroom-flow';
import { fullscreenButton } from './fullscreen-button';

export interface TurnViewContent {
  readonly i18n: Translator;
  readonly session: ClassroomSession;
  readonly position: Extract<SessionPosition, { phase: 'play' }>;
  readonly participant: { readonly name: string; readonly members: readonly string[] };
  /** "Level — challenge prompt", already translated. */
  readonly challenge: string;
  readonly notice: TurnNotice | undefined;
  readonly scoreboard: HTMLElement | null;
}

export interface TurnViewActions {
  readonly start: () => void;
  readonly skip: () => void;
  readonly end: () => void;
  readonly sessions: () => void;
}

export interface TurnView {
  readonly element: HTMLElement;
  /** Where the save of the last answer is reported. */
  readonly status: HTMLElement;
  readonly start: HTMLButtonElement;
}

/**
 * The screen between turns, for the whole class: whose turn it is, in letters large enough for
 * the back of the room, what they will play, and (between challenges) the scoreboard.
 */
export function turnView(content: TurnViewContent, actions: TurnViewActions): TurnView {
  const { i18n, session, position, participant } = content;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const status = h('p', { className: 'qo-status' });
  const start = button(
    `▶ ${t(session.paused ? 'classroom:turn.resume' : 'classroom:turn.start')}`,
    actions.start,
    'qo-primary qc-start',
  );
  const endButton = button(`■ ${t('classroom:end.button')}`, () => {
    confirm.hidden = false;
    confirm.querySelector('button')?.focus();
  });
  const confirm = h(
    'div',
    { className: 'qo-panel', attrs: { role: 'group', 'aria-labelledby': 'qc-end-question' } },
    h('p', { attrs: { id: 'qc-end-question' } }, t('classroom:end.question')),
    h(
      'div',
      { className: 'qo-actions' },
      button(t('classroom:end.cancel'), () => {
        confirm.hidden = true;
        endButton.focus();
      }),
      button(t('classroom:end.confirm'), actions.end, 'qo-danger'),
    ),
  );
  confirm.hidden = true;
  const everyone = session.settings.turnMode === 'everyone';
  const element = h(
    'main',
    { className: 'qo-page', attrs: { 'aria-labelledby': 'qc-turn-title' } },
    h(
      'header',
      { className: 'qo-bar' },
      button(`← ${t('classroom:turn.sessions')}`, actions.sessions),
      h('p', { className: 'qc-class' }, h('strong', {}, session.name)),
      h(
        'span',
        { className: 'qo-muted' },
        t('classroom:turn.stepOf', { step: position.step + 1, steps: session.steps.length }),
      ),
      fullscreenButton(i18n),
    ),
    status,
    content.notice
      ? h('p', { className: 'qc-notice', attrs: { role: 'alert' } }, noticeText(i18n, content.notice))
      : null,
    h(
      'div',
      { className: content.scoreboard ? 'qc-turn-layout' : '' },
      h(
        'section',
        { className: 'qc-announce' },
        h('p', {}, content.challenge),
        h(
          'h1',
          { attrs: { id: 'qc-turn-title', 'data-testid': 'turn-title' } },
          session.paused ? `⏸ ${t('classroom:turn.paused')} — ` : '',
          t(session.teams ? 'classroom:turn.teamTurn' : 'classroom:turn.playerTurn', {
            name: participant.name,
          }),
        ),
        participant.members.length > 0
          ? h('p', { className: 'qc-members' }, participant.members.join(', '))
          : null,
        everyone
          ? h(
              'p',
              { className: 'qo-muted' },
              t('classroom:turn.everyoneLine', {
                turn: position.turnInStep + 1,
                turns: position.turnsInStep,
              }),
            )
          : null,
        h('div', { className: 'qo-actions' }, start),
        h(
          'div',
          { className: 'qo-actions' },
          button(`⏭ ${t('classroom:turn.skip', { name: participant.name })}`, actions.skip),
          endButton,
        ),
        confirm,
      ),
      content.scoreboard,
    ),
  );
  return { element, status, start };
}

function noticeText(i18n: Translator, notice: TurnNotice): string {
  switch (notice.kind) {
    case 'timeUp':
      return `⏱ ${i18n.t('classroom:notice.timeUp', { name: notice.name })}`;
    case 'skipped':
      return `⏭ ${i18n.t('classroom:notice.skipped', { name: notice.name })}`;
    case 'levelMissing':
      return `⚠ ${i18n.t('classroom:notice.levelMissing', { id: notice.levelId })}`;
  }
}
