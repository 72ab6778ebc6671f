import type { KeyValueStore } from '../../core/ports/key-value-store';

/** A pupil's seat in one room: the token that gets it back after a reload or a dropped connection. */
export interface SeatTicket {
  readonly code: string;
  readonly seatToken: string;
  readonly name: string;
}

/** The teacher's hold on one room. */
export interface HostTicket {
  readonly code: string;
  readonly hostToken: string;
}

const SEAT_KEY = 'qantar-live-seat';
const HOST_KEY = 'qantar-live-host';
/** Host tickets by session id, kept with the teacher's saved sessions so a session can be resumed later. */
const HOSTS_SETTING = 'live-hosts';
/** A teacher's device keeps the latest ones; older rooms are long gone from the server. */
const MAX_KEPT_HOSTS = 50;

/**
 * The tab's own storage: a reload comes back to the same seat, while another tab on the same
 * phone (a second pupil sharing it) starts afresh.
 */
function readTab<T>(key: string, check: (value: Record<string, unknown>) => T | null): T | null {
  try {
    const text = window.sessionStorage.getItem(key);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? check(value as Record<string, unknown>) : null;
  } catch (error) {
    console.warn(`Qantar: the tab's ${key} could not be read; starting afresh.`, error);
    return null;
  }
}

function writeTab(key: string, value: object | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch (error) {
    // Private mode or a full storage: the session still plays, only a reload would lose the seat.
    console.warn(`Qantar: the tab's ${key} could not be kept; a reload will not find it.`, error);
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function seatTicket(code: string): SeatTicket | null {
  const ticket = readTab(SEAT_KEY, ({ code, seatToken, name }) =>
    isText(code) && isText(seatToken) && typeof name === 'string' ? { code, seatToken, name } : null,
  );
  return ticket?.code === code ? ticket : null;
}

export function keepSeat(ticket: SeatTicket | null): void {
  writeTab(SEAT_KEY, ticket);
}

export function tabHostTicket(): HostTicket | null {
  return readTab(HOST_KEY, ({ code, hostToken }) =>
    isText(code) && isText(hostToken) ? { code, hostToken } : null,
  );
}

export function keepTabHost(ticket: HostTicket | null): void {
  writeTab(HOST_KEY, ticket);
}

function readHosts(settings: KeyValueStore): Record<string, HostTicket> {
  try {
    const value: unknown = JSON.parse(settings.get(HOSTS_SETTING) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const hosts: Record<string, HostTicket> = {};
    for (const [id, ticket] of Object.entries(value as Record<string, unknown>)) {
      const { code, hostToken } = (ticket ?? {}) as Record<string, unknown>;
      if (isText(code) && isText(hostToken)) hosts[id] = { code, hostToken };
    }
    return hosts;
  } catch (error) {
    console.warn('Qantar: the live sessions kept on this device could not be read.', error);
    return {};
  }
}

/** The host ticket of a saved session, if it was a live one. */
export function hostTicketOf(settings: KeyValueStore, sessionId: string): HostTicket | null {
  return readHosts(settings)[sessionId] ?? null;
}

export function keepHostTicket(settings: KeyValueStore, sessionId: string, ticket: HostTicket): void {
  const hosts = readHosts(settings);
  if (hosts[sessionId]?.hostToken === ticket.hostToken) return;
  delete hosts[sessionId];
  const kept = Object.entries(hosts).slice(-(MAX_KEPT_HOSTS - 1));
  if (!settings.set(HOSTS_SETTING, JSON.stringify(Object.fromEntries([...kept, [sessionId, ticket]]))))
    console.warn(
      'Qantar: the live session could not be kept for later; it can still be resumed in this tab.',
    );
}
