import type { CliCommand } from './command.ts';
import { askCommand } from './commands/ask.ts';
import { auditCommand } from './commands/audit.ts';
import { barometerCommand } from './commands/barometer.ts';
import { datesCommand } from './commands/dates.ts';
import { docsCommand } from './commands/docs.ts';
import { eventsCommand } from './commands/events.ts';
import { exportCommand, importCommand } from './commands/exchange.ts';
import { feedbackCommand } from './commands/feedback.ts';
import { timelineCommand } from './commands/timeline.ts';
import { passagesCommand } from './commands/passages.ts';
import { quizCommand } from './commands/quiz.ts';
import { searchCommand } from './commands/search.ts';
import { sourcesCommand } from './commands/sources.ts';

/** Every CLI command, listed explicitly. */
export const COMMANDS: CliCommand[] = [askCommand, timelineCommand, barometerCommand, searchCommand, quizCommand, datesCommand, passagesCommand, sourcesCommand,
  docsCommand, eventsCommand, exportCommand, importCommand, auditCommand, feedbackCommand];
