import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import {
  addDocument,
  addEvent,
  approveDate,
  editEvent,
  importServer,
  MAX_DOCUMENT_BYTES,
  mergeEvents,
  ModerationError,
  pastedUpload,
  removeDocument,
  type NewDocument,
} from '../../src/moderation/index.ts';
import { contentHash, grainArticle, guild, moderator, openTestKnowledge, tempDatabasePath, utf8 } from './support/knowledge.ts';

const bundledText = readFileSync(new URL('../../data/documents/004_de2dd51f3474cc85.txt', import.meta.url), 'utf8');
const document = (name: string, bytes: Uint8Array, extra: Partial<NewDocument> = {}): NewDocument => ({ upload: { name, bytes }, title: 'A title', published: '2023-05', ...extra });
const exportWith = (extra: Record<string, unknown>) =>
  utf8(JSON.stringify({ format: 'relations-bot/server-export', version: 1, guildId: guild, exportedAt: '2026-01-15T12:00:00.000Z', settings: { moderatorRoleId: null }, documents: [], addedEvents: [], eventChanges: [], ...extra }));
const importedDocument = (overrides: Record<string, unknown> = {}) => ({
  id: 'imported', title: 'Imported', publisher: null, language: 'en', published: '2023', fileName: 'imported.txt', text: grainArticle, addedBy: 'cli', addedAt: '2026-01-15T12:00:00.000Z', ...overrides,
});

