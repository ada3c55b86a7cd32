import { text } from 'node:stream/consumers';
import { runCli } from './run.ts';

// Output piped into a reader that stops early (`| head`): the rest is not wanted, which is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (out) => process.stdout.write(`${out}\n`),
  stderr: (err) => process.stderr.write(`${err}\n`),
  readStdin: () => text(process.stdin),
});
process.exitCode = code;
