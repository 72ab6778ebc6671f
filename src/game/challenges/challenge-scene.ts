import Phaser from 'phaser';
import type { AnswerOf, ChallengeOf, PlayerViewOf } from '../../core/challenges/challenge-kinds';
import { playerViewOf } from '../../core/challenges/challenge-registry';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import type { Difficulty } from '../../core/level/difficulty';
import type { ChallengeKind, Level, MapView as LevelMap } from '../../core/level/level-types';
import { currentChallenge } from '../../core/run/level-run';
import { loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { type GameServices, servicesOf } from '../game-services';
import { type AnswerSoFar, type ChallengeSceneData, isBlind, leaveChallenge } from '../level-flow';
import { navigatorOf } from '../navigator';
import { colours, uiUnit } from '../theme';
import type { Button, ButtonOptions } from '../ui/button';
import { addControlButton } from '../ui/control-button';
import { FocusGroup } from '../ui/focus-group';
import { oncePerKeyEvent } from '../ui/once-per-key-event';

/** A challenge played with its answers: only then may a scene score a move or reveal the truth. */
export interface OpenPlay<K extends ChallengeKind> {
  readonly level: Level;
  readonly challenge: ChallengeOf<K>;
}

/**
 * What every challenge scene shares, so each kind's scene only draws its own state and turns input
 * into its reducer's actions: it reads its data (a level run, or a blind play with only the player
 * view), redraws on resize and language change, sends Escape to `escape()`, and frees what it
 * registered when it shuts down.
 *
 * A subclass implements `begin()` (first drawing, after `create` has set everything below),
 * `relayout()` (draw again at the current size), `answerSoFar()` and `probeInfo()`. It registers
 * any listener of its own with `whenShutDown`, so nothing outlives the scene.
 */
export abstract class ChallengeScene<K extends ChallengeKind> extends Phaser.Scene implements AnswerSoFar {
  protected services!: GameServices;
  protected sceneData!: ChallengeSceneData;
  /** What the player may see: the player view, never the answers. Play code reads only this. */
  protected view!: PlayerViewOf<K>;
  /** The challenge itself, only when played with its answers shown (solo play, one-device classroom). */
  protected open: OpenPlay<K> | null = null;
  protected levelMap!: LevelMap;
  protected difficulty: Difficulty = 'easy';
  protected focus!: FocusGroup;
  protected unit = 1;
  private cleanUps: (() => void)[] = [];

  protected constructor(private readonly kind: K) {
    super(kind);
  }

  create(data: ChallengeSceneData): void {
    this.sceneData = data;
    this.services = servicesOf(this);
    this.cleanUps = [];
    if (!this.readData(data)) {
      navigatorOf(this).go('level-select');
      return;
    }
    this.cameras.main.setBackgroundColor(colours.background);
    this.unit = uiUnit(this.scale.width, this.scale.height);
    // Keys a scene must see before the focus group does (e.g. arrows steering a pin) go here.
    this.listenBeforeFocus();
    this.focus = new FocusGroup(this);

    const onResize = () => {
      this.unit = uiUnit(this.scale.width, this.scale.height);
      this.relayout();
    };
    this.scale.on('resize', onResize);
    this.whenShutDown(() => this.scale.off('resize', onResize));
    const offLanguage = this.services.i18n.onLanguageChanged((language) => {
      loadCountryNames(language)
        .catch((error: unknown) => console.error('Qantar: the country names could not be loaded', error))
        .finally(() => {
          if (this.sys.isActive()) this.languageChanged();
        });
    });
    this.whenShutDown(offLanguage);
    const keyboard = this.input.keyboard;
    const onEscape = oncePerKeyEvent(() => {
      this.escape();
      return true;
    });
    keyboard?.on('keydown-ESC', onEscape);
    this.whenShutDown(() => keyboard?.off('keydown-ESC', onEscape));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const cleanUp of this.cleanUps.splice(0).reverse()) cleanUp();
    });
    this.services.probe?.setInfo(this, this.kind, () => this.probeInfo());
    this.begin();
  }

  /** Draws the challenge for the first time. */
  protected abstract begin(): void;

  /** Draws the challenge again at the current size (`this.unit` is already updated). */
  protected abstract relayout(): void;

  /** The answer so far, raw (what the player did), never a score. */
  abstract answerSoFar(): AnswerOf<K>;

  /** What the read-only test probe reports under the kind's name. */
  protected abstract probeInfo(): unknown;

  /** Runs once the new language's country names are loaded; by default, a relayout. */
  protected languageChanged(): void {
    this.relayout();
  }

  /** Escape. A scene that has something open (a card in hand, a fact card) closes it first. */
  protected escape(): void {
    this.leave();
  }

  /** Back to where this challenge was opened from (the level select, or the blind play's caller). */
  protected leave(): void {
    leaveChallenge(this, this.sceneData);
  }

  protected listenBeforeFocus(): void {}

  /** Runs when the scene shuts down, after those registered later (the reverse order). */
  protected whenShutDown(cleanUp: () => void): void {
    this.cleanUps.push(cleanUp);
  }

  /**
   * The map's geometry and the country names in the current language. Resolves to null when the
   * player has left or restarted the challenge meanwhile, so a late answer never draws on a stale scene.
   */
  protected loadMapData(): Promise<CountryAtlas | null> {
    const started = this.sceneData;
    return Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)]).then(([atlas]) =>
      this.sys.isActive() && this.sceneData === started ? atlas : null,
    );
  }

  protected t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  /** A button that is also reachable by keyboard and visible to the test probe. */
  protected addButton(id: string, options: ButtonOptions): Button {
    return addControlButton(this, this.services, this.focus, id, options);
  }

  private readData(data: ChallengeSceneData): boolean {
    if (isBlind(data)) {
      const { view } = data.blind;
      if (view.kind !== this.kind)
        throw new Error(`The ${this.kind} scene was started on a ${view.kind} view`);
      this.view = view as PlayerViewOf<K>;
      this.open = null;
      this.levelMap = data.blind.map;
      this.difficulty = data.blind.difficulty;
      return true;
    }
    const challenge = currentChallenge(data.level, data.run);
    if (challenge?.kind !== this.kind) {
      console.error(
        `Qantar: step ${data.run.challengeIndex} of "${data.level.id}" is not a ${this.kind} challenge`,
      );
      return false;
    }
    const own = challenge as ChallengeOf<K>;
    this.view = playerViewOf(own) as PlayerViewOf<K>;
    this.open = { level: data.level, challenge: own };
    this.levelMap = data.level.map;
    this.difficulty = data.run.difficulty;
    return true;
  }
}
