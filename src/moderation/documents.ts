import { createHash } from 'node:crypto';
import { prepareDocument } from '../corpus/load.ts';
import type { Engine } from '../engine.ts';
import type { TimelineEvent } from '../events/types.ts';
import { EVENT_STATUSES } from '../events/status.ts';
import { documentMeta } from '../knowledge/layer.ts';
import { StoreConflict, type Change, type StoredDocument } from '../store/types.ts';
import { fold } from '../text/fold.ts';
import { commitPlanned, engineOf, type Actor, type Moderation } from './context.ts';
import * as fields from './fields.ts';
import type { DocumentNotice } from './problem.ts';
import { refuse } from './problems.ts';
import { uploadedText, type Upload } from './upload.ts';

export interface NewDocument {
  upload: Upload;
  /** Text pasted in a form rather than a file: no file name to check. */
  pasted?: boolean;
  title?: string | undefined;
  publisher?: string | null | undefined;
  published?: string | undefined;
  /** en or sv; detected from the text when absent. */
  language?: string | null | undefined;
}

export type DocumentSummary = Omit<StoredDocument, 'text'> & { characters: number };

export interface DocumentReport {
  document: DocumentSummary;
  /** What answers can quote from it, in order. */
  passages: Array<{ id: string; text: string }>;
  /** The dated events the document tells (alone or with other documents). */
  events: TimelineEvent[];
  /** Those whose date is uncertain: the review queue. */
  uncertain: TimelineEvent[];
  /** What the moderator should know: it adds nothing to the timeline, or dates without a word of what happened. */
  notices: DocumentNotice[];
}

const SLUG_LENGTH = 48;

export function summarize({ text, ...rest }: StoredDocument): DocumentSummary {
  return { ...rest, characters: text.length };
}

export const textHash = (text: string) => createHash('sha256').update(text.normalize('NFC').trim()).digest('hex');

/**
 * Adds a document to a server: the same checks, cleaning, passages and event extraction as the
 * bundled corpus, then one transaction with its audit entry. The server's next question sees it.
 */
export async function addDocument(m: Moderation, actor: Actor, input: NewDocument): Promise<DocumentReport> {
  // A server whose stored data cannot be read takes nothing more until it is repaired (this throws why).
  await engineOf(m, actor.guildId);
  const text = uploadedText(input.upload, { pasted: input.pasted ?? false });
  const title = fields.title(input.title);
  const published = fields.calendarDate(input.published ?? '', m.now());
  const publisher = fields.publisher(input.publisher);
  const language = fields.language(input.language, text);
  const sha256 = textHash(text);
  const bundled = m.engines.bundled.corpus.documents;
  const inBundle = bundled.find((d) => textHash(d.original) === sha256)?.meta;
  if (inBundle) refuse({ code: 'duplicate-document', id: inBundle.id, title: inBundle.title });
  const draft: StoredDocument = { id: slug(title), title, publisher, language, published, fileName: input.upload.name, sha256, text, addedBy: actor.who, addedAt: m.now().toISOString() };
  if (prepareDocument(documentMeta(draft), text).passages.length === 0) refuse({ code: 'no-passages', name: input.upload.name });
  const document = await commitWithFreeId(m, actor, draft, new Set(bundled.map((d) => d.meta.id)));
  return report(await engineOf(m, actor.guildId), document);
}

/** How often a document is offered the next free id when another process took the one it was given. */
const ID_ATTEMPTS = 5;

/**
 * The document under the first id its title gives that is free when the transaction reads the
 * server (`-2`, `-3` … when taken), refused if the same text is there: decided inside the commit,
 * and by the database's unique keys behind it, so that moderators adding at once all succeed.
 */
async function commitWithFreeId(m: Moderation, actor: Actor, draft: StoredDocument, bundledIds: ReadonlySet<string>): Promise<StoredDocument> {
  for (let attempt = 1; ; attempt++) {
    let document = draft;
    try {
      await commitPlanned(m, actor, async (current) => {
        const data = await current.guild();
        const same = data.documents.find((d) => d.sha256 === draft.sha256);
        if (same) refuse({ code: 'duplicate-document', id: same.id, title: same.title });
        document = { ...draft, id: freeId(draft.id, new Set([...bundledIds, ...data.documents.map((d) => d.id)])) };
        return { changes: [{ kind: 'put-document', document }], entry: { action: 'documents.add', target: document.id, before: null, after: summarize(document) } };
      });
      return document;
    } catch (error) {
      if (!(error instanceof StoreConflict) || attempt === ID_ATTEMPTS) throw error;
    }
  }
}

