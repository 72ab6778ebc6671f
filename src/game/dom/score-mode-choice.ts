import type { Translator } from '../../core/ports/translator';
import { SCORE_MODES, type ScoreMode } from '../../core/scoring/score-mode';
import { h } from './element';

/** The scoring of the player's next games: two radio buttons, each with what it means. */
export function scoreModeChoice(
  i18n: Translator,
  current: ScoreMode,
  onChange: (mode: ScoreMode) => void,
): HTMLElement {
  return h(
    'fieldset',
    { className: 'qo-choice' },
    h('legend', {}, i18n.t('leaderboard:mode.legend')),
    ...SCORE_MODES.map((mode) => {
      const input = h('input', { attrs: { type: 'radio', name: 'qo-score-mode', value: mode } });
      input.checked = mode === current;
      input.addEventListener('change', () => {
        if (input.checked) onChange(mode);
      });
      return h(
        'label',
        {},
        input,
        h(
          'span',
          {},
          h('strong', {}, i18n.t(`leaderboard:mode.${mode}`)),
          ' — ',
          h('span', { className: 'qo-muted' }, i18n.t(`leaderboard:mode.${mode}Hint`)),
        ),
      );
    }),
  );
}
