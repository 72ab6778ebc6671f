import type Phaser from 'phaser';
import './overlay.css';

/**
 * A page of HTML over the canvas for one scene, removed when the scene shuts down. Keys typed in
 * it stop here: Phaser listens on the window, and a space typed in a name must not press a button
 * of the game underneath. Escape leads back, unless a dialog is open (it closes the dialog).
 */
export function mountOverlay(scene: Phaser.Scene, onEscape: () => void): HTMLElement {
  const root = document.createElement('div');
  root.className = 'qo-overlay';
  root.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape' && !root.querySelector('dialog[open]')) onEscape();
  });
  root.addEventListener('keyup', (event) => event.stopPropagation());
  // With the focus outside the page (after a click on its background), Escape reaches Phaser.
  const keyboard = scene.input.keyboard;
  keyboard?.on('keydown-ESC', onEscape);
  document.body.append(root);
  scene.events.once('shutdown', () => {
    keyboard?.off('keydown-ESC', onEscape);
    root.remove();
  });
  return root;
}
