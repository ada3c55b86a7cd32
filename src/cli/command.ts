import type { Engine } from '../engine.ts';
import type { Moderation } from '../moderation/index.ts';

/** A mistake of the user's (unknown command, missing argument): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CommandInput {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** The bundled corpus, or with a server id, that server's knowledge. */
  engine: (guildId?: string) => Promise<Engine>;
  moderation: () => Promise<Moderation>;
  readStdin: () => Promise<string>;
}

/** What a command returns: the data for `--json` and its rendering for people. */
export interface CommandOutput {
  json: unknown;
  text: string;
  /** Set by commands that print one JSON document per input line (`ask --stdin`). */
  jsonLines?: unknown[];
  /** What else was done (a picture written): after the text, or on stderr beside `--json`. */
  notice?: string;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options: OptionSpec;
  run(input: CommandInput): Promise<CommandOutput>;
}

export function requireText(value: string | undefined, what: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw new UsageError(`${what} is empty`);
  return text;
}

/** A string option the command cannot do without. */
export function requiredString(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--${name} takes a whole number from 1 to 1000`);
  return n;
}
