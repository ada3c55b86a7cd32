/**
 * The architecture as a lint rule (`npm run lint`): no import cycles, core modules free of the
 * adapters and of Discord and database drivers, and the knowledge layer unaware of the
 * moderators' operations built on it.
 */
const CORE = '^src/(corpus|dates|events|search|answers|quiz|text|persist|pictures)/|^src/(engine|language-data)[.]ts$';
const ADAPTERS = '^src/(discord|cli|console|store|knowledge|moderation|quiz-sessions|sharding|config)/|^src/(main|sharded|lifecycle|log)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle, even through type imports only, means two files are one module in two places.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-adapters',
      comment: 'Core modules return data; adapters (Discord, CLI, console, store, services) render and keep it.',
      severity: 'error',
      from: { path: CORE },
      to: { path: ADAPTERS },
    },
    {
      name: 'core-no-drivers',
      comment: 'Core modules know nothing of Discord or of a database driver.',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['npm'], path: 'node_modules/(discord[.]js|@discordjs|better-sqlite3|pg|pino)/' },
    },
    {
      name: 'knowledge-not-moderation',
      comment: "Moderation works on each server's knowledge, never the other way round.",
      severity: 'error',
      from: { path: '^src/knowledge/' },
      to: { path: '^src/moderation/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
