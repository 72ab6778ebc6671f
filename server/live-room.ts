/**
 * One Qantar Live session as a Colyseus room, kept thin: it checks who may do what, turns client
 * messages into the classroom session's actions (src/core/classroom/session-reducer.ts), mirrors
 * the session into the public schema state, and sends each client what is theirs. The session
 * itself decides every rule (one answer per pupil per step, late answers, when a step closes);
 * the challenge modules score every answer (src/core/challenges/challenge-registry.ts).
 *
 * Before a step's reveal a pupil is sent its player view only: no true place, order or match.
 */
import { randomBytes } from 'node:crypto';
import { type Client, CloseCode, Room, ServerError } from '@colyseus/core';
import { isRecord } from '../src/core/challenges/answer-input';
import type { ChallengeAnswer } from '../src/core/challenges/challenge-kinds';
import {
  emptyAnswerFor,
  parseAnswerFor,
  playerViewOf,
  scoreAnswer,
} from '../src/core/challenges/challenge-registry';
import { classScores, type ParticipantScore, playedLevel } from '../src/core/classroom/class-results';
import type { ClassroomSession } from '../src/core/classroom/classroom-session';
import { answerOf, participantById, sessionPosition } from '../src/core/classroom/session-position';
import { liveNameCheck, type SessionAction, sessionReducer } from '../src/core/classroom/session-reducer';
import type { Challenge, Level } from '../src/core/level/level-types';
import type {
  LiveChallengeView,
  LiveErrorCode,
  LivePhase,
  LiveServerMessage,
} from '../src/core/live/live-protocol';
import { createLiveSession, LIVE_LANGUAGES, parseLiveSetup } from '../src/core/live/live-session';
import type { LevelSource } from './level-source';
import { LivePupilState, LiveRoomState } from './live-state';
import { guardMessage, HOST_MESSAGES, MessageRate } from './message-guard';
import { hashToken, newRoomCode, newToken } from './room-tokens';
import type { SavedRoom, SavedSeat, SessionStore } from './session-store';
import { textsFor, viewKeys } from './view-texts';

/** What every room of the process shares; set once by the server before it listens. */
export interface LiveRoomDeps {
  readonly levels: LevelSource;
  readonly store: SessionStore;
  readonly maxPupils: number;
  readonly now: () => number;
}

/** A phone that sleeps or drops off the Wi-Fi gets its socket back within this time; later, its seat token. */
export const RECONNECT_SECONDS = 60;
/** The host's session message is coalesced over this time while answers pour in. */
const HOST_SESSION_DELAY_MS = 250;
/** A finished room stays this long for the teacher's screens, then closes (the file stays). */
const FINISHED_ROOM_MS = 15 * 60 * 1000;
/** Colyseus's own ceiling: a client past it is disconnected (ours answers `rateLimited` from 20/s). */
const HARD_MESSAGES_PER_SECOND = 60;

/**
 * The numeric code a refused join carries (an HTTP status, as Colyseus answers refusals in the
 * matchmaking request with it); the error's message is the LiveErrorCode itself.
 */
export const LIVE_JOIN_ERROR = 400;

type Seat = { readonly role: 'host' } | { readonly role: 'pupil'; readonly pupilId: string };

let deps: LiveRoomDeps | null = null;
/** Rooms to restore at start, by code: only the server itself can ask for one. */
const pendingRestores = new Map<string, SavedRoom>();

export function configureLiveRooms(value: LiveRoomDeps): void {
  deps = value;
}

export function queueRestore(record: SavedRoom): void {
  pendingRestores.set(record.code, record);
}

function depsOrThrow(): LiveRoomDeps {
  if (!deps) throw new Error('configureLiveRooms must run before a Live room is created');
  return deps;
}

export function refusal(code: LiveErrorCode): ServerError {
  return new ServerError(LIVE_JOIN_ERROR, code);
}

/** Join options, by shape only: the room decides the rest. */
export function joinOptionsShape(options: unknown): boolean {
  if (!isRecord(options)) return false;
  if (options.restoreCode !== undefined) return false;
  if (options.role === 'host') return options.setup !== undefined || typeof options.hostToken === 'string';
  if (options.role === 'pupil')
    return (
      typeof options.seatToken === 'string' ||
      (typeof options.name === 'string' && typeof options.language === 'string')
    );
  return false;
}

/** Room codes in use in this process (the rooms restored or created since it started). */
const codesInUse = new Set<string>();

