import {
  addDocument,
  listDocuments,
  MAX_DOCUMENT_BYTES,
  ModerationError,
  pastedUpload,
  removeDocument,
  showDocument,
  type NewDocument,
} from '../../../moderation/index.ts';
import { UserError } from '../../errors.ts';
import type { Locale } from '../../i18n.ts';
import type { Options } from '../../input.ts';
import type { Reply, ReplyModal } from '../../reply.ts';
import type { CommandInvocation, ModalHandler } from '../types.ts';
import { admit, explained, textOption, type AdminContext } from './context.ts';
import { adminReply, listReply, reportReply } from './render.ts';
import { adminStrings } from './strings.ts';

/** Discord's limit for one text input: longer texts come as a file. */
const PASTE_LIMIT = 4000;

/** With a file, adds it; without, opens a form to paste the text into (prefilled with what was given). */
export async function addDocumentCommand(ctx: AdminContext, invocation: CommandInvocation): Promise<Reply> {
  const file = invocation.attachments?.file;
  const { options } = invocation;
  if (!file) return { modal: documentForm(ctx.locale, options) };
  if (!textOption(options, 'title') || !textOption(options, 'published')) throw new UserError(ctx.t.needsMetadata);
  // Refused by its declared size before it is downloaded.
  if (file.size > MAX_DOCUMENT_BYTES) throw new ModerationError({ code: 'file-too-large', name: file.name, bytes: file.size, limit: MAX_DOCUMENT_BYTES });
  await invocation.defer(true);
  const bytes = await file.read(MAX_DOCUMENT_BYTES);
  const input: NewDocument = {
    upload: { name: file.name, bytes },
    title: textOption(options, 'title'),
    published: textOption(options, 'published'),
    publisher: textOption(options, 'publisher'),
    language: textOption(options, 'language'),
  };
  const report = await addDocument(ctx.m, ctx.actor, input);
  return reportReply(ctx.t.documents.added(report.document.title), report, ctx.t, ctx.locale);
}

function documentForm(locale: Locale, options: Options): ReplyModal {
  const t = adminStrings(locale).documents;
  const prefill = (name: string) => {
    const value = textOption(options, name);
    return value === undefined ? {} : { value };
  };
  return {
    customId: 'adoc',
    title: t.formTitle,
    inputs: [
      { id: 'title', label: t.form.title, style: 'short', required: true, maxLength: 200, ...prefill('title') },
      { id: 'published', label: t.form.published, style: 'short', required: true, maxLength: 10, ...prefill('published') },
      { id: 'publisher', label: t.form.publisher, style: 'short', required: false, maxLength: 120, ...prefill('publisher') },
      { id: 'language', label: t.form.language, style: 'short', required: false, maxLength: 2, ...prefill('language') },
      { id: 'text', label: t.form.text, style: 'paragraph', required: true, maxLength: PASTE_LIMIT },
    ],
  };
}

/** The form of pasted text, submitted: the same add, by the same rules, after the same check of who sends it. */
export const documentFormHandler: ModalHandler = {
  kind: 'adoc',
  fields: 0,
  // Says what is wrong with the server's data, as /admin does.
  withoutServerKnowledge: true,
  async run(invocation) {
    const ctx = await admit(invocation, '/admin documents add (form)');
    return explained(ctx.locale, async () => {
      await invocation.defer(true);
      const { values } = invocation;
      const report = await addDocument(ctx.m, ctx.actor, {
        upload: pastedUpload(values.text ?? ''),
        pasted: true,
        title: values.title,
        published: values.published,
        publisher: values.publisher,
        language: values.language,
      });
      return reportReply(ctx.t.documents.added(report.document.title), report, ctx.t, ctx.locale);
    });
  },
};

export async function listDocumentsCommand(ctx: AdminContext): Promise<Reply> {
  const documents = await listDocuments(ctx.m, ctx.actor.guildId);
  const lines = documents.map((d) => `${d.title} (${d.id}) · ${d.published} · ${d.language}`);
  return listReply(ctx.t.documents.listTitle, lines, ctx.t, ctx.t.documents.listEmpty);
}

export async function showDocumentCommand(ctx: AdminContext, { options }: CommandInvocation): Promise<Reply> {
  const report = await showDocument(ctx.m, ctx.actor.guildId, textOption(options, 'document') ?? '');
  return reportReply(ctx.t.documents.shown(report.document.title), report, ctx.t, ctx.locale, { passages: true });
}

export async function removeDocumentCommand(ctx: AdminContext, { options }: CommandInvocation): Promise<Reply> {
  const removed = await removeDocument(ctx.m, ctx.actor, textOption(options, 'document') ?? '');
  return adminReply({ description: ctx.t.documents.removed(removed.title), footer: removed.id });
}
