import type { CliCommand } from './command.ts';
import { askCommand } from './commands/ask.ts';
import { datesCommand } from './commands/dates.ts';
import { timelineCommand } from './commands/timeline.ts';
import { passagesCommand } from './commands/passages.ts';
import { quizCommand } from './commands/quiz.ts';
import { searchCommand } from './commands/search.ts';
import { sourcesCommand } from './commands/sources.ts';

/** Every CLI command, listed explicitly. */
export const COMMANDS: CliCommand[] = [askCommand, timelineCommand, searchCommand, quizCommand, datesCommand, passagesCommand, sourcesCommand];
