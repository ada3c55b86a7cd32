import { prepareDocument } from '../corpus/load.ts';
import type { Passage } from '../corpus/types.ts';
import { addedEventId, passageOfEvent, quoteOffset } from '../events/added.ts';
import { correctionSchema } from '../events/overlay.ts';
import { documentMeta } from '../knowledge/layer.ts';
import { isVerbatim } from '../quiz/proof.ts';
import type { QuizQuestion } from '../quiz/types.ts';
import type { AddedEvent, Change, GuildData, StoredDocument } from '../store/types.ts';
import { commitPlanned, type Actor, type Moderation } from './context.ts';
import { textHash } from './documents.ts';
import { EXPORT_FORMAT, serverExportSchema, type ServerExport } from './exchange-schema.ts';
import * as fields from './fields.ts';
import { ModerationError, refuse } from './problems.ts';
import { pastedUpload, uploadedText } from './upload.ts';

/** Room for a server with a few hundred long documents; Discord's own upload limit is lower. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportReport {
  documents: number;
  addedEvents: number;
  eventChanges: number;
  quizQuestions: number;
}

/** Everything a server's moderators have added or changed, as JSON to keep or to move to another server. */
export async function exportServer(m: Moderation, guildId: string): Promise<ServerExport> {
  return toExport(guildId, await m.store.guild(guildId), m.now());
}

function toExport(guildId: string, data: GuildData, now: Date): ServerExport {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    guildId,
    exportedAt: now.toISOString(),
    settings: data.settings,
    documents: data.documents.map(({ sha256: _hash, ...doc }) => doc),
    addedEvents: data.addedEvents,
    eventChanges: data.eventChanges,
    quizQuestions: data.quizCurations,
  };
}

/**
 * Replaces a server's documents, events and settings with an export's, all or nothing: the file
 * is checked whole (schema, then every document, event and change as if added one by one)
 * before one transaction clears and refills the server. The audit keeps what was replaced.
 */
export async function importServer(m: Moderation, actor: Actor, bytes: Uint8Array): Promise<ImportReport> {
  const file = parseExport(bytes);
  const data = checkedData(m, file);
  const changes: Change[] = [
    { kind: 'clear-guild' },
    { kind: 'put-settings', settings: data.settings },
    ...data.documents.map((document): Change => ({ kind: 'put-document', document })),
    ...data.addedEvents.map((event): Change => ({ kind: 'put-added-event', event })),
    ...data.eventChanges.map((change): Change => ({ kind: 'put-event-change', change })),
    ...data.quizCurations.map((curation): Change => ({ kind: 'put-quiz-curation', curation })),
  ];
  const report = { documents: data.documents.length, addedEvents: data.addedEvents.length, eventChanges: data.eventChanges.length, quizQuestions: data.quizCurations.length };
  await commitPlanned(m, actor, async (current) => ({
    changes,
    // What the import replaces, as the transaction reads it: the audit can put it back.
    entry: { action: 'import', target: `from server ${file.guildId}`, before: toExport(actor.guildId, await current.guild(), m.now()), after: { ...report, documentIds: data.documents.map((d) => d.id) } },
  }));
  return report;
}

function parseExport(bytes: Uint8Array): ServerExport {
  if (bytes.length > MAX_IMPORT_BYTES) refuse({ code: 'import-too-large', bytes: bytes.length, limit: MAX_IMPORT_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return refuse({ code: 'import-not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  const parsed = serverExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse({ code: 'import-invalid', path: issue?.path.join('.') || '(top)', detail: issue?.message ?? 'unknown problem' });
  }
  return parsed.data;
}

/** Refuses the first item that would be refused if added by hand, naming where it is in the file. */
function within<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ModerationError) refuse({ code: 'import-item', where, problem: error.problem });
    throw error;
  }
}