export class LiveRoom extends Room<{ state: LiveRoomState }> {
  private session!: ClassroomSession;
  private levels = new Map<string, Level>();
  private hostTokenHash = '';
  private seats = new Map<string, SavedSeat>();
  /** The token the creator receives on joining; null once handed out (or for a restored room). */
  private creatorToken: string | null = null;
  private readonly clientSeats = new Map<string, Seat>();
  private readonly pupilClients = new Map<string, Client>();
  private readonly hostClients = new Set<Client>();
  private readonly rates = new Map<string, MessageRate>();
  private readonly drafts = new Map<string, { step: number; answer: ChallengeAnswer }>();
  private readonly pupilStates = new Map<string, LivePupilState>();
  private deadlineTimer: NodeJS.Timeout | undefined;
  private hostSessionTimer: NodeJS.Timeout | undefined;
  private finishTimer: NodeJS.Timeout | undefined;
  private shuttingDown = false;
  private scored: { session: ClassroomSession; scores: ParticipantScore[] } | null = null;
  /** The phase and step the clients were last told of, so each change is announced once. */
  private announced = '';
  /** False while the shared store (Redis) cannot be reached: the projector is told. */
  private storageUp = true;
  private stopWatching: (() => void) | undefined;

  static override async onAuth(_token: string, options: unknown): Promise<boolean> {
    if (!joinOptionsShape(options)) throw refusal('badMessage');
    return true;
  }

  override async onCreate(options: Record<string, unknown>): Promise<void> {
    const { levels, maxPupils, now, store } = depsOrThrow();
    const restoreCode = typeof options.restoreCode === 'string' ? options.restoreCode : null;
    const restored = restoreCode ? pendingRestores.get(restoreCode) : undefined;
    if (restored) {
      pendingRestores.delete(restored.code);
      this.restore(restored);
    } else {
      if (options.role !== 'host') throw refusal('badSetup');
      const parsed = parseLiveSetup(options.setup);
      if (!parsed.ok) throw refusal('badSetup');
      const catalog = levels.withCustom(parsed.setup.customLevels ?? []);
      if (catalog.problems.length > 0) throw refusal('badSetup');
      const code = await freeRoomCode(store);
      const created = createLiveSession(parsed.setup, catalog.levels, { id: `live-${code}`, now: now() });
      if (!created.ok)
        throw refusal(
          created.problems.some((problem) => problem.code === 'unknownLevel') ? 'unknownLevel' : 'badSetup',
        );
      this.roomId = code;
      this.session = created.session;
      for (const id of created.session.playlist) {
        const level = catalog.levels.find((candidate) => candidate.id === id);
        if (level) this.levels.set(id, level);
      }
      this.creatorToken = newToken();
      this.hostTokenHash = hashToken(this.creatorToken);
    }
    codesInUse.add(this.roomId);
    this.maxClients = maxPupils * 2 + 10;
    this.maxMessagesPerSecond = HARD_MESSAGES_PER_SECOND;
    this.autoDispose = false;
    void this.setPrivate(true);
    this.setState(new LiveRoomState());
    this.state.code = this.roomId;
    this.onMessage('*', (client, type, message) => this.onClientMessage(client, type, message));
    this.syncState();
    this.announced = positionKey(this.session);
    this.armDeadline();
    this.stopWatching = store.watch?.((up) => this.onStorage(up));
    this.persist();
  }

  override onJoin(client: Client, options: Record<string, unknown>): void {
    const { maxPupils } = depsOrThrow();
    const position = sessionPosition(this.session);
    if (options.role === 'host') {
      const token = typeof options.hostToken === 'string' ? options.hostToken : this.creatorToken;
      if (!token || hashToken(token) !== this.hostTokenHash) throw refusal('notHost');
      this.creatorToken = null;
      this.clientSeats.set(client.sessionId, { role: 'host' });
      this.hostClients.add(client);
      this.tell(client, { type: 'host', hostToken: token, code: this.roomId });
      this.sendSession(client);
      if (!this.storageUp) this.sendError(client, 'storageDown');
      this.syncState();
      return;
    }
    if (typeof options.seatToken === 'string') {
      const hash = hashToken(options.seatToken);
      const entry = [...this.seats].find(([, seat]) => seat.tokenHash === hash);
      if (!entry) throw refusal('notInRoom');
      const [pupilId] = entry;
      if (this.session.live?.removed.includes(pupilId)) throw refusal('removed');
      if (position.phase === 'finished') throw refusal('sessionOver');
      this.seatPupil(client, pupilId, options.seatToken);
      return;
    }
    if (position.phase === 'finished') throw refusal('sessionOver');
    const language = options.language;
    if (typeof language !== 'string' || !LIVE_LANGUAGES.includes(language)) throw refusal('languageInvalid');
    const name = liveNameCheck(this.session, String(options.name));
    if (!name.ok) throw refusal(name.problem);
    if (this.session.participants.length >= maxPupils) throw refusal('roomFull');
    const before = this.session;
    this.apply({ type: 'pupilJoined', at: depsOrThrow().now(), name: name.name });
    const pupil = this.session.participants.at(-1);
    if (this.session === before || !pupil) throw refusal('nameInvalid');
    const token = newToken();
    this.seats.set(pupil.id, { tokenHash: hashToken(token), language });
    this.seatPupil(client, pupil.id, token);
    this.persist();
  }

