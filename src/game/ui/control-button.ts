import type Phaser from 'phaser';
import type { GameServices } from '../game-services';
import { Button, type ButtonOptions } from './button';
import type { FocusGroup } from './focus-group';

/**
 * A button as every screen wants it: it clicks audibly, is reachable by keyboard through the
 * screen's focus group, and is visible to the test probe under a stable id.
 */
export function addControlButton(
  scene: Phaser.Scene,
  services: GameServices,
  focus: FocusGroup,
  id: string,
  options: ButtonOptions,
): Button {
  const button = new Button(scene, {
    ...options,
    onPress: () => {
      services.audio.play('button');
      options.onPress();
    },
  });
  focus.add(button);
  services.probe?.register(
    scene,
    id,
    button,
    () => button.label,
    () => button.isEnabled(),
  );
  return button;
}
