import { exportServer, importServer, MAX_IMPORT_BYTES, ModerationError } from '../../moderation/index.ts';
import type { CliCommand } from '../command.ts';
import { readRegularFile } from '../files.ts';
import { cliActor, guildOption, requiredGuild } from '../guild.ts';
import { oneId } from '../subcommands.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --guild ID > server.json',
  summary: "a server's documents, events and settings as JSON (a backup, or to import elsewhere)",
  options: { ...guildOption },
  async run({ options, moderation }) {
    const data = await exportServer(await moderation(), requiredGuild(options));
    return { json: data, text: JSON.stringify(data, null, 2) };
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE --guild ID',
  summary: "replaces a server's documents, events and settings with an export's, all or nothing",
  options: { ...guildOption },
  async run({ positionals, options, moderation }) {
    const actor = cliActor(options);
    const path = oneId(positionals, 'file');
    const bytes = await readRegularFile(path, {
      bytes: MAX_IMPORT_BYTES,
      refuse: (size) => {
        throw new ModerationError({ code: 'import-too-large', bytes: size, limit: MAX_IMPORT_BYTES });
      },
    });
    const report = await importServer(await moderation(), actor, bytes);
    return { json: report, text: `Imported ${report.documents} documents, ${report.addedEvents} added events and ${report.eventChanges} event changes.` };
  },
};