  override onDrop(client: Client): void {
    this.markConnected(client, false);
    // A removed or replaced client has no seat to come back to; a room shutting down takes none.
    if (this.clientSeats.has(client.sessionId) && !this.shuttingDown)
      this.allowReconnection(client, RECONNECT_SECONDS);
  }

  override onBeforeShutdown(): void {
    this.shuttingDown = true;
    super.onBeforeShutdown();
  }

  override onReconnect(client: Client): void {
    const seat = this.clientSeats.get(client.sessionId);
    if (!seat) return;
    if (seat.role === 'host') {
      this.hostClients.add(client);
      this.sendSession(client);
    } else {
      this.pupilClients.set(seat.pupilId, client);
      this.sendPupilPrivate(client, seat.pupilId);
    }
    this.syncState();
  }

  override onLeave(client: Client): void {
    this.markConnected(client, false);
    this.clientSeats.delete(client.sessionId);
    this.rates.delete(client.sessionId);
  }

  override onDispose(): void {
    clearTimeout(this.deadlineTimer);
    clearTimeout(this.hostSessionTimer);
    clearTimeout(this.finishTimer);
    this.stopWatching?.();
    codesInUse.delete(this.roomId);
  }

  /**
   * The store went away or came back. Answers go on being taken and kept in memory (their
   * `answerAccepted` waits for the store); the projector says why, and gets the session again
   * once everything is saved.
   */
  private onStorage(up: boolean): void {
    if (up === this.storageUp) return;
    this.storageUp = up;
    if (!up) for (const client of this.hostClients) this.sendError(client, 'storageDown');
    else this.sendSessionToHosts();
  }

  /** The saved room, as the store keeps it. */
  record(): SavedRoom {
    return {
      format: 1,
      code: this.roomId,
      hostTokenHash: this.hostTokenHash,
      seats: Object.fromEntries(this.seats),
      levels: [...this.levels.values()],
      session: this.session,
    };
  }

  private restore(record: SavedRoom): void {
    this.roomId = record.code;
    this.hostTokenHash = record.hostTokenHash;
    this.seats = new Map(Object.entries(record.seats));
    this.levels = new Map(record.levels.map((level) => [level.id, level]));
    this.session = record.session;
    const live = record.session.live;
    // The time the server was down does not count: the step resumes with the time it had left
    // at its last change.
    if (live?.deadline && !record.session.paused && sessionPosition(record.session).phase === 'play') {
      const now = depsOrThrow().now();
      this.session = sessionReducer(
        sessionReducer(this.session, { type: 'paused', at: Math.min(now, record.session.updatedAt) }),
        { type: 'resumed', at: now },
      );
    }
  }

  private seatPupil(client: Client, pupilId: string, token: string): void {
    const previous = this.pupilClients.get(pupilId);
    if (previous && previous.sessionId !== client.sessionId) {
      // The same pupil on a new socket (a reload): the old one is let go.
      this.clientSeats.delete(previous.sessionId);
      previous.leave(CloseCode.CONSENTED);
    }
    this.clientSeats.set(client.sessionId, { role: 'pupil', pupilId });
    this.pupilClients.set(pupilId, client);
    const name = participantById(this.session, pupilId)?.name ?? '';
    this.tell(client, { type: 'seat', seatToken: token, pupilId, name });
    this.sendPupilPrivate(client, pupilId);
    this.syncState();
    this.scheduleHostSession();
  }

