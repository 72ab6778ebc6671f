import type { LiveChallengeView, LivePublicState, LiveServerMessage } from '../../core/live/live-protocol';
import { type ConnectionStatus, LiveConnection, type LiveProblem } from './live-connection';
import { keepSeat, type SeatTicket } from './live-tokens';

export type RevealMessage = Extract<LiveServerMessage, { type: 'reveal' }>;

/** What a pupil's device knows of the room, redrawn after every change. */
export interface PupilSnapshot {
  readonly code: string;
  readonly status: ConnectionStatus;
  readonly state: LivePublicState | null;
  readonly seat: { readonly pupilId: string; readonly name: string } | null;
  /** The challenge to play now, and whether this pupil's answer is in. */
  readonly challenge: { readonly view: LiveChallengeView; readonly answered: boolean } | null;
  /** The class reveal of the last step closed: the answers and this pupil's own result. */
  readonly reveal: RevealMessage | null;
  /** The last refusal, or why the link is over. */
  readonly problem: LiveProblem | null;
  readonly closed: boolean;
  /** The server's clock minus this device's, from the last challenge: deadlines are on the server's clock. */
  readonly clockOffsetMs: number;
}

type Listener = (snapshot: PupilSnapshot) => void;

/** Drafts go at most this often: enough for time running out to score nearly all of a pupil's work. */
export const DRAFT_INTERVAL_MS = 2000;

/**
 * A pupil's link to a room. It outlives the screens (the waiting page and the challenge scenes), so
 * it lives here. The seat token is kept in the tab: a reload comes back to the same seat. An answer
 * sent is sent again after a reconnection until the server confirms it, and a draft at most every
 * two seconds (the last one always goes).
 */
export class LivePupilLink {
  private snapshot: PupilSnapshot;
  private readonly listeners = new Set<Listener>();
  private ticket: SeatTicket | null;
  /** The final answer not yet confirmed, sent again after a reconnection. */
  private pending: { readonly step: number; readonly answer: unknown } | null = null;
  private draft: { readonly step: number; readonly answer: unknown } | null = null;
  private draftSentAt = 0;
  private draftTimer: number | undefined;

  private constructor(
    private readonly connection: LiveConnection,
    ticket: SeatTicket | null,
  ) {
    this.ticket = ticket;
    this.snapshot = {
      code: connection.roomCode,
      status: 'online',
      state: null,
      seat: null,
      challenge: null,
      reveal: null,
      problem: null,
      closed: false,
      clockOffsetMs: 0,
    };
  }

  /** Joins with a name and a language, or comes back to a seat with its token. */
  static async open(
    code: string,
    how: { readonly name: string; readonly language: string } | { readonly ticket: SeatTicket },
  ): Promise<LivePupilLink | { readonly problem: LiveProblem }> {
    let link: LivePupilLink | null = null;
    const early: ((link: LivePupilLink) => void)[] = [];
    const withLink = (handle: (link: LivePupilLink) => void) => (link ? handle(link) : early.push(handle));
    const ticket = 'ticket' in how ? how.ticket : null;
    const opened = await LiveConnection.open(
      {
        kind: 'join',
        code,
        options:
          'ticket' in how
            ? { role: 'pupil', seatToken: how.ticket.seatToken }
            : { role: 'pupil', name: how.name, language: how.language },
      },
      () => (link?.ticket ? { role: 'pupil', seatToken: link.ticket.seatToken } : null),
      {
        onState: (state) => withLink((link) => link.update({ state })),
        onStatus: (status) => withLink((link) => link.update({ status })),
        onClosed: (problem) =>
          withLink((link) => {
            // A seat that is gone for good is forgotten: the next visit asks for a name again.
            if (problem === 'removed' || problem === 'notInRoom' || problem === 'sessionOver') keepSeat(null);
            link.update({ closed: true, problem });
          }),
        onMessage: (message) => withLink((link) => link.receive(message)),
      },
    );
    if ('problem' in opened) {
      if (ticket && opened.problem !== 'unreachable') keepSeat(null);
      return opened;
    }
    const made = new LivePupilLink(opened, ticket);
    link = made;
    for (const handle of early.splice(0)) handle(made);
    return made;
  }

  get current(): PupilSnapshot {
    return this.snapshot;
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The answer so far: sent now if the last draft went long enough ago, else when that time comes;
   * `now` sends it at once (time is about to run out).
   */
  sendDraft(step: number, answer: unknown, now = false): void {
    this.draft = { step, answer };
    if (now) {
      window.clearTimeout(this.draftTimer);
      this.draftTimer = undefined;
      this.flushDraft();
      return;
    }
    if (this.draftTimer !== undefined) return;
    const wait = Math.max(0, this.draftSentAt + DRAFT_INTERVAL_MS - Date.now());
    this.draftTimer = window.setTimeout(() => {
      this.draftTimer = undefined;
      this.flushDraft();
    }, wait);
  }

  private flushDraft(): void {
    const draft = this.draft;
    this.draft = null;
    if (!draft || this.pending?.step === draft.step) return;
    this.draftSentAt = Date.now();
    this.connection.send({ type: 'draft', step: draft.step, answer: draft.answer });
  }

  /** The final answer: only the first counts on the server, and it is sent until confirmed. */
  sendAnswer(step: number, answer: unknown): void {
    window.clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    this.draft = null;
    this.pending = { step, answer };
    this.connection.send({ type: 'answer', step, answer });
    const challenge = this.snapshot.challenge;
    // The device shows "sent" at once; a refusal or a reconnection says otherwise.
    if (challenge && challenge.view.step === step)
      this.update({ challenge: { ...challenge, answered: true } });
  }

  close(): void {
    window.clearTimeout(this.draftTimer);
    this.connection.close();
    this.listeners.clear();
  }

  private receive(message: LiveServerMessage): void {
    switch (message.type) {
      case 'seat':
        this.ticket = { code: this.connection.roomCode, seatToken: message.seatToken, name: message.name };
        keepSeat(this.ticket);
        this.update({ seat: { pupilId: message.pupilId, name: message.name } });
        return;
      case 'challenge': {
        if (message.serverNow !== undefined) this.update({ clockOffsetMs: message.serverNow - Date.now() });
        const pending = this.pending;
        if (!message.answered && pending?.step === message.view.step) {
          // Back after a drop before the answer was confirmed: it goes again (the server counts one).
          this.connection.send({ type: 'answer', step: pending.step, answer: pending.answer });
          this.update({ challenge: { view: message.view, answered: true } });
          return;
        }
        this.update({ challenge: { view: message.view, answered: message.answered } });
        return;
      }
      case 'answerAccepted':
        if (this.pending?.step === message.step) this.pending = null;
        return;
      case 'reveal':
        this.pending = null;
        this.update({ reveal: message });
        return;
      case 'error': {
        if (message.code === 'alreadyAnswered') {
          this.pending = null;
          return;
        }
        if (message.code === 'lateAnswer') this.pending = null;
        this.update({ problem: message.code });
        return;
      }
      default:
        return;
    }
  }

  private update(change: Partial<PupilSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change, code: this.connection.roomCode };
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }
}

/** A device holds one seat at a time, whichever screen shows it. */
let held: LivePupilLink | null = null;

export function heldPupilLink(): LivePupilLink | null {
  return held;
}

export function holdPupilLink(link: LivePupilLink | null): void {
  if (held && held !== link) held.close();
  held = link;
}
