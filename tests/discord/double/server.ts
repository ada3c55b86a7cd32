import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { ChannelMessages } from './channels.ts';
import { Gateway } from './gateway.ts';
import { InteractionHandle } from './interaction.ts';
import { autocomplete, botMessage, buttonClick, messageFields, slashCommand, type Actor, type OptionValue } from './payloads.ts';
import { now, Recorder, type RecordedFile, type RecordedRequest, type RequestMatch } from './recorder.ts';
import { snowflake } from './snowflake.ts';

export interface DiscordDoubleOptions {
  applicationId?: string;
  /** Shards recommended by GET /gateway/bot (the bot connects that many). */
  shards?: number;
  heartbeatIntervalMs?: number;
  /** Guilds the bot is in, announced in READY and GUILD_CREATE. */
  guilds?: Array<{ id: string } & Record<string, unknown>>;
}

export interface RouteResponse {
  status?: number;
  /** JSON, or the bytes of a file. */
  body?: unknown;
}

/** Answers a request; `params` are the pattern's capture groups. Undefined means 204. */
export type RouteHandler = (request: RecordedRequest, params: string[]) => RouteResponse | undefined;

interface InteractionState {
  payload: APIInteraction;
  acknowledged: boolean;
  /** The message the response created or, for a component, the message it updated. */
  originalId?: string;
}

const loadingFlag = 1 << 7;
const apiPrefix = /^\/api\/v\d+/;
const problem = (status: number, code: number, message: string): RouteResponse => ({ status, body: { code, message } });

/**
 * Discord as a bot sees it, on 127.0.0.1: REST (gateway discovery, command registration,
 * interaction callbacks, webhook edits and follow-ups) and the gateway. It records every
 * request, keeps the messages the bot's responses make (so their buttons can be clicked), and
 * answers like Discord where it matters (an interaction acknowledged twice is a 400).
 * Later features add routes with `route()`; a route added later wins.
 */
export class DiscordDouble {
  readonly applicationId: string;
  readonly bot: APIUser;
  readonly recorder = new Recorder();
  readonly messages = new Map<string, APIMessage>();
  readonly registeredCommands = new Map<string, unknown[]>();
  readonly gateway: Gateway;
  /** The bot's own channel messages (what a quiz posts), and channels that refuse them. */
  readonly channels: ChannelMessages;
  readonly #interactions = new Map<string, InteractionState>();
  readonly #routes: Array<{ method: string; pattern: RegExp; handler: RouteHandler }> = [];
  readonly #server: Server;
  readonly #shards: number;
  #port = 0;

