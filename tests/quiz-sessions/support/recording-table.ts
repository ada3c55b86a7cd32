import { ChannelRefused, type QuizTable, type QuizView } from '../../../src/quiz-sessions/table.ts';

export interface Shown {
  action: 'post' | 'edit';
  channelId: string;
  messageId: string;
  view: QuizView;
}

/** A channel that keeps what a session posts and edits; a channel in `refusing` refuses like a 403. */
export class RecordingTable implements QuizTable {
  readonly shown: Shown[] = [];
  readonly refusing = new Set<string>();
  #next = 1;
  #waiters: Array<{ match: (shown: Shown) => boolean; resolve: (shown: Shown) => void }> = [];

  async post(channelId: string, view: QuizView): Promise<string> {
    if (this.refusing.has(channelId)) throw new ChannelRefused(channelId, 'Missing Permissions');
    const messageId = `m${this.#next++}`;
    this.#add({ action: 'post', channelId, messageId, view });
    return messageId;
  }

  async edit(channelId: string, messageId: string, view: QuizView): Promise<void> {
    this.#add({ action: 'edit', channelId, messageId, view });
  }

  /** What was shown of one kind, in order: `question` posts, `close` edits, `reveal`, `scoreboard`. */
  of(kind: 'question' | 'close' | 'reveal' | 'scoreboard'): Shown[] {
    return this.shown.filter((s) => (kind === 'close' ? s.action === 'edit' : s.action === 'post' && s.view.kind === kind));
  }

  /** Resolves when something matching has been shown (already, or later). */
  next(match: (shown: Shown) => boolean): Promise<Shown> {
    const found = this.shown.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }

  #add(shown: Shown): void {
    this.shown.push(shown);
    this.#waiters = this.#waiters.filter((w) => (w.match(shown) ? (w.resolve(shown), false) : true));
  }
}
