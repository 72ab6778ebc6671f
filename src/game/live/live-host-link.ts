import type { ClassroomSession } from '../../core/classroom/classroom-session';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import type { Level } from '../../core/level/level-types';
import type { LiveClientMessage, LivePublicState, LiveSetup } from '../../core/live/live-protocol';
import type { GameServices } from '../game-services';
import { type ConnectionStatus, LiveConnection, type LiveProblem } from './live-connection';
import { type HostTicket, keepHostTicket, keepTabHost } from './live-tokens';

/** What the projector knows of its room, redrawn after every change. */
export interface HostSnapshot {
  readonly code: string;
  readonly status: ConnectionStatus;
  readonly state: LivePublicState | null;
  /** The whole session, as the server last sent it; saved in the teacher's browser too. */
  readonly session: ClassroomSession | null;
  readonly levels: readonly Level[];
  /** The save of the last session received. */
  readonly saving: Promise<StorageResult<void>> | null;
  /** The last refusal (an action the server turned down) or why the link is over. */
  readonly problem: LiveProblem | null;
  readonly closed: boolean;
  /** The server's clock minus this device's, from the last session: deadlines are on the server's clock. */
  readonly clockOffsetMs: number;
}

type Listener = (snapshot: HostSnapshot) => void;

/**
 * The teacher's link to a room. It outlives the screens (the lobby page, the class map, the
 * results), so it lives here and each screen listens while it is shown. Every session the server
 * sends is saved with the day's other sessions, with the host token beside it, so the session is
 * listed and can be resumed from this browser.
 */
export class LiveHostLink {
  private snapshot: HostSnapshot;
  private readonly listeners = new Set<Listener>();
  private ticket: HostTicket | null;

  private constructor(
    private readonly services: GameServices,
    private readonly connection: LiveConnection,
    ticket: HostTicket | null,
  ) {
    this.ticket = ticket;
    this.snapshot = {
      code: connection.roomCode,
      status: 'online',
      state: null,
      session: null,
      levels: [],
      saving: null,
      problem: null,
      closed: false,
      clockOffsetMs: 0,
    };
  }

  /** A new room with the teacher's setup, or back into one with the host token. */
  static async open(
    services: GameServices,
    how: { readonly setup: LiveSetup } | { readonly ticket: HostTicket },
  ): Promise<LiveHostLink | { readonly problem: LiveProblem }> {
    let link: LiveHostLink | null = null;
    // Messages that arrive before the link exists are handled once it does, in order.
    const early: ((link: LiveHostLink) => void)[] = [];
    const withLink = (handle: (link: LiveHostLink) => void) => (link ? handle(link) : early.push(handle));
    const ticket = 'ticket' in how ? how.ticket : null;
    const opened = await LiveConnection.open(
      'setup' in how
        ? { kind: 'create', options: { role: 'host', setup: how.setup } }
        : { kind: 'join', code: how.ticket.code, options: { role: 'host', hostToken: how.ticket.hostToken } },
      () => (link?.ticket ? { role: 'host', hostToken: link.ticket.hostToken } : null),
      {
        onState: (state) => withLink((link) => link.update({ state })),
        onStatus: (status) => withLink((link) => link.update({ status })),
        onClosed: (problem) => withLink((link) => link.update({ closed: true, problem })),
        onMessage: (message) =>
          withLink((link) => {
            switch (message.type) {
              case 'host':
                link.ticket = { code: message.code, hostToken: message.hostToken };
                keepTabHost(link.ticket);
                link.keepSessionTicket();
                return;
              case 'session': {
                const saving = services.classroom.save(message.session);
                link.update({
                  session: message.session,
                  levels: message.levels,
                  saving,
                  ...(message.serverNow === undefined
                    ? {}
                    : { clockOffsetMs: message.serverNow - Date.now() }),
                });
                link.keepSessionTicket();
                return;
              }
              case 'error':
                link.update({ problem: message.code });
                return;
              default:
                return;
            }
          }),
      },
    );
    if ('problem' in opened) return opened;
    const made = new LiveHostLink(services, opened, ticket);
    link = made;
    for (const handle of early.splice(0)) handle(made);
    return made;
  }

  get current(): HostSnapshot {
    return this.snapshot;
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(message: LiveClientMessage): void {
    this.update({ problem: null });
    this.connection.send(message);
  }

  close(): void {
    this.connection.close();
    this.listeners.clear();
  }

  private keepSessionTicket(): void {
    const session = this.snapshot.session;
    if (session && this.ticket) keepHostTicket(this.services.settings, session.id, this.ticket);
  }

  private update(change: Partial<HostSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change, code: this.connection.roomCode };
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }
}

/** The projector holds one room at a time, whichever screen shows it. */
let held: LiveHostLink | null = null;

export function heldHostLink(): LiveHostLink | null {
  return held;
}

export function holdHostLink(link: LiveHostLink | null): void {
  if (held && held !== link) held.close();
  held = link;
}
