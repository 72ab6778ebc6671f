import { Client, CloseCode, type Room } from '@colyseus/sdk';
import {
  LIVE_ROOM,
  type LiveClientMessage,
  type LiveErrorCode,
  type LiveJoinOptions,
  type LivePhase,
  type LivePublicState,
  type LivePupilPublic,
  type LiveServerMessage,
} from '../../core/live/live-protocol';

/** What went wrong, as the last part of a `live:error.${code}` key. */
export type LiveProblem = LiveErrorCode | 'unreachable' | 'connectionLost';

/** Every server error code, so a refusal's text can be recognised (the compiler keeps the list whole). */
const ERROR_CODES: Record<LiveErrorCode, true> = {
  roomNotFound: true,
  roomFull: true,
  nameTaken: true,
  nameInvalid: true,
  languageInvalid: true,
  tooManyAttempts: true,
  notHost: true,
  notInRoom: true,
  badMessage: true,
  rateLimited: true,
  removed: true,
  sessionOver: true,
  lateAnswer: true,
  alreadyAnswered: true,
  badSetup: true,
  unknownLevel: true,
  storageDown: true,
};

/** Refusals after which coming back with the same token can never work. */
const FINAL: ReadonlySet<LiveProblem> = new Set<LiveProblem>([
  'removed',
  'sessionOver',
  'notInRoom',
  'notHost',
]);

/** A restarted server restores its rooms as it starts: a missing room is asked for a few more times. */
const ROOM_NOT_FOUND_RETRIES = 4;
const REJOIN_MIN_DELAY_MS = 500;
const REJOIN_MAX_DELAY_MS = 5000;

export type ConnectionStatus = 'online' | 'reconnecting';

export interface LiveConnectionEvents {
  readonly onState: (state: LivePublicState) => void;
  readonly onMessage: (message: LiveServerMessage) => void;
  readonly onStatus: (status: ConnectionStatus) => void;
  /** The connection is over and will not come back by itself; null when this client left. */
  readonly onClosed: (problem: LiveProblem | null) => void;
}

export type JoinRequest =
  | { readonly kind: 'create'; readonly options: LiveJoinOptions }
  | { readonly kind: 'join'; readonly code: string; readonly options: LiveJoinOptions };

/** The refusal a join attempt met, read from the SDK's error. */
export function problemOf(error: unknown): LiveProblem {
  const text = error instanceof Error ? error.message : String(error);
  const code = Object.keys(ERROR_CODES).find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text));
  if (code) return code as LiveErrorCode;
  // The SDK's own words for a room id nobody holds.
  if (/not found|invalid room|no rooms found/i.test(text)) return 'roomNotFound';
  return 'unreachable';
}

/**
 * One client's link to a Live room. The SDK reconnects by itself after a short drop; when it gives
 * up, or the server restarted (the room was restored from its file, the old socket is gone), this
 * joins the room again with the token `rejoin` gives (the seat or host token), with backoff, until
 * the room answers or refuses for good. The caller sees "reconnecting" meanwhile.
 */
export class LiveConnection {
  private room: Room | null = null;
  private leaving = false;
  private finalProblem: LiveProblem | null = null;
  private rejoinTimer: number | undefined;

  private constructor(
    private readonly client: Client,
    private code: string,
    private readonly rejoin: () => LiveJoinOptions | null,
    private readonly events: LiveConnectionEvents,
  ) {}

  /** Joins or creates a room; a refusal comes back as the problem to show on the form. */
  static async open(
    request: JoinRequest,
    rejoin: () => LiveJoinOptions | null,
    events: LiveConnectionEvents,
  ): Promise<LiveConnection | { readonly problem: LiveProblem }> {
    const client = new Client(window.location.origin);
    try {
      const room =
        request.kind === 'create'
          ? await client.create(LIVE_ROOM, request.options)
          : await client.joinById(request.code, request.options);
      const connection = new LiveConnection(client, room.roomId, rejoin, events);
      connection.attach(room);
      return connection;
    } catch (error) {
      console.warn('Qantar: the Live room refused or could not be reached.', error);
      return { problem: problemOf(error) };
    }
  }

  get roomCode(): string {
    return this.code;
  }

  send(message: LiveClientMessage): void {
    if (!this.room) return;
    try {
      this.room.send(message.type, message);
    } catch (error) {
      // A socket closing under the call: the message is sent again after the rejoin where it matters.
      console.warn('Qantar: a Live message could not be sent.', error);
    }
  }

  /** Leaves the room for good (the pupil leaves, the teacher closes the screen). */
  close(): void {
    this.leaving = true;
    window.clearTimeout(this.rejoinTimer);
    const room = this.room;
    this.room = null;
    if (room) void room.leave(true);
  }

