import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../../engine.ts';
import type { FeedbackSink } from '../feedback.ts';
import type { Locale } from '../i18n.ts';
import type { Options } from '../input.ts';
import type { RateLimiter } from '../rateLimit.ts';
import type { ButtonResult, Reply } from '../reply.ts';

/** The registration body Discord receives for a slash command. */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface Services {
  engine: Engine;
  feedback: FeedbackSink;
  /** Absent where there is no one to protect from (the local console). */
  askLimiter?: RateLimiter;
}

export interface Invocation {
  locale: Locale;
  userId: string;
  guildId: string | null;
  services: Services;
}

export interface CommandInvocation extends Invocation {
  options: Options;
  /** Acknowledge at once and answer later, for work that may outlast the platform's reply window. */
  defer(ephemeral: boolean): Promise<void>;
}

export interface AutocompleteInvocation extends Invocation {
  /** What the user has typed so far in the option being completed. */
  typed: string;
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

export interface Command {
  definition: CommandDefinition;
  run(invocation: CommandInvocation): Promise<Reply>;
  autocomplete?(invocation: AutocompleteInvocation): Choice[];
}

/** Handles the buttons whose custom_id starts with `kind:`. */
export interface ButtonHandler {
  kind: string;
  /** How many fields follow the kind in the custom_id. */
  fields: number;
  run(invocation: ButtonInvocation): Promise<ButtonResult>;
}
