import { performance } from 'node:perf_hooks';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A REST request the bot made, as the double received it. */
export interface RecordedRequest {
  method: string;
  /** Without the `/api/v10` prefix, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** The JSON body, or `payload_json` of a multipart body. */
  body: unknown;
  files: RecordedFile[];
  /** performance.now() when the request arrived. */
  at: number;
}

export type RequestMatch = (request: RecordedRequest) => boolean;

/** Every request in arrival order, and promises for requests still to come. */
export class Recorder {
  readonly requests: RecordedRequest[] = [];
  #waiters: Array<{ match: RequestMatch; resolve: (request: RecordedRequest) => void }> = [];

  add(request: RecordedRequest): void {
    this.requests.push(request);
    this.#waiters = this.#waiters.filter((waiter) => {
      if (!waiter.match(request)) return true;
      waiter.resolve(request);
      return false;
    });
  }

  /**
   * The first request (already made or still to come) that matches. It waits as long as it takes:
   * on a busy machine the bot is slow, not wrong, and the test's own timeout is the only limit.
   */
  next(match: RequestMatch): Promise<RecordedRequest> {
    const made = this.requests.find(match);
    if (made) return Promise.resolve(made);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }
}

export const now = () => performance.now();
