import { randomBytes } from 'node:crypto';
import type { APIUser } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf } from './snowflake.ts';

/** One gateway session: a shard that identified, over whichever connection now carries it. */
export interface GatewaySession {
  shard: [id: number, count: number];
  sessionId: string;
  identify: Record<string, unknown>;
  /** The open connection carrying the session; undefined while the bot reconnects. */
  socket: WebSocket | undefined;
  sequence: number;
  heartbeats: number;
  /** Every dispatch sent on this session, in order. */
  dispatched: Array<{ event: string; data: unknown }>;
}

export interface GatewayOptions {
  applicationId: string;
  bot: APIUser;
  url: () => string;
  heartbeatIntervalMs: number;
  /** Guilds listed in READY (and then sent as GUILD_CREATE) to the shard that owns each. */
  guilds: () => Array<{ id: string }>;
}

/** A dispatch on its way: written on the session's connection, again after a resume if need be. */
interface Outgoing {
  event: string;
  data: unknown;
  sequence: number;
  written: boolean;
  settle: (error?: Error) => void;
}

interface Outbox {
  entries: Outgoing[];
  /** How many entries the current connection has been given. */
  sent: number;
}

/**
 * Discord's gateway as far as a bot sees it: Hello, Identify → READY, heartbeats and their
 * acknowledgements, Resume, and dispatches (op 0) with increasing sequence numbers.
 *
 * Like Discord, it keeps a session across reconnections: a dispatch made while the bot is
 * reconnecting (a missed heartbeat acknowledgement on a busy machine is enough for discord.js to
 * drop the connection) waits for the shard to be back, and a resume replays every dispatch after
 * the bot's last sequence number. Nothing is ever written to a connection that is not open.
 */
export class Gateway {
  readonly server = new WebSocketServer({ noServer: true });
  readonly sessions = new Map<number, GatewaySession>();
  readonly received: Array<{ op: number; d: unknown }> = [];
  readonly #outboxes = new WeakMap<GatewaySession, Outbox>();
  readonly #readyWaiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(private readonly options: GatewayOptions) {
    this.server.on('connection', (socket) => this.#accept(socket));
  }

