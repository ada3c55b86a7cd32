import { parseArgs } from 'node:util';
import { EnvError } from '../config/env.ts';
import { UnreadableGuildData } from '../knowledge/stored-data.ts';
import { ModerationError } from '../moderation/index.ts';
import { StoreOpenError } from '../store/open.ts';
import { UsageError, type CliCommand } from './command.ts';
import { COMMANDS } from './commands.ts';
import { lazyContext, type CliContext } from './context.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

export function helpText(commands: CliCommand[] = COMMANDS): string {
  return ['usage: npm run cli -- <command> [options]', '', ...commands.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`)].join('\n');
}

/**
 * Runs one CLI invocation; returns the exit code. Whatever goes wrong is one line on stderr, never
 * a stack trace: a user's mistake exits 2, a setup problem (the environment, the database) or a
 * failure of ours exits 1.
 */
export async function runCli(argv: string[], io: CliIO, context: CliContext = lazyContext()): Promise<number> {
  try {
    return await runCommand(argv, io, context);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ModerationError) {
      io.stderr(`relations-bot: ${oneLine(error)}`);
      return 2;
    }
    if (error instanceof UnreadableGuildData) {
      const repair = `npm run cli -- export --guild ${error.guildId} > server.json, correct or remove that entry, then npm run cli -- import server.json --guild ${error.guildId}`;
      io.stderr(`relations-bot: ${oneLine(error)}. To repair it: ${repair}`);
      return 1;
    }
    const setup = error instanceof EnvError || error instanceof StoreOpenError;
    io.stderr(`relations-bot: ${setup ? '' : 'unexpected error: '}${oneLine(error)}`);
    return 1;
  } finally {
    await context.close().catch(() => undefined);
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/gu, '; ');
}

async function runCommand(argv: string[], io: CliIO, context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"; try: ${COMMANDS.map((c) => c.name).join(', ')}`);
  const { values, positionals } = parseOptions(command, rest);
  const output = await command.run({ positionals, options: values, engine: context.engine, moderation: context.moderation, readStdin: io.readStdin });
  if (values.json !== true) io.stdout(output.text);
  else if (output.jsonLines) for (const line of output.jsonLines) io.stdout(JSON.stringify(line));
  else io.stdout(JSON.stringify(output.json, null, 2));
  // stdout beside --json holds the JSON document alone.
  if (output.notice) (values.json === true ? io.stderr : io.stdout)(output.notice);
  return 0;
}

function parseOptions(command: CliCommand, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node's first sentence says what is wrong; the rest is advice about `--`.
    const problem = error instanceof Error ? (/^[^\n]*?(?=\. |\n|$)/u.exec(error.message)?.[0] ?? 'bad option') : 'bad option';
    throw new UsageError(`${problem} (usage: npm run cli -- ${command.usage})`);
  }
}