  private markConnected(client: Client, connected: boolean): void {
    const seat = this.clientSeats.get(client.sessionId);
    if (!seat) return;
    if (seat.role === 'host') {
      if (!connected) this.hostClients.delete(client);
    } else if (!connected && this.pupilClients.get(seat.pupilId)?.sessionId === client.sessionId) {
      this.pupilClients.delete(seat.pupilId);
    }
    this.syncState();
  }

  private onClientMessage(client: Client, type: unknown, message: unknown): void {
    const { now } = depsOrThrow();
    const seat = this.clientSeats.get(client.sessionId);
    if (!seat) {
      this.sendError(client, 'notInRoom');
      return;
    }
    const rate = this.rates.get(client.sessionId) ?? new MessageRate();
    this.rates.set(client.sessionId, rate);
    const guarded = guardMessage(type, message, rate, now());
    if (!guarded.ok) {
      if (guarded.reply) this.sendError(client, guarded.code);
      return;
    }
    const { type: kind, body } = guarded;
    if (HOST_MESSAGES.has(kind)) {
      if (seat.role !== 'host') this.sendError(client, 'notHost');
      else this.onHostMessage(client, kind, body);
      return;
    }
    if (seat.role !== 'pupil') {
      this.sendError(client, 'badMessage');
      return;
    }
    this.onPupilAnswer(client, seat.pupilId, kind === 'draft', body);
  }

  private onPupilAnswer(
    client: Client,
    pupilId: string,
    draft: boolean,
    body: Record<string, unknown>,
  ): void {
    const step = body.step;
    const position = sessionPosition(this.session);
    if (
      typeof step !== 'number' ||
      !Number.isInteger(step) ||
      step < 0 ||
      step >= this.session.steps.length
    ) {
      this.sendError(client, 'badMessage');
      return;
    }
    if (position.phase !== 'play' || position.step !== step) {
      if (!draft) this.sendError(client, step <= this.lastOpenedStep() ? 'lateAnswer' : 'badMessage');
      return;
    }
    if (answerOf(this.session, pupilId, step)) {
      if (!draft) this.sendError(client, 'alreadyAnswered');
      return;
    }
    const played = this.challengeAt(step);
    if (!played) {
      this.sendError(client, 'badMessage');
      return;
    }
    const parsed = parseAnswerFor(playerViewOf(played.challenge), body.answer);
    if (!parsed.ok) {
      this.sendError(client, 'badMessage');
      return;
    }
    if (draft) {
      this.drafts.set(pupilId, { step, answer: parsed.answer });
      return;
    }
    const at = depsOrThrow().now();
    const before = this.session;
    this.recordAnswer(pupilId, step, parsed.answer, at, false);
    if (this.session === before) {
      this.sendError(client, 'lateAnswer');
      return;
    }
    this.drafts.delete(pupilId);
    // The projector counts the answer at once; the pupil is told it is accepted once it is on
    // disk, so an answer a pupil saw accepted survives a crash.
    this.syncState();
    void this.persist().then(() => {
      this.tell(client, { type: 'answerAccepted', step });
      this.afterChange();
    });
  }

  private onHostMessage(client: Client, type: string, body: Record<string, unknown>): void {
    const at = depsOrThrow().now();
    const position = sessionPosition(this.session);
    const before = this.session;
    switch (type) {
      case 'start':
        if (position.phase === 'lobby') this.apply({ type: 'stepOpened', at, step: 0 });
        break;
      case 'pause':
        this.apply({ type: 'paused', at });
        break;
      case 'resume':
        this.apply({ type: 'resumed', at });
        break;
      case 'close':
        if (position.phase === 'play') this.closeStep(position.step, false);
        break;
      case 'next':
        if (position.phase === 'review') this.apply({ type: 'reviewClosed', at, step: position.step });
        else if (position.phase === 'scoreboard') {
          const step = position.step + 1;
          this.apply(
            step < this.session.steps.length ? { type: 'stepOpened', at, step } : { type: 'ended', at },
          );
        }
        break;
      case 'remove': {
        const pupilId = body.pupilId;
        if (typeof pupilId !== 'string' || !participantById(this.session, pupilId)) break;
        this.apply({ type: 'pupilRemoved', at, participantId: pupilId });
        const removed = this.pupilClients.get(pupilId);
        if (removed) {
          this.sendError(removed, 'removed');
          this.clientSeats.delete(removed.sessionId);
          this.pupilClients.delete(pupilId);
          removed.leave(CloseCode.CONSENTED);
        }
        this.drafts.delete(pupilId);
        break;
      }
      case 'end':
        this.apply({ type: 'ended', at });
        break;
    }
    if (this.session === before) {
      this.sendError(client, 'badMessage');
      return;
    }
    this.afterChange();
    this.persist();
  }

