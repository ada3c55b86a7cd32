import { basename } from 'node:path';
import { addDocument, listDocuments, MAX_DOCUMENT_BYTES, ModerationError, removeDocument, showDocument } from '../../moderation/index.ts';
import { optionalString, requiredString, type CliCommand } from '../command.ts';
import { readRegularFile } from '../files.ts';
import { cliActor, guildOption, requiredGuild } from '../guild.ts';
import { renderDocument, renderReport } from '../render-moderation.ts';
import { dispatch, oneId } from '../subcommands.ts';

/** A document file, refused by its size before it is read, as an upload to Discord is. */
function readUpload(path: string): Promise<Uint8Array> {
  return readRegularFile(path, {
    bytes: MAX_DOCUMENT_BYTES,
    refuse: (bytes) => {
      throw new ModerationError({ code: 'file-too-large', name: basename(path), bytes, limit: MAX_DOCUMENT_BYTES });
    },
  });
}

export const docsCommand: CliCommand = {
  name: 'docs',
  usage: 'docs add --file F --title T --published DATE [--publisher P] [--lang en|sv] --guild ID | docs list|show ID|remove ID --guild ID',
  summary: "a server's own documents: add, list, show, remove",
  options: { file: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' }, lang: { type: 'string' }, ...guildOption },
  run: dispatch('docs', {
    async add({ options, moderation }) {
      const actor = cliActor(options);
      const path = requiredString(options.file, 'file');
      const report = await addDocument(await moderation(), actor, {
        upload: { name: basename(path), bytes: await readUpload(path) },
        title: requiredString(options.title, 'title'),
        published: requiredString(options.published, 'published'),
        publisher: optionalString(options.publisher),
        language: optionalString(options.lang),
      });
      return { json: report, text: renderReport(report, 'Added') };
    },
    async list({ options, moderation }) {
      const documents = await listDocuments(await moderation(), requiredGuild(options));
      return { json: documents, text: documents.length === 0 ? 'No documents added in this server.' : documents.map(renderDocument).join('\n') };
    },
    async show({ options, moderation }, args) {
      const report = await showDocument(await moderation(), requiredGuild(options), oneId(args, 'document'));
      return { json: report, text: renderReport(report, 'Document', { passages: true }) };
    },
    async remove({ options, moderation }, args) {
      const removed = await removeDocument(await moderation(), cliActor(options), oneId(args, 'document'));
      return { json: removed, text: `Removed ${removed.id}: “${removed.title}”, with its events.` };
    },
  }),
};
