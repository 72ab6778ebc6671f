import {
  RANKING_DISPLAYS,
  type SessionSettings,
  TIME_LIMITS_SECONDS,
  TURN_MODES,
} from '../../core/classroom/classroom-session';
import {
  namesIn,
  playlistSteps,
  relayTurns,
  type SessionDraft,
  type SetupField,
  type SetupProblem,
} from '../../core/classroom/session-setup';
import { DIFFICULTIES } from '../../core/level/difficulty';
import { type LevelCatalog, levelKinds } from '../../core/level/level-catalog';
import { SCORE_MODES } from '../../core/scoring/score-mode';
import type { I18nService } from '../../services/i18n-service';
import { button, h, selectElement } from '../dom/element';
import { languageNameInItself } from '../language-name';

export interface SetupFormOptions {
  readonly i18n: I18nService;
  readonly catalog: LevelCatalog;
  readonly defaults: SessionSettings;
  /** Checks and starts the session; the problems it returns are shown on the form. */
  readonly onSubmit: (draft: SessionDraft) => Promise<readonly SetupProblem[]>;
  readonly onCancel: () => void;
  /** A Live session (src/game/live/): pupils join on their own devices, so no roster and no turn mode. */
  readonly live?: boolean;
}

const NO_LIMIT = 'none';

/**
 * The new-session form: the class, its players (pasted one name per line) or teams, the levels
 * to play, and the settings. Every problem is listed at the top and said again at its field.
 */
