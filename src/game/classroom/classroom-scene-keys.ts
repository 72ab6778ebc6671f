/** The classroom's screens, by the Phaser scene key each is registered under. */
export const CLASSROOM_SCENES = {
  lobby: 'classroom',
  turn: 'classroom-turn',
  classMap: 'class-map',
  results: 'classroom-results',
} as const;
