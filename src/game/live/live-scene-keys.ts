/** Qantar Live's screens, by the Phaser scene key each is registered under. */
export const LIVE_SCENES = {
  /** The teacher's projector: setup, lobby, challenge in progress, scoreboard. */
  host: 'live-host',
  /** A pupil's device: join, wait, play, reveal. */
  pupil: 'live-pupil',
} as const;

/** How the projector's page is opened. */
export type LiveHostData =
  /** From the classroom lobby: set up a new live session. */
  | { readonly setup: true }
  /** From the address (#/live-host/<code>), after a reload: back into the room this tab holds. */
  | { readonly code: string }
  /** From the classroom lobby's list: resume a saved live session with the host token kept beside it. */
  | { readonly sessionId: string }
  /**
   * Back from the class map: the room already held. (Phaser keeps a scene's last data when started
   * without any, so this is said explicitly.)
   */
  | { readonly held: true };
