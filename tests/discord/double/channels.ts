import { MessageType, type APIMessage, type APIUser } from 'discord.js';
import { botMessage, messageFields } from './payloads.ts';
import type { RouteHandler, RouteResponse } from './server.ts';

const problem = (status: number, code: number, message: string): RouteResponse => ({ status, body: { code, message } });

/** What a route registration needs of the double. */
interface Host {
  readonly applicationId: string;
  readonly bot: APIUser;
  readonly messages: Map<string, APIMessage>;
  route(method: string, pattern: RegExp, handler: RouteHandler): void;
}

/**
 * The bot's own messages in channels (POST /channels/:id/messages, PATCH …/messages/:id), as
 * a quiz posts and edits them outside any interaction. They join the double's messages, so their
 * buttons can be clicked. A channel in `refusing` answers like one where the bot may not write.
 */
export class ChannelMessages {
  /** Channel ids whose posts get Discord's 403 Missing Permissions. */
  readonly refusing = new Set<string>();
  readonly #posted: string[] = [];

  constructor(private readonly host: Host) {
    host.route('POST', /^\/channels\/(\d+)\/messages$/, (request, [channelId = '']) => this.#post(channelId, request.body as Record<string, unknown>));
    host.route('PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, (request, [channelId = '', messageId = '']) =>
      this.#edit(channelId, messageId, request.body as Record<string, unknown>),
    );
  }

  /** The messages the bot posted in a channel, oldest first, as they are now (edits applied). */
  in(channelId: string): APIMessage[] {
    return this.#posted.map((id) => this.host.messages.get(id)).filter((message): message is APIMessage => message?.channel_id === channelId);
  }

  #post(channelId: string, body: Record<string, unknown>): RouteResponse {
    if (this.refusing.has(channelId)) return problem(403, 50013, 'Missing Permissions');
    const { webhook_id: _webhook, application_id: _application, ...message } = botMessage(this.host.bot, channelId, body, this.host.applicationId);
    const posted = { ...message, type: MessageType.Default } as APIMessage;
    this.host.messages.set(posted.id, posted);
    this.#posted.push(posted.id);
    return { body: posted };
  }

  #edit(channelId: string, messageId: string, body: Record<string, unknown>): RouteResponse {
    const message = this.host.messages.get(messageId);
    if (message?.channel_id !== channelId) return problem(404, 10008, 'Unknown Message');
    if (message.author.id !== this.host.bot.id) return problem(403, 50005, 'Cannot edit a message authored by another user');
    Object.assign(message, messageFields(body), { edited_timestamp: new Date().toISOString() });
    return { body: message };
  }
}
