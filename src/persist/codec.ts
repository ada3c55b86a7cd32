import { readingOf } from '../corpus/readings.ts';
import { BLOCK_KINDS, type CorpusDocument, type Passage } from '../corpus/types.ts';
import type { DateMention } from '../dates/index.ts';
import type { EventCorpus, EventGroup } from '../events/build.ts';
import type { Claim } from '../events/claims.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { AnalysedDocument } from '../search/analysis.ts';
import type { TermIndexData } from '../search/term-index.ts';
import type { Section, Unpacked } from './container.ts';

/**
 * The engine's state as file sections, and back. Text is stored once (a passage is a span of
 * its document's cleaned text, a citation quotes its passage, an event points at its claims),
 * so that the state of a large corpus stays small and quick to read.
 */

/** A document, cleaned and cut, and its dated claims: what analysis of one document yields. */
export interface DocumentUnit {
  /** A hash of the document (metadata and text) and of everything its analysis depends on. */
  key: string;
  doc: CorpusDocument;
  claims: Claim[];
}

/** A passage's numbers, in `passages.fields`: its document, kind, place, offsets and the position of its heading (-1 for none). */
const PASSAGE_FIELDS = 9;

/** What a claim says of its date, which its mention alone does not give (a plan is dated by when it was said). */
type ClaimDating = Pick<Claim, 'date' | 'dateText' | 'granularity' | 'certain' | 'status' | 'plannedFor' | 'dateFrom'>;

type ClaimRecord = [passage: number, mention: DateMention, focusStart: number, focusEnd: number, focusText: string | null, sequel: number[], dating: ClaimDating];

interface DocumentRecord {
  key: string;
  meta: CorpusDocument['meta'];
  claims: ClaimRecord[];
}

export function encodeDocuments(units: DocumentUnit[]): Record<string, Section> {
  const records = units.map(({ key, doc, claims }): DocumentRecord => {
    const position = new Map(doc.passages.map((p, i) => [p, i]));
    const at = (p: Passage) => position.get(p) ?? -1;
    const claimRecords = claims.map((c): ClaimRecord => {
      const sliced = doc.clean.slice(c.focus.start, c.focus.end);
      const { date, dateText, granularity, certain, status, plannedFor, dateFrom } = c;
      const dating: ClaimDating = { date, dateText, granularity, certain, status, ...(plannedFor ? { plannedFor } : {}), ...(dateFrom && { dateFrom }) };
      return [at(c.passage), c.mention, c.focus.start, c.focus.end, c.focus.text === sliced ? null : c.focus.text, c.sequel.map(at), dating];
    });
    return { key, meta: doc.meta, claims: claimRecords };
  });
  const passages = units.flatMap(({ doc }, d) => doc.passages.map((p) => ({ d, p })));
  const fields = new Int32Array(passages.length * PASSAGE_FIELDS);
  const positions = new Map(passages.map(({ p }, i) => [p.id, i]));
  passages.forEach(({ d, p }, i) => {
    const heading = p.headingId === undefined ? -1 : (positions.get(p.headingId) ?? -1);
    fields.set([d, BLOCK_KINDS.indexOf(p.kind), p.paragraph, p.sentence, p.cleanStart, p.cleanEnd, p.start, p.end, heading], i * PASSAGE_FIELDS);
  });
  return {
    documents: { json: records },
    'documents.clean': { text: units.map((u) => u.doc.clean).join('') },
    'documents.cleanLengths': Int32Array.from(units.map((u) => u.doc.clean.length)),
    'passages.ids': { json: passages.map(({ p }) => p.id) },
    'passages.fields': fields,
  };
}