function checkedData(m: Moderation, file: ServerExport): GuildData {
  const now = m.now();
  const bundled = m.engines.bundled.corpus.documents;
  const ids = new Set(bundled.map((d) => d.meta.id));
  const hashes = new Map<string, { id: string; title: string }>(bundled.map((d) => [textHash(d.original), d.meta]));
  const passages = new Map(bundled.flatMap((d) => d.passages).map((p) => [p.id, p]));
  const documents = file.documents.map((doc, i): StoredDocument =>
    within(`documents[${i}] (“${doc.title}”)`, () => {
      const text = uploadedText(pastedUpload(doc.text, doc.fileName), { pasted: true });
      const sha256 = textHash(text);
      const same = hashes.get(sha256);
      if (same) refuse({ code: 'duplicate-document', id: same.id, title: same.title });
      if (ids.has(doc.id)) refuse({ code: 'import-invalid', path: `documents.${i}.id`, detail: `the id ${doc.id} is taken` });
      const stored: StoredDocument = {
        ...doc,
        title: fields.title(doc.title),
        publisher: fields.publisher(doc.publisher),
        published: fields.calendarDate(doc.published, now),
        text,
        sha256,
      };
      const prepared = prepareDocument(documentMeta(stored), text);
      if (prepared.passages.length === 0) refuse({ code: 'no-passages', name: doc.fileName });
      for (const passage of prepared.passages) passages.set(passage.id, passage);
      ids.add(doc.id);
      hashes.set(sha256, { id: doc.id, title: doc.title });
      return stored;
    }),
  );
  const own = new Set(documents.map((d) => d.id));
  const addedIds = new Set<string>();
  const addedEvents = file.addedEvents.map((event, i): AddedEvent =>
    within(`addedEvents[${i}] (${event.id})`, () => {
      const passage = passages.get(event.passageId) ?? refuse({ code: 'no-passage', id: event.passageId });
      const offset = quoteOffset(passage, event.quote);
      if (offset < 0) refuse({ code: 'quote-not-verbatim', passageId: passage.id });
      const id = addedEventId(passage.id, offset);
      if (event.id !== id || addedIds.has(id)) refuse({ code: 'import-invalid', path: `addedEvents.${i}.id`, detail: `expected ${id}, once` });
      addedIds.add(id);
      const documentId = own.has(passage.documentId) ? passage.documentId : null;
      return { ...event, documentId, date: fields.calendarDate(event.date, now), summary: fields.summary(event.summary) };
    }),
  );
  const eventChanges = file.eventChanges.map((change, i) =>
    within(`eventChanges[${i}] (${change.event})`, () => {
      checkChange(change, i, passages, now);
      return change;
    }),
  );
  const quizCurations = file.quizQuestions.map((c, i) =>
    within(`quizQuestions[${i}] (${c.questionId})`, () => {
      if ((c.action === 'hide') !== (c.question === null) || (c.question && c.question.id !== c.questionId)) {
        refuse({ code: 'import-invalid', path: `quizQuestions.${i}.question`, detail: 'a hidden question has none; an edited or added one is the question of that id' });
      }
      for (const cited of c.question?.citations ?? []) {
        const passage = passages.get(cited.passageId) ?? refuse({ code: 'no-passage', id: cited.passageId });
        // A reveal may quote the sentence before too, when the passage's date counts from it.
        const before = [...passages.values()].find((p) => p.documentId === passage.documentId && p.paragraph === passage.paragraph && p.sentence === passage.sentence - 1);
        if (!isVerbatim(cited.quote, passage, before)) refuse({ code: 'quote-not-verbatim', passageId: passage.id });
      }
      return { ...c, question: c.question as QuizQuestion | null };
    }),
  );
  return { documents, addedEvents, eventChanges, settings: file.settings, quizCurations };
}

/**
 * A change must fit its field (a date is one a moderator could set: a real year, month or day) and
 * name events of passages that exist: it cannot point at nothing.
 */
function checkChange(change: ServerExport['eventChanges'][number], i: number, passages: ReadonlyMap<string, Passage>, now: Date): void {
  fields.wellFormed(change.value, 'summary');
  if (change.field === 'date') fields.calendarDate(change.value, now);
  const fit = correctionSchema.safeParse({ ...change, reason: 'imported change' });
  if (!fit.success) refuse({ code: 'import-invalid', path: `eventChanges.${i}.value`, detail: fit.error.issues[0]?.message ?? 'does not fit its field' });
  const named = change.field === 'merge' ? [change.event, change.value] : [change.event];
  for (const id of named) if (!passages.has(passageOfEvent(id))) refuse({ code: 'no-event', id });
}

