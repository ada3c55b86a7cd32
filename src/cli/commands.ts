import type { CliCommand } from './command.ts';
import { passagesCommand } from './commands/passages.ts';
import { searchCommand } from './commands/search.ts';
import { sourcesCommand } from './commands/sources.ts';

/** Every CLI command, listed explicitly. */
export const COMMANDS: CliCommand[] = [searchCommand, passagesCommand, sourcesCommand];