describe('bad input changes nothing and says what is wrong', () => {
  const path = tempDatabasePath();
  let knowledge: Knowledge;
  let stated: string;

  beforeAll(async () => {
    knowledge = await openTestKnowledge(path);
    await addDocument(knowledge.moderation, moderator, document('grain.md', utf8(grainArticle), { title: 'Grain corridor' }));
    stated = knowledge.engines.bundled.timeline().find((e) => e.certainty === 'stated')?.id ?? '';
  });
  afterAll(() => knowledge.close());

  // Messages naming an event are made once the corpus is loaded.
  const cases: Array<[string, () => Promise<unknown>, string | (() => string)]> = [
    ['an empty file', () => addDocument(knowledge.moderation, moderator, document('empty.txt', utf8(''))), '“empty.txt” is empty: there is no text to add.'],
    ['a file of white space', () => addDocument(knowledge.moderation, moderator, document('blank.txt', utf8(' \n\t\n'))), '“blank.txt” is empty: there is no text to add.'],
    ['a binary file', () => addDocument(knowledge.moderation, moderator, document('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))), '“photo.txt” is not plain text (it contains NUL bytes). Save it as plain text (UTF-8) and try again.'],
    ['an oversized file', () => addDocument(knowledge.moderation, moderator, document('long.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61))), '“long.txt” is 513 KB; a document may be at most 512 KB. Split it into parts.'],
    ['a file in Latin-1', () => addDocument(knowledge.moderation, moderator, document('latin1.txt', new Uint8Array([0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e, 0x2e]))), '“latin1.txt” is not valid UTF-8. Save it with UTF-8 encoding and try again.'],
    ['a PDF', () => addDocument(knowledge.moderation, moderator, document('report.pdf', utf8('Some text.'))), '“report.pdf” is not a .txt or .md file. Upload the text as .txt or .md, or paste it.'],
    ['a date that does not parse', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { published: '12/09/2017' })), '“12/09/2017” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.'],
    ['a day that does not exist', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { published: '2017-02-30' })), '“2017-02-30” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.'],
    ['a date in the future', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { published: '2031' })), '2031 is in the future.'],
    ['a title with half a surrogate pair', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { title: 'Grain \ud800corridor' })), 'The title contains a broken character (half of a UTF-16 surrogate pair), which would be stored as “�”. Type or paste it again.'],
    ['pasted text with half a surrogate pair', async () => addDocument(knowledge.moderation, moderator, { upload: pastedUpload('A note.\n\nOn 5 August 2022 they met \udc00 in Sochi.'), pasted: true, title: 'Note', published: '2022' }), 'The text contains a broken character (half of a UTF-16 surrogate pair), which would be stored as “�”. Type or paste it again.'],
    [
      'an import whose document text holds half a surrogate pair',
      () => importServer(knowledge.moderation, moderator, utf8(JSON.stringify({ format: 'relations-bot/server-export', version: 1, guildId: guild, exportedAt: '2026-01-15T12:00:00.000Z', settings: { moderatorRoleId: null }, documents: [importedDocument({ text: `${grainArticle}\ud83d` })], addedEvents: [], eventChanges: [] }))),
      'In the import file, documents[0] (“Imported”): The text contains a broken character (half of a UTF-16 surrogate pair), which would be stored as “�”. Type or paste it again.',
    ],
    ['no title', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { title: '  ' })), 'The document needs a title.'],
    ['a language other than en or sv', () => addDocument(knowledge.moderation, moderator, document('new.txt', utf8('New text.'), { language: 'fr' })), '“fr” is not a language I read: en (English) or sv (Swedish).'],
    ['the same text again', () => addDocument(knowledge.moderation, moderator, document('again.txt', utf8(`${grainArticle}\n\n`))), 'This text is already here as “Grain corridor” (grain-corridor).'],
    ['a bundled document', () => addDocument(knowledge.moderation, moderator, document('bundled.txt', utf8(bundledText))), expect.stringMatching(/^This text is already here as “.+” \(sv-relationerna-factbox\)\.$/u) as unknown as string],
    ['removing a document that is not there', () => removeDocument(knowledge.moderation, moderator, 'nothing-here'), 'No document “nothing-here” was added in this server.'],
    ['removing a bundled document', () => removeDocument(knowledge.moderation, moderator, 'afp-idlib-factfile'), '“afp-idlib-factfile” belongs to the bundled corpus, which moderators do not change.'],
    ['an event on a passage that is not there', () => addEvent(knowledge.moderation, moderator, { passageId: 'nowhere/p1s1', date: '2020', summary: 'x' }), 'No passage “nowhere/p1s1” in this server\'s documents.'],
    [
      'an event whose quote is not in its passage',
      () => addEvent(knowledge.moderation, moderator, { passageId: 'grain-corridor/p3s1', quote: 'The United Nations condemned the corridor.', date: '2023-03', summary: 'x' }),
      'The quote is not verbatim text of passage grain-corridor/p3s1: copy it exactly, or leave it out to quote the whole passage.',
    ],
    ['an event with a tone that is not one', () => addEvent(knowledge.moderation, moderator, { passageId: 'grain-corridor/p3s1', date: '2023-03', summary: 'UN welcomes it.', tone: 'angry' }), '“angry” is not a tone: cooperation, conflict or neutral.'],
    ['editing an event that is not there', () => editEvent(knowledge.moderation, moderator, 'nowhere/p1s1@0', { summary: 'x' }), 'No event “nowhere/p1s1@0” in this server\'s timeline.'],
    ['an edit that changes nothing', () => editEvent(knowledge.moderation, moderator, stated, {}), 'Give a new date, summary or tone.'],
    ['merging an event with itself', () => mergeEvents(knowledge.moderation, moderator, stated, stated), () => `${stated} cannot be merged with itself.`],
    ['approving a date that is not in doubt', () => approveDate(knowledge.moderation, moderator, stated), () => `${stated} is not waiting for review: nothing about its date is in doubt.`],
    ['an import that is not JSON', () => importServer(knowledge.moderation, moderator, utf8('{"format": ')), expect.stringMatching(/^The import file is not JSON \(.+\)\.$/u) as unknown as string],
    ['an import of something else', () => importServer(knowledge.moderation, moderator, utf8('{"documents": []}')), 'The import file is not valid at format: Invalid input: expected "relations-bot/server-export".'],
    [
      'an import with a document dated wrongly',
      () => importServer(knowledge.moderation, moderator, exportWith({ documents: [importedDocument({ published: 'last year' })] })),
      'In the import file, documents[0] (“Imported”): “last year” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.',
    ],
    [
      'an import with the same text twice',
      () => importServer(knowledge.moderation, moderator, exportWith({ documents: [importedDocument(), importedDocument({ id: 'again', title: 'Again' })] })),
      'In the import file, documents[1] (“Again”): This text is already here as “Imported” (imported).',
    ],
    ...['2015-99', '2015-13', '2015-02-30', '2015-00', '0000'].map((value): [string, () => Promise<unknown>, () => string] => [
      `an import whose event change dates an event ${value}`,
      () => importServer(knowledge.moderation, moderator, exportWith({ eventChanges: [{ event: stated, field: 'date', value, changedBy: 'cli', changedAt: '2026-01-15T12:00:00.000Z' }] })),
      () => `In the import file, eventChanges[0] (${stated}): “${value}” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.`,
    ]),
    [
      'an import with an added event dated 2015-02-30',
      () => {
        const passage = knowledge.engines.bundled.corpus.passages[0];
        const event = { id: `${passage?.id}@0`, passageId: passage?.id, documentId: null, quote: passage?.text, date: '2015-02-30', summary: 'x', tone: 'neutral', addedBy: 'cli', addedAt: '2026-01-15T12:00:00.000Z' };
        return importServer(knowledge.moderation, moderator, exportWith({ addedEvents: [event] }));
      },
      () => `In the import file, addedEvents[0] (${knowledge.engines.bundled.corpus.passages[0]?.id}@0): “2015-02-30” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.`,
    ],
    ['an edit to a month that does not exist', () => editEvent(knowledge.moderation, moderator, stated, { date: '2015-13' }), '“2015-13” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.'],
    [
      'an import whose change names no passage',
      () => importServer(knowledge.moderation, moderator, exportWith({ eventChanges: [{ event: 'gone/p1s1@3', field: 'tone', value: 'conflict', changedBy: 'cli', changedAt: '2026-01-15T12:00:00.000Z' }] })),
      'In the import file, eventChanges[0] (gone/p1s1@3): No event “gone/p1s1@3” in this server\'s timeline.',
    ],
  ];

  it.each(cases)('refuses %s', async (_what, attempt, message) => {
    const before = contentHash(path);
    const error = await attempt().then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModerationError);
    expect((error as Error).message).toEqual(typeof message === 'function' ? message() : message);
    expect(contentHash(path)).toBe(before);
  });
});