  private attach(room: Room): void {
    this.room = room;
    this.code = room.roomId;
    // A pupil joins and may lose the Wi-Fi at once: reconnect however young the room is.
    room.reconnection.minUptime = 0;
    room.reconnection.maxDelay = REJOIN_MAX_DELAY_MS;
    room.onStateChange((state) => this.events.onState(publicState(state)));
    room.onMessage('*', (type, payload) => {
      const message = serverMessage(type, payload);
      if (!message) return;
      if (message.type === 'error' && FINAL.has(message.code)) this.finalProblem = message.code;
      this.events.onMessage(message);
    });
    room.onDrop(() => this.events.onStatus('reconnecting'));
    room.onReconnect(() => this.events.onStatus('online'));
    room.onLeave((code) => {
      if (this.room !== room) return;
      this.room = null;
      if (this.leaving) return;
      if (this.finalProblem) {
        this.events.onClosed(this.finalProblem);
        return;
      }
      console.info(`Qantar: the Live room closed the connection (${code}); joining it again.`);
      this.events.onStatus('reconnecting');
      this.scheduleRejoin(code === CloseCode.CONSENTED ? ROOM_NOT_FOUND_RETRIES : 0, 0);
    });
    this.events.onStatus('online');
  }

  private scheduleRejoin(missing: number, attempt: number): void {
    const delay = Math.min(REJOIN_MAX_DELAY_MS, REJOIN_MIN_DELAY_MS * 2 ** attempt);
    this.rejoinTimer = window.setTimeout(() => void this.rejoinOnce(missing, attempt), delay);
  }

  private async rejoinOnce(missing: number, attempt: number): Promise<void> {
    const options = this.rejoin();
    if (this.leaving) return;
    if (!options) {
      this.events.onClosed('connectionLost');
      return;
    }
    try {
      const room = await this.client.joinById(this.code, options);
      if (this.leaving) {
        void room.leave(true);
        return;
      }
      this.attach(room);
    } catch (error) {
      const problem = problemOf(error);
      console.info(`Qantar: joining the Live room again failed (${problem}).`, error);
      if (this.leaving) return;
      if (FINAL.has(problem) || (problem === 'roomNotFound' && missing >= ROOM_NOT_FOUND_RETRIES)) {
        this.events.onClosed(problem);
        return;
      }
      this.scheduleRejoin(problem === 'roomNotFound' ? missing + 1 : missing, attempt + 1);
    }
  }
}

const PHASES: readonly LivePhase[] = ['lobby', 'play', 'review', 'scoreboard', 'finished'];

/** The room's schema state as the plain value the protocol describes, whatever collection holds the pupils. */
export function publicState(state: unknown): LivePublicState {
  const plain = (
    typeof (state as { toJSON?: unknown })?.toJSON === 'function'
      ? (state as { toJSON(): unknown }).toJSON()
      : state
  ) as Record<string, unknown> | null;
  const value = plain ?? {};
  const number = (key: string, fallback = 0) =>
    typeof value[key] === 'number' ? (value[key] as number) : fallback;
  const rawPupils = value.pupils;
  const list = Array.isArray(rawPupils)
    ? rawPupils
    : typeof rawPupils === 'object' && rawPupils !== null
      ? Object.values(rawPupils)
      : [];
  const pupils = list.flatMap((entry): LivePupilPublic[] => {
    const pupil = entry as Record<string, unknown>;
    return typeof pupil?.id === 'string' && typeof pupil.name === 'string'
      ? [
          {
            id: pupil.id,
            name: pupil.name,
            connected: pupil.connected === true,
            answered: pupil.answered === true,
          },
        ]
      : [];
  });
  const phase = PHASES.find((candidate) => candidate === value.phase) ?? 'lobby';
  return {
    code: typeof value.code === 'string' ? value.code : '',
    phase,
    step: number('step', -1),
    steps: number('steps'),
    deadline: number('deadline'),
    pausedRemainingMs: number('pausedRemainingMs'),
    paused: value.paused === true,
    pupils,
    hostConnected: value.hostConnected === true,
  };
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<LiveServerMessage['type']>([
  'host',
  'seat',
  'challenge',
  'answerAccepted',
  'reveal',
  'session',
  'error',
]);

/** A server message, whether its payload repeats its type or not; anything else is logged and dropped. */
function serverMessage(type: string | number, payload: unknown): LiveServerMessage | null {
  if (
    typeof type !== 'string' ||
    !MESSAGE_TYPES.has(type) ||
    typeof payload !== 'object' ||
    payload === null
  ) {
    console.warn(`Qantar: an unexpected Live message (${String(type)}) was ignored.`);
    return null;
  }
  return { ...(payload as object), type } as LiveServerMessage;
}