export async function listDocuments(m: Moderation, guildId: string): Promise<DocumentSummary[]> {
  return (await m.store.guild(guildId)).documents.map(summarize);
}

export async function showDocument(m: Moderation, guildId: string, id: string): Promise<DocumentReport> {
  const document = await storedDocument(m, guildId, id);
  return report(await engineOf(m, guildId), document);
}

/**
 * Removes a server's document with the events moderators added on it and the changes that name
 * its events. The audit keeps all of it (text included), so a removal can be undone by hand.
 */
export async function removeDocument(m: Moderation, actor: Actor, id: string): Promise<DocumentSummary> {
  let removed = await storedDocument(m, actor.guildId, id);
  await commitPlanned(m, actor, async (current) => {
    // What goes is read in the transaction, so the audit keeps exactly what was removed.
    const data = await current.guild();
    removed = data.documents.find((d) => d.id === id) ?? refuse({ code: 'no-document', id });
    const ofDocument = (eventId: string) => eventId.startsWith(`${id}/`);
    const addedEvents = data.addedEvents.filter((e) => e.documentId === id || ofDocument(e.id));
    const eventChanges = data.eventChanges.filter((c) => ofDocument(c.event) || (c.field === 'merge' && ofDocument(c.value)));
    const named = [...new Set([...addedEvents.map((e) => e.id), ...eventChanges.flatMap((c) => [c.event, c.value])].filter(ofDocument))];
    const changes: Change[] = [
      { kind: 'delete-event-changes', events: [...named, ...addedEvents.map((e) => e.id)] },
      ...addedEvents.map((e): Change => ({ kind: 'delete-added-event', id: e.id })),
      { kind: 'delete-document', id },
    ];
    return { changes, entry: { action: 'documents.remove', target: id, before: { document: removed, addedEvents, eventChanges }, after: null } };
  });
  return summarize(removed);
}

async function storedDocument(m: Moderation, guildId: string, id: string): Promise<StoredDocument> {
  const document = (await m.store.guild(guildId)).documents.find((d) => d.id === id);
  if (document) return document;
  if (m.engines.bundled.corpus.documents.some((d) => d.meta.id === id)) refuse({ code: 'bundled-document', id });
  return refuse({ code: 'no-document', id });
}

function report(engine: Engine, document: StoredDocument): DocumentReport {
  const events = engine.timeline({ status: EVENT_STATUSES }).filter((e) => e.citations.some((c) => c.documentId === document.id));
  return {
    document: summarize(document),
    passages: engine.corpus.passages.filter((p) => p.documentId === document.id).map(({ id, text }) => ({ id, text })),
    events,
    uncertain: events.filter((e) => e.certainty === 'uncertain'),
    notices: noticesOf(events, document.id),
  };
}

/**
 * A document is accepted whatever its dates, but the moderator hears when it adds nothing to the
 * timeline (no dates), or when its dates stand alone: quoted from this document, the event is its
 * date and nothing else, so nothing says what happened then.
 */
function noticesOf(events: TimelineEvent[], documentId: string): DocumentNotice[] {
  if (events.length === 0) return [{ code: 'no-dated-events' }];
  const bare = events.filter((e) => e.citations.every((c) => c.documentId !== documentId || !/\p{L}/u.test(c.quote.replace(e.dateText, ''))));
  return bare.length > 0 ? [{ code: 'dates-alone', events: bare.map((e) => e.id) }] : [];
}

/** A readable id from the title, as the bundled documents have: "Russia and Turkey sign…" → russia-and-turkey-sign… */
function slug(title: string): string {
  const words = fold(title).replace(/[^a-z0-9]+/gu, ' ').trim().split(' ').filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > SLUG_LENGTH) break;
    id = next;
  }
  return id || 'document';
}

function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