  /** Time up, or the teacher closes: drafts are scored as the answers so far, then the step closes. */
  private closeStep(step: number, timeUp: boolean): void {
    const at = depsOrThrow().now();
    const played = this.challengeAt(step);
    for (const participant of this.session.participants) {
      if (answerOf(this.session, participant.id, step)) continue;
      const draft = this.drafts.get(participant.id);
      if (draft && draft.step === step) this.recordAnswer(participant.id, step, draft.answer, at, true);
      else if (timeUp && played && this.pupilClients.has(participant.id))
        // On screen when time ran out, without a move: scored as an empty answer, as on one device.
        this.recordAnswer(participant.id, step, emptyAnswerFor(playerViewOf(played.challenge)), at, true);
    }
    this.drafts.clear();
    this.apply({ type: 'stepClosed', at, step });
  }

  private recordAnswer(
    pupilId: string,
    step: number,
    answer: ChallengeAnswer,
    at: number,
    timedOut: boolean,
  ): void {
    const played = this.challengeAt(step);
    if (!played) return;
    this.apply({
      type: 'answerRecorded',
      at,
      participantId: pupilId,
      step,
      attemptId: randomBytes(8).toString('hex'),
      startedAt: this.session.live?.stepOpenedAt ?? at,
      timedOut,
      result: scoreAnswer(played.challenge, answer),
    });
  }

  private apply(action: SessionAction): void {
    this.session = sessionReducer(this.session, action);
  }

  /** What follows a change: the mirrored state, each client's private messages, the deadline. */
  private afterChange(): void {
    const now = sessionPosition(this.session);
    const where = positionKey(this.session);
    const phaseChanged = where !== this.announced;
    this.announced = where;
    this.syncState();
    this.armDeadline();
    if (!phaseChanged) {
      this.scheduleHostSession();
      return;
    }
    this.sendSessionToHosts();
    if (now.phase === 'play' || now.phase === 'review')
      for (const [pupilId, client] of this.pupilClients) this.sendPupilPrivate(client, pupilId);
    if (now.phase === 'finished') {
      clearTimeout(this.finishTimer);
      this.finishTimer = setTimeout(() => void this.disconnect(), FINISHED_ROOM_MS);
    }
  }

  private armDeadline(): void {
    clearTimeout(this.deadlineTimer);
    const position = sessionPosition(this.session);
    const deadline = this.session.live?.deadline;
    if (position.phase !== 'play' || !deadline || this.session.paused) return;
    const step = position.step;
    this.deadlineTimer = setTimeout(
      () => {
        const current = sessionPosition(this.session);
        if (current.phase !== 'play' || current.step !== step) return;
        this.closeStep(step, true);
        this.afterChange();
        this.persist();
      },
      Math.max(0, deadline - depsOrThrow().now()),
    );
  }

  private lastOpenedStep(): number {
    return (this.session.live?.openedSteps ?? 0) - 1;
  }

  private challengeAt(step: number): { level: Level; played: Level; challenge: Challenge } | null {
    const entry = this.session.steps[step];
    const level = entry ? this.levels.get(entry.levelId) : undefined;
    if (!entry || !level) return null;
    const played = playedLevel(this.session, level);
    const challenge = played.challenges.find((candidate) => candidate.id === entry.challengeId);
    return challenge ? { level, played, challenge } : null;
  }

  /** What a pupil needs now: the open challenge (and whether they answered), or the reveal. */
  private sendPupilPrivate(client: Client, pupilId: string): void {
    const position = sessionPosition(this.session);
    if (position.phase === 'play') {
      const view = this.challengeView(position.step);
      if (view)
        this.tell(client, {
          type: 'challenge',
          view,
          answered: !!answerOf(this.session, pupilId, position.step),
          serverNow: depsOrThrow().now(),
        });
    } else if (position.phase === 'review' || position.phase === 'scoreboard') {
      const played = this.challengeAt(position.step);
      if (!played) return;
      this.tell(client, {
        type: 'reveal',
        step: position.step,
        challenge: played.challenge,
        result: answerOf(this.session, pupilId, position.step)?.result ?? null,
        rank: this.rankOf(pupilId),
      });
    }
  }

