import { exportServer, importServer, MAX_IMPORT_BYTES, ModerationError } from '../../../moderation/index.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import type { AdminContext } from './context.ts';

export async function exportCommand({ m, actor, t }: AdminContext): Promise<Reply> {
  const data = await exportServer(m, actor.guildId);
  return {
    content: t.exported(data.documents.length, data.addedEvents.length + data.eventChanges.length),
    files: [{ name: `server-${actor.guildId}-export.json`, data: Buffer.from(JSON.stringify(data, null, 2)), description: 'relations-bot server export (JSON)' }],
    ephemeral: true,
  };
}

export async function importCommand({ m, actor, t }: AdminContext, invocation: CommandInvocation): Promise<Reply> {
  const file = invocation.attachments?.file;
  await invocation.defer(true);
  if (file && file.size > MAX_IMPORT_BYTES) throw new ModerationError({ code: 'import-too-large', bytes: file.size, limit: MAX_IMPORT_BYTES });
  const report = await importServer(m, actor, file ? await file.read(MAX_IMPORT_BYTES) : new Uint8Array());
  return { content: t.imported(report.documents, report.addedEvents, report.eventChanges), ephemeral: true };
}
