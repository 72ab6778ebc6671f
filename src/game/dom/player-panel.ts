import type { PlayerProfiles } from '../../core/player/player-profile';
import type { Translator } from '../../core/ports/translator';
import { button, h } from './element';
import { nameForm } from './name-form';

export interface PlayerPanelServices {
  readonly i18n: Translator;
  readonly player: PlayerProfiles;
}

/**
 * Who is playing: the name with a way to change it, or, until a name is given, the field to give
 * one. The name is shown as text, whatever characters it holds.
 */
export function playerPanel({ i18n, player }: PlayerPanelServices, onRenamed: () => void): HTMLElement {
  const panel = h('div');
  const show = (editing: boolean) => {
    const name = player.current.name;
    if (name === '' || editing) {
      const form = nameForm({
        i18n,
        initial: name,
        submitLabel: i18n.t('leaderboard:player.save'),
        onSubmit: (raw) => {
          const check = player.rename(raw);
          if (check.ok) {
            show(false);
            onRenamed();
            panel.querySelector('button')?.focus();
          }
          return check;
        },
        ...(name === '' ? {} : { onCancel: () => show(false) }),
      });
      panel.replaceChildren(name === '' ? h('p', {}, i18n.t('leaderboard:player.ask')) : '', form);
      return;
    }
    panel.replaceChildren(
      h(
        'p',
        {},
        `${i18n.t('leaderboard:player.playingAs')} `,
        h('strong', { attrs: { 'data-testid': 'player-name' } }, name),
        ' ',
        button(i18n.t('leaderboard:player.change'), () => {
          show(true);
          panel.querySelector('input')?.focus();
        }),
      ),
    );
  };
  show(false);
  return panel;
}