  private constructor(options: DiscordDoubleOptions) {
    this.applicationId = options.applicationId ?? snowflake();
    this.bot = { id: this.applicationId, username: 'relations-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
    this.#shards = options.shards ?? 1;
    this.gateway = new Gateway({
      applicationId: this.applicationId,
      bot: this.bot,
      url: () => this.gatewayUrl,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      guilds: () => options.guilds ?? [],
    });
    this.#server = createServer((request, response) =>
      this.#handle(request, response).catch((error: unknown) =>
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error), code: 0 })),
      ),
    );
    this.#server.on('upgrade', (request, socket, head) =>
      this.gateway.server.handleUpgrade(request, socket, head, (ws) => this.gateway.server.emit('connection', ws, request)),
    );
    this.#defaultRoutes();
    this.channels = new ChannelMessages(this);
  }

  static async start(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
    const double = new DiscordDouble(options);
    await new Promise<void>((resolve) => double.#server.listen(0, '127.0.0.1', resolve));
    double.#port = (double.#server.address() as AddressInfo).port;
    return double;
  }

  /** What DISCORD_API_URL (discord.js `rest.api`) should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  get requests(): readonly RecordedRequest[] {
    return this.recorder.requests;
  }

  route(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.#routes.unshift({ method, pattern, handler });
  }

  waitForRequest(match: RequestMatch): Promise<RecordedRequest> {
    return this.recorder.next(match);
  }

  slash(name: string, options?: Record<string, OptionValue>, actor?: Actor): Promise<InteractionHandle> {
    return this.dispatchInteraction(slashCommand(this.applicationId, name, options, actor));
  }

  autocomplete(name: string, options: Record<string, OptionValue>, focused: string, actor?: Actor): Promise<InteractionHandle> {
    return this.dispatchInteraction(autocomplete(this.applicationId, name, options, focused, actor));
  }

  click(message: APIMessage, customId: string, actor?: Actor): Promise<InteractionHandle> {
    return this.dispatchInteraction(buttonClick(this.applicationId, message, customId, actor));
  }

  /** Sends INTERACTION_CREATE of any kind to the shard that owns its guild. */
  async dispatchInteraction(payload: APIInteraction): Promise<InteractionHandle> {
    this.#interactions.set(payload.token, { payload, acknowledged: false });
    const handle = new InteractionHandle(this, payload, now());
    await this.gateway.dispatch('INTERACTION_CREATE', payload, this.gateway.shardFor(payload.guild_id));
    return handle;
  }

  /** The message an interaction's response made (or the one its component sits on), as it is now. */
  originalMessage(token: string): APIMessage | undefined {
    const id = this.#interactions.get(token)?.originalId;
    return id === undefined ? undefined : this.messages.get(id);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://double');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(apiPrefix, ''),
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      ...(await readBody(request, url)),
      at: now(),
    };
    this.recorder.add(recorded);
    const result = this.#respond(recorded);
    if (result?.body === undefined) {
      response.writeHead(result?.status ?? 204).end();
    } else if (result.body instanceof Uint8Array) {
      // A file, as Discord's CDN serves attachments.
      response.writeHead(result.status ?? 200, { 'content-type': 'application/octet-stream' }).end(result.body);
    } else {
      response.writeHead(result.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
    }
  }

  #respond(request: RecordedRequest): RouteResponse | undefined {
    for (const { method, pattern, handler } of this.#routes) {
      const match = request.method === method ? pattern.exec(request.path) : null;
      if (match) return handler(request, match.slice(1));
    }
    return problem(404, 0, '404: Not Found');
  }

  #defaultRoutes(): void {
    const gateway = () => ({ body: { url: this.gatewayUrl } });
    this.route('GET', /^\/gateway$/, gateway);
    this.route('GET', /^\/gateway\/bot$/, () => ({
      body: {
        url: this.gatewayUrl,
        shards: this.#shards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      },
    }));
    this.route('PUT', /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/, (request, [, guildId]) => {
      const commands = (request.body as Array<Record<string, unknown>>).map((command) => ({
        id: snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        ...(guildId && { guild_id: guildId }),
        ...command,
      }));
      this.registeredCommands.set(guildId ?? 'global', commands);
      return { body: commands };
    });
    this.route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (request, [id, token = '']) =>
      this.#callback(request, id, token),
    );
    this.route('PATCH', /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/, (request, [token = '']) => {
      const message = this.originalMessage(token);
      if (!message) return problem(404, 10008, 'Unknown Message');
      const flags = (message.flags ?? 0) & ~loadingFlag;
      Object.assign(message, { flags }, messageFields(request.body as Record<string, unknown>), {
        edited_timestamp: new Date().toISOString(),
      });
      return { body: message };
    });
    this.route('POST', /^\/webhooks\/\d+\/([^/]+)$/, (request, [token = '']) => {
      const state = this.#interactions.get(token);
      if (!state?.acknowledged) return problem(404, 10015, 'Unknown Webhook');
      const message = this.#newMessage(state, request.body as Record<string, unknown>);
      return { body: message };
    });
  }

  #callback(request: RecordedRequest, id: string | undefined, token: string): RouteResponse | undefined {
    const state = this.#interactions.get(token);
    if (!state || state.payload.id !== id) return problem(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return problem(400, 40060, 'Interaction has already been acknowledged.');
    state.acknowledged = true;
    const { type, data = {} } = request.body as { type: number; data?: Record<string, unknown> };
    const clicked = 'message' in state.payload ? state.payload.message : undefined;
    if (type === 4) state.originalId = this.#newMessage(state, data).id;
    if (type === 5) state.originalId = this.#newMessage(state, { flags: ((data.flags as number) ?? 0) | loadingFlag }).id;
    if ((type === 6 || type === 7) && clicked) {
      state.originalId = clicked.id;
      const message = this.messages.get(clicked.id) ?? clicked;
      this.messages.set(clicked.id, type === 7 ? Object.assign(message, messageFields(data)) : message);
    }
    if (request.query.with_response !== 'true') return undefined;
    const message = this.originalMessage(token);
    return { body: { interaction: { id, type: state.payload.type }, resource: { type, ...(message && { message }) } } };
  }

  #newMessage(state: InteractionState, body: Record<string, unknown>): APIMessage {
    const channelId = state.payload.channel?.id ?? '0';
    const message = botMessage(this.bot, channelId, body, this.applicationId);
    this.messages.set(message.id, message);
    return message;
  }
}

async function readBody(request: IncomingMessage, url: URL): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (!type.startsWith('multipart/form-data')) {
    return { body: type.includes('json') ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8'), files: [] };
  }
  const form = await new Request(url, { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}