  private challengeView(step: number): LiveChallengeView | null {
    const played = this.challengeAt(step);
    if (!played) return null;
    const view = playerViewOf(played.challenge);
    const { difficulty, hints, language, timeLimitSeconds } = this.session.settings;
    const texts = played.level.texts
      ? textsFor(played.level.texts, [played.level.title, ...viewKeys(view)])
      : undefined;
    return {
      step,
      steps: this.session.steps.length,
      levelId: played.level.id,
      levelTitle: played.level.title,
      map: played.played.map,
      challenge: view,
      ...(texts ? { texts } : {}),
      settings: { difficulty, hints, language, timeLimitSeconds },
    };
  }

  private rankOf(pupilId: string): { rank: number; of: number } | null {
    const ranking = this.session.settings.ranking;
    if (ranking === 'none') return null;
    // Scored once per session value: a reveal asks it for every pupil.
    if (this.scored?.session !== this.session)
      this.scored = { session: this.session, scores: classScores(this.session, this.levels) };
    const { scores } = this.scored;
    const own = scores.find((score) => score.participant.id === pupilId);
    if (!own || (ranking === 'top3' && own.rank > 3)) return null;
    return { rank: own.rank, of: scores.length };
  }

  private syncState(): void {
    const state = this.state;
    const position = sessionPosition(this.session);
    const live = this.session.live;
    state.phase = position.phase satisfies LivePhase;
    state.step =
      position.phase === 'lobby'
        ? -1
        : position.phase === 'finished'
          ? this.session.steps.length
          : position.step;
    state.steps = this.session.steps.length;
    state.paused = this.session.paused;
    state.deadline = position.phase === 'play' ? (live?.deadline ?? 0) : 0;
    state.pausedRemainingMs = this.session.paused ? (live?.remainingMs ?? 0) : 0;
    state.hostConnected = this.hostClients.size > 0;
    const ids = new Set(this.session.participants.map((participant) => participant.id));
    for (const [id, pupil] of this.pupilStates) {
      if (ids.has(id)) continue;
      const index = state.pupils.indexOf(pupil);
      if (index >= 0) state.pupils.splice(index, 1);
      this.pupilStates.delete(id);
    }
    const step = 'step' in position ? position.step : -1;
    for (const participant of this.session.participants) {
      let pupil = this.pupilStates.get(participant.id);
      if (!pupil) {
        pupil = new LivePupilState({
          id: participant.id,
          name: participant.name,
          connected: false,
          answered: false,
        });
        this.pupilStates.set(participant.id, pupil);
        state.pupils.push(pupil);
      }
      pupil.name = participant.name;
      pupil.connected = this.pupilClients.has(participant.id);
      pupil.answered = step >= 0 && !!answerOf(this.session, participant.id, step);
    }
  }

  private scheduleHostSession(): void {
    if (this.hostSessionTimer || this.hostClients.size === 0) return;
    this.hostSessionTimer = setTimeout(() => {
      this.hostSessionTimer = undefined;
      this.sendSessionToHosts();
    }, HOST_SESSION_DELAY_MS);
  }

  private sendSessionToHosts(): void {
    clearTimeout(this.hostSessionTimer);
    this.hostSessionTimer = undefined;
    for (const client of this.hostClients) this.sendSession(client);
  }

  private sendSession(client: Client): void {
    this.tell(client, {
      type: 'session',
      session: this.session,
      levels: [...this.levels.values()],
      serverNow: depsOrThrow().now(),
    });
  }

  private sendError(client: Client, code: LiveErrorCode): void {
    this.tell(client, { type: 'error', code });
  }

  private tell(client: Client, message: LiveServerMessage): void {
    client.send(message.type, message);
  }

  /** Saves the room; resolves once it is on disk. A failed write is logged and the room plays on. */
  private persist(): Promise<void> {
    return depsOrThrow()
      .store.save(this.record())
      .catch((error: unknown) => {
        console.error(`Qantar Live: room ${this.roomId} could not be saved.`, error);
      });
  }
}

/** A code no room of this process uses and no saved room holds (in a shared store, no other process's either). */
async function freeRoomCode(store: SessionStore): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = newRoomCode((candidate) => codesInUse.has(candidate));
    codesInUse.add(code);
    if (attempt >= 5 || !(await store.has?.(code))) return code;
    codesInUse.delete(code);
  }
}

function positionKey(session: ClassroomSession): string {
  const position = sessionPosition(session);
  return `${position.phase}:${'step' in position ? position.step : ''}`;
}
