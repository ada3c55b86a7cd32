import { randomBytes } from 'node:crypto';
import type { APIUser } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf } from './snowflake.ts';

/** One gateway connection that has identified as a shard. */
export interface GatewaySession {
  shard: [id: number, count: number];
  sessionId: string;
  identify: Record<string, unknown>;
  socket: WebSocket;
  sequence: number;
  heartbeats: number;
  /** Every dispatch sent on this shard's connection, in order. */
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

/**
 * Discord's gateway as far as a bot sees it: Hello, Identify → READY, heartbeats and their
 * acknowledgements, Resume, and dispatches (op 0) with increasing sequence numbers.
 */
export class Gateway {
  readonly server = new WebSocketServer({ noServer: true });
  readonly sessions = new Map<number, GatewaySession>();
  readonly received: Array<{ op: number; d: unknown }> = [];
  readonly #readyWaiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(private readonly options: GatewayOptions) {
    this.server.on('connection', (socket) => this.#accept(socket));
  }

  #accept(socket: WebSocket): void {
    send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    let session: GatewaySession | undefined;
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
    const session: GatewaySession = {
      shard,
      sessionId: randomBytes(16).toString('hex'),
      identify,
      socket,
      sequence: 0,
      heartbeats: 0,
      dispatched: [],
    };
    this.sessions.set(shard[0], session);
    const guilds = this.options.guilds().filter(({ id }) => shardOf(id, shard[1]) === shard[0]);
    this.dispatch('READY', {
      v: 10,
      user: this.options.bot,
      guilds: guilds.map(({ id }) => ({ id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: this.options.applicationId, flags: 0 },
    }, shard[0]);
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guild, shard[0]);
    this.#readyWaiters.splice(0).forEach((waiter) =>
      this.sessions.size >= waiter.count ? waiter.resolve() : this.#readyWaiters.push(waiter),
    );
    return session;
  }

  #resume(socket: WebSocket, resume: Record<string, unknown>): GatewaySession | undefined {
    const session = [...this.sessions.values()].find((candidate) => candidate.sessionId === resume.session_id);
    if (!session) {
      send(socket, { op: 9, d: false });
      return undefined;
    }
    session.socket = socket;
    this.dispatch('RESUMED', {}, session.shard[0]);
    return session;
  }

  /** Sends an event to a shard's connection; resolves once it is written. */
  dispatch(event: string, data: unknown, shard = 0): Promise<void> {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`no gateway session for shard ${shard}`);
    session.sequence += 1;
    session.dispatched.push({ event, data });
    return new Promise((resolve, reject) =>
      session.socket.send(JSON.stringify({ op: 0, t: event, s: session.sequence, d: data }), (error) =>
        error ? reject(error) : resolve(),
      ),
    );
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

  close(): void {
    for (const socket of this.server.clients) socket.terminate();
    this.server.close();
  }
}

function send(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
}
