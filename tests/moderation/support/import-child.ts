/**
 * `npm run -s cli -- import FILE --guild ID` on a given database with the tests' fixed clock, run
 * as a child process that the crash test kills in the middle of the import.
 */
import { lazyContext } from '../../../src/cli/context.ts';
import { runCli } from '../../../src/cli/run.ts';
import { fixedNow } from './knowledge.ts';

const [databasePath = '', file = '', guildId = ''] = process.argv.slice(2);
process.exitCode = await runCli(
  ['import', file, '--guild', guildId],
  { stdout: (text) => process.stdout.write(`${text}\n`), stderr: (text) => process.stderr.write(`${text}\n`), readStdin: async () => '' },
  lazyContext({ databasePath, now: fixedNow }),
);
