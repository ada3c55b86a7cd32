import { text } from 'node:stream/consumers';
import { runCli } from './run.ts';

const code = await runCli(process.argv.slice(2), {
  stdout: (out) => process.stdout.write(`${out}\n`),
  stderr: (err) => process.stderr.write(`${err}\n`),
  readStdin: () => text(process.stdin),
});
process.exitCode = code;