  #accept(socket: WebSocket): void {
    send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    let session: GatewaySession | undefined;
    // A broken connection ends in 'close', which is what the session follows.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = undefined;
    });
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | number | null };
      this.received.push(payload);
      if (payload.op === 1) {
        if (session) session.heartbeats += 1;
        send(socket, { op: 11 });
      } else if (payload.op === 2 && payload.d && typeof payload.d === 'object') {
        session = this.#identify(socket, payload.d);
      } else if (payload.op === 6 && payload.d && typeof payload.d === 'object') {
        session = this.#resume(socket, payload.d);
      }
    });
  }

  #identify(socket: WebSocket, identify: Record<string, unknown>): GatewaySession {
    const shard = (identify.shard as [number, number] | undefined) ?? [0, 1];
    const previous = this.sessions.get(shard[0]);
    const session: GatewaySession = {
      shard,
      sessionId: randomBytes(16).toString('hex'),
      identify,
      socket,
      sequence: 0,
      heartbeats: 0,
      dispatched: [],
    };
    this.#outboxes.set(session, { entries: [], sent: 0 });
    this.sessions.set(shard[0], session);
    const guilds = this.options.guilds().filter(({ id }) => shardOf(id, shard[1]) === shard[0]);
    this.#own(this.dispatch('READY', {
      v: 10,
      user: this.options.bot,
      guilds: guilds.map(({ id }) => ({ id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: this.options.applicationId, flags: 0 },
    }, shard[0]));
    for (const guild of guilds) this.#own(this.dispatch('GUILD_CREATE', guild, shard[0]));
    if (previous) this.#carryOver(previous, session);
    this.#readyWaiters.splice(0).forEach((waiter) =>
      this.sessions.size >= waiter.count ? waiter.resolve() : this.#readyWaiters.push(waiter),
    );
    return session;
  }

  /**
   * A shard that identifies again instead of resuming starts a new session; what the old one never
   * wrote goes to the new one, so a test's dispatch made while the bot reconnected still arrives.
   */
  #carryOver(previous: GatewaySession, session: GatewaySession): void {
    const outbox = this.#outboxes.get(previous);
    for (const entry of outbox?.entries.filter(({ written }) => !written) ?? []) {
      this.#enqueue(session, { ...entry, sequence: (session.sequence += 1), written: false });
      session.dispatched.push({ event: entry.event, data: entry.data });
    }
    if (outbox) outbox.entries = [];
  }

  #resume(socket: WebSocket, resume: Record<string, unknown>): GatewaySession | undefined {
    const session = [...this.sessions.values()].find((candidate) => candidate.sessionId === resume.session_id);
    const outbox = session && this.#outboxes.get(session);
    if (!session || !outbox) {
      send(socket, { op: 9, d: false });
      return undefined;
    }
    session.socket = socket;
    // Replay, in order, everything after the last dispatch the bot received, then RESUMED.
    const seen = typeof resume.seq === 'number' ? resume.seq : 0;
    const unseen = outbox.entries.findIndex(({ sequence }) => sequence > seen);
    outbox.sent = unseen === -1 ? outbox.entries.length : unseen;
    this.#own(this.dispatch('RESUMED', {}, session.shard[0]));
    return session;
  }

  /**
   * Sends an event to a shard; resolves once it is written to the shard's open connection, waiting
   * for the bot to reconnect if it is reconnecting, however long that takes on a busy machine.
   * It fails only when the double closes first.
   */
  dispatch(event: string, data: unknown, shard = 0): Promise<void> {
    const session = this.sessions.get(shard);
    if (!session) return Promise.reject(new Error(`Discord double: no gateway session for shard ${shard}`));
    session.sequence += 1;
    session.dispatched.push({ event, data });
    return new Promise((resolve, reject) => {
      const settle = (error?: Error) => (error ? reject(error) : resolve());
      this.#enqueue(session, { event, data, sequence: session.sequence, written: false, settle });
    });
  }

  /** The gateway's own dispatches: a bot that left before they were written never needed them. */
  #own(delivery: Promise<void>): void {
    delivery.catch(() => undefined);
  }

  #enqueue(session: GatewaySession, entry: Outgoing): void {
    this.#outboxes.get(session)?.entries.push(entry);
    this.#flush(session);
  }

  /** Writes, in order, what the session's connection has not been given yet, while it is open. */
  #flush(session: GatewaySession): void {
    const outbox = this.#outboxes.get(session);
    const socket = session.socket;
    if (!outbox || !socket) return;
    while (outbox.sent < outbox.entries.length && socket.readyState === WebSocket.OPEN) {
      const entry = outbox.entries[outbox.sent] as Outgoing;
      outbox.sent += 1;
      socket.send(JSON.stringify({ op: 0, t: entry.event, s: entry.sequence, d: entry.data }), (error) => {
        // Unwritten, it stays in the outbox: the resume replays it.
        if (error) return;
        entry.written = true;
        entry.settle();
      });
    }
  }

  /**
   * The shard Discord sends a guild's events to, among as many as the bot identified with;
   * events outside a guild (DMs) go to shard 0.
   */
  shardFor(guildId: string | undefined): number {
    const count = this.sessions.values().next().value?.shard[1] ?? 1;
    return guildId === undefined ? 0 : shardOf(guildId, count);
  }

  /** Resolves when `count` shards have identified. */
  ready(count = 1): Promise<void> {
    if (this.sessions.size >= count) return Promise.resolve();
    return new Promise((resolve) => this.#readyWaiters.push({ count, resolve }));
  }

  /** Closes a shard's connection as Discord does when it asks a bot to reconnect and resume. */
  disconnect(shard = 0, code = 4000): void {
    this.sessions.get(shard)?.socket?.close(code, 'reconnect and resume');
  }

  async close(): Promise<void> {
    for (const session of this.sessions.values()) {
      for (const entry of this.#outboxes.get(session)?.entries ?? []) {
        if (!entry.written) entry.settle(new Error(`Discord double: closed before ${entry.event} was delivered`));
      }
    }
    for (const socket of this.server.clients) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function send(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
}
