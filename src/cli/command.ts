import type { Engine } from '../engine.ts';

/** A mistake of the user's (unknown command, missing argument): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CommandInput {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  engine: () => Promise<Engine>;
  readStdin: () => Promise<string>;
}

/** What a command returns: the data for `--json` and its rendering for people. */
export interface CommandOutput {
  json: unknown;
  text: string;
  /** Set by commands that print one JSON document per input line (`ask --stdin`). */
  jsonLines?: unknown[];
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

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--${name} takes a whole number from 1 to 1000`);
  return n;
}
