// Runs an entry point of the bot (`main`, `cli/main`, `sharded`) with the arguments after it:
// from the compiled JavaScript in dist/ when it is current (starting takes a fraction of the
// time), else from the TypeScript sources through tsx. Either way the same code runs.
import { compiledIsCurrent, entryUrl } from './compiled.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/launch.mjs <entry> [arguments]');
  process.exit(2);
}
// The entry point reads its own arguments from process.argv, as when it is run directly.
process.argv.splice(2, process.argv.length, ...args);
const compiled = compiledIsCurrent();
if (!compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entryUrl(name, compiled));