export function sessionSetupForm(options: SetupFormOptions): HTMLFormElement {
  const { i18n, catalog, defaults } = options;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);

  const name = h('input', {
    // No maxlength: it counts UTF-16 units and cuts mid-emoji; the name rule (graphemes) is checked on submit.
    attrs: { id: 'qc-name', type: 'text', autocomplete: 'off', required: '' },
  });
  const players = h('textarea', { attrs: { id: 'qc-players', rows: '6', spellcheck: 'false' } });
  const teams = h('div', { attrs: { id: 'qc-teams' } });
  let teamCount = 0;
  const addTeam = () => {
    teamCount += 1;
    const id = `qc-team-${teamCount}`;
    const row = h(
      'div',
      { className: 'qc-team' },
      h(
        'div',
        { className: 'qo-field' },
        h('label', { attrs: { for: `${id}-name` } }, t('classroom:setup.teamName')),
        h('input', { attrs: { id: `${id}-name`, type: 'text', autocomplete: 'off', 'data-team': 'name' } }),
      ),
      h(
        'div',
        { className: 'qo-field' },
        h('label', { attrs: { for: `${id}-members` } }, t('classroom:setup.teamMembers')),
        h('textarea', {
          attrs: { id: `${id}-members`, rows: '2', spellcheck: 'false', 'data-team': 'members' },
        }),
      ),
      button(t('classroom:setup.removeTeam'), () => {
        row.remove();
        renumber();
      }),
    );
    teams.append(row);
    renumber();
  };
  // Each row says which team it is, so a screen reader hears "Team 2 name", not three "Name"s.
  const renumber = () =>
    [...teams.querySelectorAll('.qc-team')].forEach((row, index) => {
      const labels = row.querySelectorAll('label');
      labels[0]?.replaceChildren(t('classroom:setup.teamName', { number: index + 1 }));
      labels[1]?.replaceChildren(t('classroom:setup.teamMembers', { number: index + 1 }));
      row
        .querySelector('button')
        ?.setAttribute('aria-label', t('classroom:setup.removeTeamNumber', { number: index + 1 }));
    });
  addTeam();
  addTeam();
  const addTeamButton = button(`+ ${t('classroom:setup.addTeam')}`, addTeam);

  const playersField = h(
    'div',
    { className: 'qo-field' },
    h('label', { attrs: { for: 'qc-players' } }, t('classroom:setup.players')),
    h('p', { className: 'qo-muted', attrs: { id: 'qc-players-hint' } }, t('classroom:setup.playersHint')),
    players,
  );
  players.setAttribute('aria-describedby', 'qc-players-hint');
  const teamsField = h('div', {}, teams, h('div', { className: 'qo-actions' }, addTeamButton));
  const kind = radios(
    'qc-kind',
    t('classroom:setup.who'),
    [
      ['players', t('classroom:setup.kind.players')],
      ['teams', t('classroom:setup.kind.teams')],
    ],
    'players',
    (value) => {
      playersField.hidden = value !== 'players';
      teamsField.hidden = value !== 'teams';
    },
  );
  teamsField.hidden = true;

  // The levels play in the order the teacher ticks them, not the level select's.
  let chosen: string[] = [];
  const order = h('p', { attrs: { id: 'qc-order', 'aria-live': 'polite' } });
  const relayNote = h('p', {
    className: 'qc-relay-note',
    attrs: { id: 'qc-relay-note', 'aria-live': 'polite', 'data-testid': 'relay-note' },
  });
  const playlist = h(
    'fieldset',
    { className: 'qc-options', attrs: { id: 'qc-playlist' } },
    h('legend', {}, t('classroom:setup.playlist')),
    h('p', { className: 'qo-muted' }, t('classroom:setup.orderHint')),
    ...catalog.chapters.flatMap((chapter) =>
      chapter.levels.map((level) => {
        const input = h('input', { attrs: { type: 'checkbox', name: 'qc-level', value: level.id } });
        input.addEventListener('change', () => {
          chosen = chosen.filter((id) => id !== level.id);
          if (input.checked) chosen.push(level.id);
          showPlan();
        });
        const kinds = levelKinds(level)
          .map((kindOf) => t(`ui:kind.${kindOf}`))
          .join(', ');
        return h(
          'label',
          {},
          input,
          h(
            'span',
            {},
            h('strong', {}, t(`content:${level.title}`)),
            ' ',
            h(
              'span',
              { className: 'qo-muted' },
              `— ${t('ui:levelSelect.chapter', { number: chapter.chapter })}, ${kinds}`,
            ),
          ),
        );
      }),
    ),
  );

  const turnMode = radios(
    'qc-turn-mode',
    t('classroom:setup.turnMode'),
    TURN_MODES.map((mode) => [mode, t(`classroom:turnMode.${mode}`), t(`classroom:turnMode.${mode}Hint`)]),
    defaults.turnMode,
    () => showPlan(),
  );
  const difficulty = radios(
    'qc-difficulty',
    t('classroom:setup.difficulty'),
    DIFFICULTIES.map((value) => [value, t(`ui:difficulty.${value}`)]),
    defaults.difficulty,
    () => showPlan(),
  );
  const time = selectElement(
    'qc-time',
    [
      [NO_LIMIT, t('classroom:setup.noTimeLimit')],
      ...TIME_LIMITS_SECONDS.map((seconds): [string, string] => [
        String(seconds),
        seconds < 60
          ? t('classroom:setup.seconds', { count: seconds })
          : t('classroom:setup.minutes', { count: seconds / 60 }),
      ]),
    ],
    defaults.timeLimitSeconds === null ? NO_LIMIT : String(defaults.timeLimitSeconds),
  );
  const hints = h('input', { attrs: { id: 'qc-hints', type: 'checkbox' } });
  hints.checked = defaults.hints;
  const language = selectElement(
    'qc-language',
    i18n.languages.map((code): [string, string] => [code, languageNameInItself(code)]),
    defaults.language,
  );
  const scoring = radios(
    'qc-scoring',
    t('classroom:setup.scoring'),
    SCORE_MODES.map((mode) => [mode, t(`classroom:scoring.${mode}`), t(`classroom:scoring.${mode}Hint`)]),
    defaults.scoreMode,
  );
  const ranking = radios(
    'qc-ranking',
    t('classroom:setup.ranking'),
    RANKING_DISPLAYS.map((value) => [value, t(`classroom:ranking.${value}`)]),
    defaults.ranking,
  );

  const summary = h('div', {
    className: 'qc-errors',
    attrs: { id: 'qc-errors', tabindex: '-1', role: 'alert' },
  });
  summary.hidden = true;
  const submit = h(
    'button',
    { className: 'qo-primary', attrs: { type: 'submit' } },
    `▶ ${t('classroom:setup.start')}`,
  );

  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'qc-setup-title', novalidate: '' } },
    h('h2', { attrs: { id: 'qc-setup-title' } }, t('classroom:setup.title')),
    summary,
    h(
      'div',
      { className: 'qo-field' },
      h('label', { attrs: { for: 'qc-name' } }, t('classroom:setup.name')),
      name,
    ),
    options.live
      ? null
      : h('fieldset', {}, h('legend', {}, t('classroom:setup.participants')), kind, playersField, teamsField),
    playlist,
    order,
    h(
      'fieldset',
      {},
      h('legend', {}, t('classroom:setup.settings')),
      relayNote,
      h('div', { className: 'qc-grid' }, options.live ? null : turnMode, difficulty),
      h(
        'div',
        { className: 'qc-grid' },
        h(
          'div',
          { className: 'qo-field' },
          h('label', { attrs: { for: 'qc-time' } }, t('classroom:setup.timeLimit')),
          time,
        ),
        h(
          'div',
          { className: 'qo-field' },
          h('label', { attrs: { for: 'qc-language' } }, t('classroom:setup.language')),
          language,
        ),
      ),
      h('div', { className: 'qc-options' }, h('label', {}, hints, h('span', {}, t('classroom:setup.hints')))),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('classroom:setup.fairPlay')),
      h('p', { className: 'qo-muted' }, t('classroom:setup.fairPlayHint')),
      h('div', { className: 'qc-grid' }, scoring, ranking),
    ),
    h('div', { className: 'qo-actions' }, submit, button(t('classroom:setup.cancel'), options.onCancel)),
  );

  const draft = (): SessionDraft => {
    const asTeams = checked(form, 'qc-kind') === 'teams';
    const limit = time.value === NO_LIMIT ? null : Number(time.value);
    return {
      name: name.value,
      teams: asTeams,
      participants: asTeams
        ? [...teams.querySelectorAll('.qc-team')].map((row) => ({
            name: row.querySelector<HTMLInputElement>('[data-team="name"]')?.value ?? '',
            members: namesIn(
              row.querySelector<HTMLTextAreaElement>('[data-team="members"]')?.value ?? '',
              true,
            ),
          }))
        : namesIn(players.value).map((player) => ({ name: player, members: [] })),
      playlist: [...chosen],
      settings: {
        turnMode: checked(form, 'qc-turn-mode') as SessionSettings['turnMode'],
        difficulty: checked(form, 'qc-difficulty') as SessionSettings['difficulty'],
        timeLimitSeconds: limit,
        hints: hints.checked,
        language: language.value,
        scoreMode: checked(form, 'qc-scoring') as SessionSettings['scoreMode'],
        ranking: checked(form, 'qc-ranking') as SessionSettings['ranking'],
      },
    };
  };

  const fieldOf = (field: SetupField): HTMLElement => {
    switch (field) {
      case 'name':
        return name;
      case 'participants':
        return teamsField.hidden ? players : (teams.querySelector('input') ?? addTeamButton);
      case 'playlist':
        return playlist;
      case 'timeLimit':
        return time;
    }
  };
  const show = (problems: readonly SetupProblem[]) => {
    for (const stale of form.querySelectorAll('.qc-field-error')) stale.remove();
    for (const marked of form.querySelectorAll('[aria-invalid]')) {
      marked.removeAttribute('aria-invalid');
      marked.setAttribute(
        'aria-describedby',
        (marked.getAttribute('aria-describedby') ?? '').replace(/\s*qc-error-\S+/g, '').trim(),
      );
    }
    summary.hidden = problems.length === 0;
    if (problems.length === 0) return;
    const messages = problems.map((problem) => t(`classroom:setup.problem.${problem.code}`, problem.params));
    summary.replaceChildren(
      h('h2', {}, t('classroom:setup.problems', { count: problems.length })),
      h('ul', {}, ...messages.map((message) => h('li', {}, message))),
    );
    problems.forEach((problem, index) => {
      const field = fieldOf(problem.field);
      const errorId = `qc-error-${index}`;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute(
        'aria-describedby',
        `${field.getAttribute('aria-describedby') ?? ''} ${errorId}`.trim(),
      );
      field.after(h('p', { className: 'qc-field-error', attrs: { id: errorId } }, `⚠ ${messages[index]}`));
    });
    summary.focus();
  };

  /** The playing order, and in relay mode how many will have a turn: said while the teacher sets up. */
  const showPlan = () => {
    const titles = chosen.flatMap((id) => {
      const level = catalog.levels.find((candidate) => candidate.id === id);
      return level ? [t(`content:${level.title}`)] : [];
    });
    order.replaceChildren(
      titles.length === 0
        ? t('classroom:setup.orderNone')
        : t('classroom:setup.order', {
            levels: titles.map((title, index) => `${index + 1}. ${title}`).join(' · '),
          }),
    );
    const current = draft();
    const total = current.participants.filter((participant) => participant.name.trim() !== '').length;
    const relay = !options.live && current.settings.turnMode === 'relay';
    relayNote.hidden = !relay || total === 0 || chosen.length === 0;
    if (relayNote.hidden) return;
    const steps = playlistSteps(chosen, catalog.levels, current.settings.difficulty).length;
    const { playing, left } = relayTurns(total, steps);
    relayNote.classList.toggle('qc-warning', left > 0);
    relayNote.replaceChildren(
      left > 0
        ? `⚠ ${t('classroom:setup.relaySome', { playing, total, left, steps })}`
        : t('classroom:setup.relayAll', { total, steps }),
    );
  };
  players.addEventListener('input', showPlan);
  teams.addEventListener('input', showPlan);
  kind.addEventListener('change', showPlan);
  showPlan();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    void options.onSubmit(draft()).then((problems) => {
      submit.disabled = false;
      show(problems);
    });
  });
  return form;
}

function checked(form: HTMLFormElement, name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function radios(
  name: string,
  legend: string,
  choices: readonly (readonly [string, string, string?])[],
  value: string,
  onChange?: (value: string) => void,
): HTMLElement {
  return h(
    'fieldset',
    { className: 'qc-options' },
    h('legend', {}, legend),
    ...choices.map(([choice, label, hint]) => {
      const input = h('input', { attrs: { type: 'radio', name, value: choice } });
      input.checked = choice === value;
      if (onChange) input.addEventListener('change', () => input.checked && onChange(choice));
      return h(
        'label',
        {},
        input,
        h(
          'span',
          {},
          h('strong', {}, label),
          hint ? h('span', { className: 'qo-muted' }, ` — ${hint}`) : null,
        ),
      );
    }),
  );
}
