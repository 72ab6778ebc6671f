/**
 * The words Qantar Live's server and its clients exchange, as plain types. The server validates
 * every message a client sends (shape, size, rate) before anything changes; the client sends raw
 * answers, never scores. Before a challenge's reveal, nothing sent to a pupil holds an answer: a
 * pupil gets player views (src/core/challenges/challenge-registry.ts), never the level.
 *
 * Transport: Colyseus 0.18. One room per session, whose roomId is the short room code. The public
 * room state (@colyseus/schema, server/live-state.ts) mirrors `LivePublicState`; everything private
 * travels as the messages below, to one client.
 */
import type { PlayerChallengeView } from '../challenges/challenge-kinds';
import type { ClassroomSession, SessionSettings } from '../classroom/classroom-session';
import type { Challenge, Level, MapView, TextKey } from '../level/level-types';
import type { ChallengeResult } from '../run/level-run';

/** The Colyseus room name. */
export const LIVE_ROOM = 'live';

/** Room codes: 6 characters without look-alikes (no 0/O, 1/I/L), read aloud or typed on a phone. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;

/** Default cap on pupils in one room (a class and a few guests); configurable on the server. */
export const DEFAULT_MAX_PUPILS = 60;

/** The phases a live session goes through; the projector and every pupil screen follow it. */
export type LivePhase = 'lobby' | 'play' | 'review' | 'scoreboard' | 'finished';

/** What every client in the room may see (the Colyseus schema state mirrors it). */
export interface LivePublicState {
  readonly code: string;
  readonly phase: LivePhase;
  /** Index into the session's steps; -1 in the lobby. */
  readonly step: number;
  readonly steps: number;
  /** Epoch ms when answers close, 0 without a time limit or while paused. */
  readonly deadline: number;
  /** Time left when paused, ms; 0 otherwise. */
  readonly pausedRemainingMs: number;
  readonly paused: boolean;
  readonly pupils: readonly LivePupilPublic[];
  /** Whether the host (projector) is connected. */
  readonly hostConnected: boolean;
}

export interface LivePupilPublic {
  readonly id: string;
  readonly name: string;
  readonly connected: boolean;
  /** Has answered the current step: the projector counts these, never shows what. */
  readonly answered: boolean;
}

/** What the teacher sets up: the same choices as a one-device session, the turn mode aside. */
export interface LiveSetup {
  readonly className: string;
  /** Level ids in the order the teacher chose. */
  readonly playlist: readonly string[];
  readonly settings: Omit<SessionSettings, 'turnMode'>;
  /** Teachers' own level files (raw JSON text), checked by the server with the game's validator. */
  readonly customLevels?: readonly string[];
}

/** Options of `client.create(LIVE_ROOM, …)` (the teacher) and `client.joinById(code, …)` (everyone). */
export type LiveJoinOptions =
  | { readonly role: 'host'; readonly setup: LiveSetup }
  | { readonly role: 'host'; readonly hostToken: string }
  | { readonly role: 'pupil'; readonly name: string; readonly language: string }
  | { readonly role: 'pupil'; readonly seatToken: string };

/** A challenge as a pupil plays it before the reveal: its player view and what is needed to draw it. */
export interface LiveChallengeView {
  readonly step: number;
  readonly steps: number;
  readonly levelId: string;
  readonly levelTitle: TextKey;
  readonly map: MapView;
  readonly challenge: PlayerChallengeView;
  /** Texts of a teacher's own level for the keys the view shows, by language; absent for shipped levels. */
  readonly texts?: Readonly<Record<string, unknown>>;
  readonly settings: Pick<SessionSettings, 'difficulty' | 'hints' | 'language' | 'timeLimitSeconds'>;
}

/** Client → server. */
export type LiveClientMessage =
  /** A pupil's final answer to a step: raw, scored by the server. Only the first counts. */
  | { readonly type: 'answer'; readonly step: number; readonly answer: unknown }
  /** A pupil's answer so far, kept (not recorded) so that time running out still scores it. */
  | { readonly type: 'draft'; readonly step: number; readonly answer: unknown }
  /** Host only. */
  | { readonly type: 'start' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** Closes the answers of the current step now (everyone answered, or the teacher says so). */
  | { readonly type: 'close' }
  /** From the class map to the scoreboard, from the scoreboard to the next step or the end. */
  | { readonly type: 'next' }
  | { readonly type: 'remove'; readonly pupilId: string }
  | { readonly type: 'end' };

export type LiveClientMessageType = LiveClientMessage['type'];

/** Server → one client. */
export type LiveServerMessage =
  /** To the host, once it has a seat: keep the token in the tab to come back after a reload. */
  | { readonly type: 'host'; readonly hostToken: string; readonly code: string }
  /** To a pupil, once seated. */
  | { readonly type: 'seat'; readonly seatToken: string; readonly pupilId: string; readonly name: string }
  /** To a pupil: the challenge to play now (also after a reconnection), and whether their answer is in. */
  | {
      readonly type: 'challenge';
      readonly view: LiveChallengeView;
      readonly answered: boolean;
      /** The server's clock when sent (epoch ms): `deadline` is on that clock, a device's may differ. */
      readonly serverNow?: number;
    }
  | { readonly type: 'answerAccepted'; readonly step: number }
  /** To a pupil at the class reveal: the challenge with its answers, and their own result. */
  | {
      readonly type: 'reveal';
      readonly step: number;
      readonly challenge: Challenge;
      readonly result: ChallengeResult | null;
      /** Their rank so far, where fair play shows ranks. */
      readonly rank: { readonly rank: number; readonly of: number } | null;
    }
  /** To the host after every change: the whole session, saved in the teacher's browser too. */
  | {
      readonly type: 'session';
      readonly session: ClassroomSession;
      readonly levels: readonly Level[];
      /** The server's clock when sent (epoch ms), as in 'challenge'. */
      readonly serverNow?: number;
    }
  | { readonly type: 'error'; readonly code: LiveErrorCode };

/** Every refusal, as the last part of an i18n key (`live:error.${code}`), shown on that client's screen. */
export type LiveErrorCode =
  | 'roomNotFound'
  | 'roomFull'
  | 'nameTaken'
  | 'nameInvalid'
  | 'languageInvalid'
  | 'tooManyAttempts'
  | 'notHost'
  | 'notInRoom'
  | 'badMessage'
  | 'rateLimited'
  | 'removed'
  | 'sessionOver'
  | 'lateAnswer'
  | 'alreadyAnswered'
  | 'badSetup'
  | 'unknownLevel'
  /** To the projector: the server's shared store (Redis) cannot be reached; answers are kept in memory meanwhile. */
  | 'storageDown';

/** Largest message a client may send, in bytes of its JSON: a 40-card answer is far below it. */
export const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;
