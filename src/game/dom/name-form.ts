import {
  checkPlayerName,
  MAX_PLAYER_NAME_LENGTH,
  type PlayerNameCheck,
  visibleLength,
} from '../../core/player/player-name';
import type { Translator } from '../../core/ports/translator';
import { button, h } from './element';

export interface NameFormOptions {
  readonly i18n: Translator;
  readonly initial: string;
  readonly submitLabel: string;
  /** Checks and keeps the name; a refusal is shown under the field and the form stays. */
  readonly onSubmit: (raw: string) => PlayerNameCheck;
  readonly onCancel?: () => void;
}

let forms = 0;

/** The player's name: one labelled field, its error said in words next to it. */
export function nameForm({
  i18n,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: NameFormOptions): HTMLFormElement {
  forms += 1;
  const inputId = `qo-name-${forms}`;
  const errorId = `${inputId}-error`;
  const input = h('input', {
    attrs: {
      id: inputId,
      type: 'text',
      name: 'player-name',
      autocomplete: 'nickname',
      spellcheck: 'false',
      // No maxlength: it counts UTF-16 units and would cut an emoji in half without a word. The rule
      // (characters as a reader sees them) is checked as the player types, and said.
      'aria-describedby': errorId,
    },
  });
  input.value = initial;
  const error = h('p', { className: 'qo-warning', attrs: { id: errorId, role: 'alert' } });
  error.hidden = true;
  const form = h(
    'form',
    { className: 'qo-form' },
    h(
      'div',
      { className: 'qo-field' },
      h('label', { attrs: { for: inputId } }, i18n.t('leaderboard:player.nameLabel')),
      input,
    ),
    h('button', { className: 'qo-primary', attrs: { type: 'submit' } }, submitLabel),
    onCancel ? button(i18n.t('leaderboard:player.cancel'), onCancel) : null,
    error,
  );
  const showProblem = (problem: string, params: Record<string, string | number>) => {
    error.textContent = i18n.t(`leaderboard:player.problem.${problem}`, params);
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  };
  input.addEventListener('input', () => {
    const check = checkPlayerName(input.value);
    if (!check.ok && check.problem === 'tooLong') {
      showProblem('tooLongNow', { max: MAX_PLAYER_NAME_LENGTH, found: visibleLength(input.value.trim()) });
    } else if (input.getAttribute('aria-invalid') === 'true') {
      error.hidden = true;
      input.removeAttribute('aria-invalid');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const check = onSubmit(input.value);
    if (!check.ok) {
      showProblem(check.problem, { max: MAX_PLAYER_NAME_LENGTH });
      input.focus();
    }
  });
  return form;
}
