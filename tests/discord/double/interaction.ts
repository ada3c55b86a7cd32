import type { APIInteraction, APIMessage } from 'discord.js';
import type { RecordedRequest } from './recorder.ts';
import type { DiscordDouble } from './server.ts';

/** One dispatched interaction and what the bot did with it. */
export class InteractionHandle {
  constructor(
    private readonly discord: DiscordDouble,
    readonly payload: APIInteraction,
    /** performance.now() just before INTERACTION_CREATE was written to the gateway. */
    readonly dispatchedAt: number,
  ) {}

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }

  /** The interaction's response (POST …/callback): its body carries the callback type. */
  callback(): Promise<RecordedRequest> {
    const path = `/interactions/${this.id}/${this.token}/callback`;
    return this.#next((request) => request.method === 'POST' && request.path === path);
  }

  /** The first edit of the original response (how a deferred answer arrives). */
  edit(): Promise<RecordedRequest> {
    const path = `/webhooks/${this.payload.application_id}/${this.token}/messages/@original`;
    return this.#next((request) => request.method === 'PATCH' && request.path === path);
  }

  followUp(): Promise<RecordedRequest> {
    const path = `/webhooks/${this.payload.application_id}/${this.token}`;
    return this.#next((request) => request.method === 'POST' && request.path === path);
  }

  /** Every request the bot made with this interaction's token, in order. */
  requests(): RecordedRequest[] {
    return this.discord.requests.filter((request) => request.path.includes(`/${this.token}`));
  }

  /** The message as users see it now (for clicking its buttons). */
  message(): APIMessage {
    const message = this.discord.originalMessage(this.token);
    if (!message) throw new Error('Discord double: this interaction has no message yet');
    return message;
  }

  #next(match: (request: RecordedRequest) => boolean) {
    return this.discord.recorder.next(match);
  }
}
