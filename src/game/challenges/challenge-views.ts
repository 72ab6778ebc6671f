import type { ChallengeKind } from '../../core/level/level-types';
import { type LazyScene, lazyScene } from '../navigator';

/** What the game needs to show one kind of challenge: its screen, where its code lives, its texts. */
export interface ChallengeView<K extends ChallengeKind> {
  /** The Phaser key of its scene, which ChallengeScene<K> takes from the kind itself. */
  readonly sceneKey: K;
  /** Its scene module, downloaded with the other challenge screens the first time one is opened. */
  readonly scene: LazyScene;
  /** The i18next namespace of its screen's own words: `locales/<language>/<namespace>.json`. */
  readonly namespace: string;
}

/**
 * Every kind's view, the one list the game side keeps: the challenges' group of screens in
 * src/main.ts is derived from it, so a new kind is one entry
 * here (the compiler asks for it, the table being typed over every kind).
 *
 * src/main.ts imports this file, so it is bundled into the entry chunk: the chunk addresses written
 * in these `import()`s are relative to the entry's own address, the base its importAgain is given.
 */
export const CHALLENGE_VIEWS: { readonly [K in ChallengeKind]: ChallengeView<K> } = {
  place: {
    sceneKey: 'place',
    scene: lazyScene(() => import('../scenes/place-scene'), 'PlaceScene'),
    namespace: 'place',
  },
  timeline: {
    sceneKey: 'timeline',
    scene: lazyScene(() => import('./timeline/timeline-scene'), 'TimelineScene'),
    namespace: 'timeline',
  },
  match: {
    sceneKey: 'match',
    scene: lazyScene(() => import('./match/match-scene'), 'MatchScene'),
    namespace: 'match',
  },
};

const views = Object.values(CHALLENGE_VIEWS) as readonly ChallengeView<ChallengeKind>[];

/** The scene keys, modules and text namespaces of every kind, for the challenges' group of screens. */
export const challengeScreens = {
  keys: views.map((view) => view.sceneKey),
  scenes: views.map((view) => view.scene),
  namespaces: views.map((view) => view.namespace),
};
