import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../../engine.ts';
import type { Moderation } from '../../moderation/index.ts';
import type { QuizSessions } from '../../quiz-sessions/service.ts';
import type { QuizStore } from '../../store/types.ts';
import type { UserError } from '../errors.ts';
import type { FeedbackSink } from '../feedback.ts';
import type { Locale } from '../i18n.ts';
import type { Options } from '../input.ts';
import type { RateLimiter } from '../rateLimit.ts';
import type { ButtonResult, Reply } from '../reply.ts';

/** The registration body Discord receives for a slash command. */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface Services {
  /** The knowledge of the server the interaction comes from (the bundled corpus outside servers). */
  engine: Engine;
  feedback: FeedbackSink;
  /** Absent where there is no one to protect from (the local console). */
  askLimiter?: RateLimiter;
  /** Servers' own knowledge and the moderators' tools; absent without a database. */
  moderation?: Moderation;
  /** Quiz records (answers, standings, practice cards, reports); absent without a database. */
  quizStore?: QuizStore;
  /** The clock practice cards and reports are timed by; the system clock when absent. */
  now?: () => Date;
  /** Quizzes in channels; absent without a database or where there is no channel to post in (the console). */
  quizSessions?: QuizSessions;
  /**
   * Set when the server's own knowledge could not be built (its stored data cannot be read), or is
   * still being made for an interaction that cannot wait for it (a form to open): `engine` is then
   * the bundled corpus, and what needs the server's knowledge answers this.
   */
  knowledgeFailure?: UserError;
}

/** The member who interacts, in a server: their permissions bitfield and role ids. */
export interface Member {
  permissions: bigint;
  roles: readonly string[];
}

/** A file attached to a command option; read() refuses to read past `maxBytes`. */
export interface UploadedFile {
  name: string;
  size: number;
  read(maxBytes: number): Promise<Uint8Array>;
}

export interface Invocation {
  locale: Locale;
  userId: string;
  guildId: string | null;
  /** The channel it happened in, where the platform has channels. */
  channelId?: string | null;
  services: Services;
  member?: Member | null;
  /** False where the client offers no choices as the user types (the console); Discord does. */
  completes?: boolean;
}

export interface CommandInvocation extends Invocation {
  options: Options;
  /** The subcommand group and subcommand chosen (`['documents', 'add']`), empty for plain commands. */
  subcommand?: readonly string[];
  attachments?: Readonly<Record<string, UploadedFile>>;
  /** Acknowledge at once and answer later, for work that may outlast the platform's reply window. */
  defer(ephemeral: boolean): Promise<void>;
}

export interface AutocompleteInvocation extends Invocation {
  /** What the user has typed so far in the option being completed. */
  typed: string;
  /** The option being completed, and the subcommand it belongs to. */
  focused?: string;
  subcommand?: readonly string[];
}

/** A form the user filled in: its custom_id's fields and the values of its inputs. */
export interface ModalInvocation extends Invocation {
  fields: string[];
  values: Readonly<Record<string, string>>;
  defer(ephemeral: boolean): Promise<void>;
}

export interface ButtonInvocation extends Invocation {
  fields: string[];
  /** The message the button sits on. */
  message: { id: string | null; title: string | undefined };
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * Answers even when the server's own knowledge cannot be built: from the bundled corpus (/help,
 * /sources) or from the store, which is how moderators repair it (/admin).
 */
export interface WorksWithoutServerKnowledge {
  withoutServerKnowledge?: true;
}

export interface Command extends WorksWithoutServerKnowledge {
  definition: CommandDefinition;
  run(invocation: CommandInvocation): Promise<Reply>;
  /**
   * How the command acknowledges with a deferral before it answers, from its options and
   * subcommand. While the server's knowledge is being made, the adapter acknowledges so on its
   * behalf first. Without one (a form to open, which cannot follow a deferral) the command is run
   * at once, on the bundled corpus, with `knowledgeFailure` saying the server's is still loading.
   */
  deferral?(options: Options, subcommand: readonly string[]): { ephemeral: boolean } | undefined;
  autocomplete?(invocation: AutocompleteInvocation): Promise<Choice[]>;
}

/** Handles the buttons whose custom_id starts with `kind:`. */
export interface ButtonHandler extends WorksWithoutServerKnowledge {
  kind: string;
  /** How many fields follow the kind in the custom_id. */
  fields: number;
  run(invocation: ButtonInvocation): Promise<ButtonResult>;
}

/** Handles the forms whose custom_id starts with `kind:`. */
export interface ModalHandler extends WorksWithoutServerKnowledge {
  kind: string;
  fields: number;
  run(invocation: ModalInvocation): Promise<Reply>;
}