/** The documents of a state; `originalOf` gives a document's file text by its key (the key was made from it). */
export function decodeDocuments(file: Unpacked, originalOf: (key: string) => string): DocumentUnit[] {
  const records = file.json<DocumentRecord[]>('documents');
  const allClean = file.text('documents.clean');
  const cleanLengths = file.i32('documents.cleanLengths');
  const ids = file.json<string[]>('passages.ids');
  const fields = file.i32('passages.fields');
  const cleans: string[] = [];
  let from = 0;
  for (const length of cleanLengths) {
    cleans.push(allClean.slice(from, from + length));
    from += length;
  }
  const passagesOf: Passage[][] = records.map(() => []);
  for (let i = 0, at = 0; i < ids.length; i++, at += PASSAGE_FIELDS) {
    const d = fields[at] as number;
    const { meta } = records[d] as DocumentRecord;
    const cleanStart = fields[at + 4] as number;
    const cleanEnd = fields[at + 5] as number;
    const text = (cleans[d] as string).slice(cleanStart, cleanEnd);
    const reading = readingOf(meta, text);
    (passagesOf[d] as Passage[]).push({
      id: ids[i] as string,
      documentId: meta.id,
      language: meta.language,
      kind: BLOCK_KINDS[fields[at + 1] as number] ?? 'body',
      ...((fields[at + 8] as number) >= 0 && { headingId: ids[fields[at + 8] as number] as string }),
      paragraph: fields[at + 2] as number,
      sentence: fields[at + 3] as number,
      text,
      ...(reading !== undefined && { reading }),
      cleanStart,
      cleanEnd,
      start: fields[at + 6] as number,
      end: fields[at + 7] as number,
    });
  }
  return records.map(({ key, meta, claims: claimRecords }, d) => {
    const clean = cleans[d] as string;
    const passages = passagesOf[d] as Passage[];
    const doc: CorpusDocument = { meta, original: originalOf(key), clean, passages };
    const claims = claimRecords.map(([p, mention, focusStart, focusEnd, focusText, sequel, dating]): Claim => {
      const passage = passages[p] as Passage;
      const { date, dateText, granularity, certain, status, plannedFor, dateFrom } = dating;
      return {
        date,
        dateText,
        granularity,
        certain,
        status,
        ...(plannedFor !== undefined && { plannedFor }),
        citation: { documentId: meta.id, passageId: passage.id, quote: passage.text, language: passage.language },
        passage,
        mention,
        focus: { start: focusStart, end: focusEnd, text: focusText ?? clean.slice(focusStart, focusEnd) },
        sequel: sequel.map((i) => passages[i] as Passage),
        ...(dateFrom && { dateFrom }),
      };
    });
    return { key, doc, claims };
  });
}

/** Analysed terms, kept so that a change to one document does not analyse the others again. */
export function encodeAnalysis(analysed: AnalysedDocument[]): Record<string, Section> {
  return { analysis: { json: analysed.map((a) => ({ title: a.title, text: a.analysed.map((p) => p.text), bridge: a.analysed.map((p) => p.bridge), carried: a.analysed.map((p) => p.carried), marks: a.analysed.map((p) => p.marks) })) } };
}

export function decodeAnalysis(file: Unpacked, units: DocumentUnit[]): AnalysedDocument[] {
  const records = file.json<Array<{ title: string[]; text: string[][]; bridge: string[][]; carried: string[][]; marks?: string[][] }>>('analysis');
  return units.map(({ doc }, d) => {
    const record = records[d] ?? { title: [], text: [], bridge: [], carried: [] };
    return {
      passages: doc.passages,
      title: record.title,
      analysed: doc.passages.map((_, i) => ({ text: record.text[i] ?? [], bridge: record.bridge[i] ?? [], carried: record.carried[i] ?? [], marks: record.marks?.[i] ?? [] })),
    };
  });
}

export function encodeIndex(data: TermIndexData): Record<string, Section> {
  return {
    'index.vocabulary': { json: data.vocabulary },
    'index.searchOrder': data.searchOrder,
    'index.postingStarts': data.postingStarts,
    'index.postingDocs': data.postingDocs,
    'index.postingCounts': data.postingCounts,
    'index.fieldLengths': data.fieldLengths,
    'index.averageFieldLengths': data.averageFieldLengths,
    'index.body': data.body,
    'index.supportStarts': data.supportStarts,
    'index.supportTerms': data.supportTerms,
    'index.passageFrequency': data.passageFrequency,
  };
}

export function decodeIndex(file: Unpacked): TermIndexData {
  return {
    vocabulary: file.json<string[]>('index.vocabulary'),
    searchOrder: file.i32('index.searchOrder'),
    postingStarts: file.i32('index.postingStarts'),
    postingDocs: file.i32('index.postingDocs'),
    postingCounts: file.i32('index.postingCounts'),
    fieldLengths: file.i32('index.fieldLengths'),
    averageFieldLengths: file.f64('index.averageFieldLengths'),
    body: file.u8('index.body'),
    supportStarts: file.i32('index.supportStarts'),
    supportTerms: file.i32('index.supportTerms'),
    passageFrequency: file.i32('index.passageFrequency'),
  };
}

/**
 * What each claim is about (its weighted senses, in order), which a server's events are merged
 * by: a table of senses and, per claim, sense numbers and weights.
 */
export function encodeSenses(claims: Claim[], sensesOf: (claim: Claim) => Map<string, number>): Record<string, Section> {
  const table = new Map<string, number>();
  const starts = [0];
  const ids: number[] = [];
  const weights: number[] = [];
  for (const claim of claims) {
    for (const [sense, weight] of sensesOf(claim)) {
      if (!table.has(sense)) table.set(sense, table.size);
      ids.push(table.get(sense) as number);
      weights.push(weight);
    }
    starts.push(ids.length);
  }
  return {
    'senses.table': { json: [...table.keys()] },
    'senses.starts': Int32Array.from(starts),
    'senses.ids': Int32Array.from(ids),
    'senses.weights': Float64Array.from(weights),
  };
}

