import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findButton, findCommand } from '../discord/commands/index.ts';
import type { Invocation, Services } from '../discord/commands/types.ts';
import { UserError } from '../discord/errors.ts';
import { strings } from '../discord/i18n.ts';
import type { Reply } from '../discord/reply.ts';
import type { Logger } from '../log.ts';
import { consoleHelp } from './help.ts';
import { optionsFor, parseLine } from './parse.ts';
import type { Reporter } from '../cli/commands/quiz-round.ts';
import { PRACTICE_ANSWER } from '../discord/commands/quiz/practice-card.ts';
import { customIdKind } from '../discord/customId.ts';
import { ConsoleQuiz } from './quiz.ts';
import { replyText } from './text.ts';

export interface ConsoleOptions {
  services: Services;
  logger: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: greet them and show a prompt. Piped input gets answers only. */
  interactive: boolean;
  /** Ends the console as if the input had ended. */
  signal?: AbortSignal;
  /** Where the pictures of replies (/timeline, /barometer) are written; the git-ignored var/pictures by default. */
  picturesDir?: string;
  /** The server the console acts for (DISCORD_GUILD_ID): its practice cards and 🚩 reports are that server's. */
  guildId?: string | null;
}


/**
 * Without a Discord token the bot answers here: the same command and button handlers as on
 * Discord, their replies printed as text. Resolves when the input ends or on /quit.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { services, logger, input, output, interactive, signal } = options;
  const session = new ConsoleSession(services, logger, options.picturesDir ?? join('var', 'pictures'), options.guildId ?? null);
  const lines = createInterface({ input, ...(interactive && { output, terminal: true }) });
  // Ctrl-C at the prompt ends the console rather than pausing it.
  lines.on('SIGINT', () => lines.close());
  signal?.addEventListener('abort', () => lines.close(), { once: true });
  const print = (text: string) => output.write(`${text}\n\n`);
  if (interactive) {
    print('Relations bot, local console. Type /help for the commands, /quit to leave.');
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const { name, args } = parseLine(line);
    if (name === 'quit') break;
    if (line.trim()) print(await session.run(name, args));
    if (interactive) lines.prompt();
  }
  lines.close();
}

/** The button a typed letter (A–D) stands for under a practice question, or undefined. */
function practiceLetter(last: Reply | undefined, typed: string): number | undefined {
  const letter = /^\s*([a-d])\s*$/iu.exec(typed)?.[1];
  const buttons = last?.buttons ?? [];
  if (!letter || !buttons.some((b) => customIdKind(b.customId) === PRACTICE_ANSWER)) return undefined;
  const index = buttons.findIndex((b) => b.label === letter.toUpperCase() && customIdKind(b.customId) === PRACTICE_ANSWER);
  return index < 0 ? undefined : index;
}

class ConsoleSession {
  #last: Reply | undefined;
  readonly #invocation: Invocation;
  readonly #quiz = new ConsoleQuiz();

  constructor(
    services: Services,
    private readonly logger: Logger,
    private readonly picturesDir: string,
    guildId: string | null,
  ) {
    // The console offers no choices as one types: /when says what to do instead.
    this.#invocation = { locale: 'en', userId: 'console', guildId, services, completes: false };
  }

  async run(name: string, args: string): Promise<string> {
    try {
      if (this.#quiz.playing) {
        if (name === 'ask') return await this.#quiz.answer(args, this.#reporter());
        return `${this.#quiz.end()}\n\n${await this.run(name, args)}`;
      }
      // A letter typed under a practice question answers it, as its button would.
      const letter = name === 'ask' ? practiceLetter(this.#last, args) : undefined;
      if (letter !== undefined) return await this.#press(String(letter + 1));
      if (name === 'search') return this.#search(args);
      if (name === 'help') return replyText(consoleHelp());
      if (name === 'press') return await this.#press(args);
      if (name === 'quiz' && args.trim() !== 'practice') return this.#quiz.start(args, this.#invocation.services.engine, this.#invocation.services.now?.() ?? new Date());
      const command = findCommand(name);
      if (!command) throw new UserError(strings('en').errors.unknownCommand);
      const subcommand = name === 'quiz' ? ['practice'] : [];
      const reply = await command.run({ ...this.#invocation, options: optionsFor(name, args), subcommand, defer: async () => {} });
      this.#last = reply;
      return await this.#withPictures(reply);
    } catch (error) {
      if (error instanceof UserError) return `! ${error.message}`;
      const errorId = randomBytes(4).toString('hex');
      this.logger.error({ errorId, command: name, err: error }, 'console command failed');
      return `! ${strings('en').errors.internal(errorId)}`;
    }
  }

  /** 🚩 in a console round stores a report for the console's server (none outside one). */
  #reporter(): Reporter | undefined {
    const store = this.#invocation.services.quizStore;
    if (!store) return undefined;
    const { guildId, userId, services } = this.#invocation;
    return (question) => store.reportQuizQuestion({ guildId, userId, sessionId: null, question, reason: null, at: (services.now?.() ?? new Date()).toISOString() });
  }

  #search(query: string): string {
    if (!query.trim()) throw new UserError('Type words to search for: /search Su-24');
    const hits = this.#invocation.services.engine.search(query, { limit: 8 });
    if (hits.length === 0) return 'No passage matches.';
    return hits.map((hit) => `${hit.passageId} (${hit.score.toFixed(1)})\n    ${hit.text}`).join('\n');
  }

  async #press(which: string): Promise<string> {
    const button = this.#last?.buttons?.[Number(which) - 1];
    if (!button || button.disabled) throw new UserError('No such button on the last reply: /press 1 presses its first.');
    const found = findButton(button.customId);
    if (!found) throw new UserError(strings('en').errors.staleButton);
    const title = this.#last?.embeds?.[0]?.title;
    const { reply, updatesMessage } = await found.handler.run({
      ...this.#invocation,
      fields: found.fields,
      message: { id: null, title },
    });
    if (updatesMessage) this.#last = reply;
    return this.#withPictures(reply);
  }

  /** A terminal cannot show a picture: it is written to a file, named by its content, and the reply says where. */
  async #withPictures(reply: Reply): Promise<string> {
    const lines = [replyText(reply)];
    for (const file of reply.files ?? []) {
      const hash = createHash('sha256').update(file.data).digest('hex').slice(0, 12);
      const path = join(this.picturesDir, file.name.replace(/\.png$/u, `-${hash}.png`));
      await mkdir(this.picturesDir, { recursive: true });
      await writeFile(path, file.data);
      lines.push(`Wrote the picture to ${path}`);
    }
    return lines.join('\n\n');
  }
}