export function decodeSenses(file: Unpacked, claims: Claim[], remember: (claim: Claim, senses: Map<string, number>) => void): void {
  const table = file.json<string[]>('senses.table');
  const starts = file.i32('senses.starts');
  const ids = file.i32('senses.ids');
  const weights = file.f64('senses.weights');
  claims.forEach((claim, c) => {
    const senses = new Map<string, number>();
    for (let i = starts[c] ?? 0; i < (starts[c + 1] ?? 0); i++) senses.set(table[ids[i] as number] as string, weights[i] as number);
    remember(claim, senses);
  });
}

type EventRecord = Omit<TimelineEvent, 'citations' | 'claims'> & { citations: number[]; claims: number[] };

/** Events as their fields and the claims (by number, in the order of `claims`) they cite and group. */
export function encodeEvents(events: EventCorpus, claims: Claim[]): Record<string, Section> {
  const claimNumber = new Map(claims.map((c, i) => [c, i]));
  const byCitation = new Map(claims.map((c, i) => [c.citation, i]));
  const eventNumber = new Map(events.events.map((e, i) => [e, i]));
  const records = events.events.map(({ citations, claims: dated, ...fields }): EventRecord => ({
    ...fields,
    citations: citations.map((c) => byCitation.get(c) ?? -1),
    claims: dated.map((c) => byCitation.get(c.citation) ?? -1),
  }));
  const groups = events.groups.map((g) => [g.claims.map((c) => claimNumber.get(c) ?? -1), g.event ? (eventNumber.get(g.event) ?? -1) : -1]);
  return { events: { json: records }, 'events.groups': { json: groups } };
}

/**
 * The events of a state. Which claims have an event is read at once (answers index them when the
 * engine starts); the events themselves when first asked for, so that a restart is ready sooner.
 */
export function decodeEvents(file: Unpacked, claims: Claim[]): EventCorpus {
  const groups = file.json<Array<[number[], number]>>('events.groups');
  const merged = new Set<Claim>();
  for (const [members, e] of groups) if (e >= 0) for (const i of members) merged.add(claims[i] as Claim);
  const records = file.jsonLater<EventRecord[]>('events');
  let decoded: Pick<EventCorpus, 'events' | 'eventOf' | 'groups'> | undefined;
  const decode = () => (decoded ??= decodeEventRecords(records(), groups, claims));
  return {
    get events() {
      return decode().events;
    },
    claims: claims.filter((c) => merged.has(c)),
    get eventOf() {
      return decode().eventOf;
    },
    skipped: [],
    get groups() {
      return decode().groups;
    },
  };
}

function decodeEventRecords(records: EventRecord[], groups: Array<[number[], number]>, claims: Claim[]): Pick<EventCorpus, 'events' | 'eventOf' | 'groups'> {
  const events: TimelineEvent[] = [];
  for (const r of records) {
    const citations: TimelineEvent['citations'] = [];
    for (const i of r.citations) citations.push((claims[i] as Claim).citation);
    const dated: TimelineEvent['claims'] = [];
    for (const i of r.claims) {
      const { date, dateText, granularity, certain, status, plannedFor, citation } = claims[i] as Claim;
      dated.push({ date, dateText, granularity, certain, status, ...(plannedFor ? { plannedFor } : {}), citation });
    }
    // Fields in the order events are made in, so that their JSON reads the same.
    events.push({
      id: r.id,
      date: r.date,
      dateText: r.dateText,
      granularity: r.granularity,
      certainty: r.certainty,
      summary: r.summary,
      ...(r.summaries && { summaries: r.summaries }),
      actors: r.actors,
      places: r.places,
      tone: r.tone,
      relation: r.relation,
      status: r.status,
      ...(r.plannedFor ? { plannedFor: r.plannedFor } : {}),
      citations,
      claims: dated,
      ...(r.doubts && { doubts: r.doubts }),
      ...(r.dateFrom && { dateFrom: r.dateFrom }),
    });
  }
  const eventOf = new Map<Claim, TimelineEvent>();
  const decodedGroups: EventGroup[] = [];
  for (const [members, e] of groups) {
    const event = events[e];
    const group: Claim[] = [];
    for (const i of members) {
      const claim = claims[i] as Claim;
      group.push(claim);
      if (event) eventOf.set(claim, event);
    }
    decodedGroups.push({ claims: group, event });
  }
  return { events, eventOf, groups: decodedGroups };
}
