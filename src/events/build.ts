import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import type { DateMention, ExtractOptions } from '../dates/index.ts';
import { DateRanges } from '../dates/index.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { SwedishGloss } from '../text/gloss.ts';
import { mentionsByDay } from './day-sections.ts';
import { extractClaims, type Claim } from './claims.ts';
import { clusterClaims, dateRelation } from './cluster.ts';
import { isFollowUp } from './follow-up.ts';
import { peopleOfDocument } from './people.ts';
import type { EventTypes, Gazetteer, ToneLexicon } from './lexicon.ts';
import { addedClaims, addedCorrections, type AddedEventSpec } from './added.ts';
import { applyCorrections, applyMerges, type Correction } from './overlay.ts';
import { MAX_HEADLINE } from './headline.ts';
import { glossedSummaryOf, summaryOf, swedishSummaryOf } from './summary.ts';
import type { Citation, DateDoubt, DatedClaim, Granularity, TimelineEvent } from './types.ts';

export interface EventResources {
  analyzer: Analyzer;
  gazetteer: Gazetteer;
  tone: ToneLexicon;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  corrections: Correction[];
  extractDates: (text: string, options: ExtractOptions) => DateMention[];
}

export interface EventCorpus {
  events: TimelineEvent[];
  claims: Claim[];
  /** The event each claim was merged into. */
  eventOf: Map<Claim, TimelineEvent>;
  /** The events a layer named that are not there (their document went): skipped, not fatal. */
  skipped: string[];
  /** The claims that made each event, in order, and the event (none when a correction hid it). */
  groups: EventGroup[];
}

export interface EventGroup {
  claims: Claim[];
  event: TimelineEvent | undefined;
}

/** A server's additions to the bundled events: moderators' events, then their corrections. */
export interface EventLayer {
  added: AddedEventSpec[];
  corrections: Correction[];
}

const NO_LAYER: EventLayer = { added: [], corrections: [] };

const SPECIFICITY: Record<Granularity, number> = { year: 0, season: 1, month: 2, week: 3, day: 4 };

/**
 * The dated claims of one document. A date worked out from an inferred
 * publication date ("on Friday" in an undated article) is not certain.
 */
export type ClaimResources = Pick<EventResources, 'extractDates' | 'eventTypes'>;

export function documentClaims(doc: CorpusDocument, resources: ClaimResources): Claim[] {
  const mentions = mentionsByDay(doc, resources.extractDates);
  const kindsOf = (text: string) => resources.eventTypes.typesOf(text);
  const claims = extractClaims(doc, mentions, { tellsHappening: (text) => kindsOf(text).size > 0, kindsOf });
  if (doc.meta.published.inferred) {
    for (const claim of claims) if (claim.mention.anchor === 'publication') claim.certain = false;
  }
  return claims;
}

/** Weight of the rest of the sentence, next to the clause the date belongs to, in telling what a claim is about. */
const SENTENCE_WEIGHT = 0.5;

const senseCache = new WeakMap<Claim, Map<string, number>>();

/** What a claim is about, for merging: its senses, weighted, worked out once (or restored with `rememberSenses`). */
export function claimSenses(claim: Claim, analyzer: Analyzer): Map<string, number> {
  let senses = senseCache.get(claim);
  if (!senses) {
    senses = sensesOf(claim, analyzer);
    senseCache.set(claim, senses);
  }
  return senses;
}

export function rememberSenses(claim: Claim, senses: Map<string, number>): void {
  senseCache.set(claim, senses);
}

function sensesOf(claim: Claim, analyzer: Analyzer): Map<string, number> {
  const { focus, mention, passage } = claim;
  const weights = new Map<string, number>();
  const rest = passage.text.slice(0, focus.start - passage.cleanStart) + ' ' + passage.text.slice(focus.end - passage.cleanStart);
  for (const sense of analyzer.senses(rest, passage.language)) weights.set(sense, SENTENCE_WEIGHT);
  for (const sense of analyzer.senses(focus.text.replace(mention.text, ' '), passage.language)) weights.set(sense, 1);
  return weights;
}

/**
 * Generates the event corpus from the passages: claims merged across documents, dated,
 * summarised and classified; then the bundled overlay, then a server's layer on top. `base`, the
 * bundled corpus's own events, lends a server the events its documents leave alone.
 */
export function buildEvents(corpus: Corpus, resources: EventResources, layer: EventLayer = NO_LAYER, base?: EventCorpus): EventCorpus {
  const extracted = corpus.documents.flatMap((doc) => claimsOf(doc, resources));
  const skipped: string[] = [];
  const skip = (correction: Correction) => void skipped.push(correction.event);
  const added = addedClaims(layer.added, corpus, (spec) => skipped.push(spec.passageId));
  const claims = [...extracted, ...added.map((a) => a.claim)];
  const quality = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.quality.includes('machine-translation') ? 1 : 0]));
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const headingOf = (passage: Passage) => (passage.headingId === undefined ? '' : (passages.get(passage.headingId)?.text ?? ''));
  // The sentence before in its paragraph, by the id passages are given (p<paragraph>s<sentence>).
  const previousOf = (passage: Passage) => (passage.sentence > 1 ? passages.get(`${passage.documentId}/p${passage.paragraph}s${passage.sentence - 1}`) : undefined);
  const similarity = claimSimilarity(extracted, resources.analyzer, resources.gazetteer);
  const eventOf = new Map<Claim, TimelineEvent>();
  // A moderator's event is one happening of its own until a moderator merges it.
  const kinds = new Map<Claim, ReadonlySet<string>>();
  const kindsOf = (claim: Claim) => kinds.get(claim) ?? kinds.set(claim, resources.eventTypes.typesOf(mainClauseOf(claim))).get(claim) ?? new Set<string>();
  const within = (inner: Claim, outer: Claim) => {
    const told = claimSenses(outer, resources.analyzer);
    return [...claimSenses(inner, resources.analyzer)].every(([sense, weight]) => weight < 1 || told.has(sense));
  };
  // The days of every date clustering, summaries and ordering compare, worked out once for the whole build.
  const ranges = new DateRanges();
  const followUpTests = { kindsOf, peopleOf: claimPeople(corpus, resources.gazetteer) };
  const followsUp = (a: Claim, b: Claim) => isFollowUp(a, b, followUpTests);
  const clustered = [...clusterClaims(extracted, similarity, ranges, { kindsOf, within, followsUp }), ...added.map((a) => [a.claim])];
  const groups = applyMerges(applyMerges(clustered, resources.corrections, eventId), layer.corrections, eventId, skip);
  const unchanged = base ? baseEvents(base) : () => undefined;
  const events = groups.map((group) => {
    // The bundled event of the same claims, corrections and all (applying them again changes nothing).
    const reused = unchanged(group);
    const event = reused ? { ...reused } : toEvent(group, resources, quality, ranges, headingOf, previousOf);
    for (const claim of group) eventOf.set(claim, event);
    return event;
  });
  const byClaim = new Map(claims.map((claim) => [eventId(claim), claim]));
  const find = (id: string) => {
    const claim = byClaim.get(id);
    return claim && eventOf.get(claim);
  };
  const layerCorrections = [...addedCorrections(added), ...layer.corrections];
  const shown = sortEvents(applyCorrections(applyCorrections(events, resources.corrections, find), layerCorrections, find, skip), ranges);
  const visible = new Set(shown);
  for (const [claim, event] of eventOf) if (!visible.has(event)) eventOf.delete(claim);
  return {
    events: shown,
    claims: claims.filter((claim) => eventOf.has(claim)),
    eventOf,
    skipped,
    groups: groups.map((group, i) => ({ claims: group, event: visible.has(events[i] as TimelineEvent) ? events[i] : undefined })),
  };
}

/** The shown event of a group of the base with exactly the same claims in the same order. */
function baseEvents(base: EventCorpus): (group: Claim[]) => TimelineEvent | undefined {
  const byFirst = new Map(base.groups.map((g) => [g.claims[0], g]));
  return (group) => {
    const same = byFirst.get(group[0]);
    return same && same.claims.length === group.length && same.claims.every((c, i) => c === group[i]) ? same.event : undefined;
  };
}

/** Date extraction is most of the work, and a bundled document's claims are the same for every server. */
const claimCache = new WeakMap<CorpusDocument, Claim[]>();

/** A document's claims, worked out once (or restored from a saved state with `rememberClaims`). */
export function claimsOf(doc: CorpusDocument, resources: ClaimResources): Claim[] {
  let claims = claimCache.get(doc);
  if (!claims) {
    claims = documentClaims(doc, resources);
    claimCache.set(doc, claims);
  }
  return claims;
}

export function rememberClaims(doc: CorpusDocument, claims: Claim[]): void {
  claimCache.set(doc, claims);
}

/** Whom each claim's words are about, read with the roles its document gives names (worked out once a document). */
function claimPeople(corpus: Corpus, gazetteer: Gazetteer): (claim: Claim) => Set<string> {
  const byDocument = new Map<string, ReturnType<typeof peopleOfDocument>>();
  const documents = new Map(corpus.documents.map((doc) => [doc.meta.id, doc]));
  const people = new Map<Claim, Set<string>>();
  return (claim) => {
    const known = people.get(claim);
    if (known) return known;
    const id = claim.citation.documentId;
    const doc = documents.get(id);
    const peopleOf = byDocument.get(id) ?? peopleOfDocument(doc?.clean ?? '', doc?.meta.language ?? claim.passage.language, gazetteer);
    byDocument.set(id, peopleOf);
    const found = peopleOf(claim.focus.text, claim.passage.language);
    people.set(claim, found);
    return found;
  };
}

/**
 * What two claims share of what they are about: a weighted Dice coefficient
 * over language-independent senses (rarer senses weigh more, the date's own
 * clause more than the rest of its sentence, the date words not at all).
 */
function claimSimilarity(claims: Claim[], analyzer: Analyzer, gazetteer: Gazetteer): (a: Claim, b: Claim) => number {
  const senses = new Map(claims.map((claim) => [claim, withStatesOfSeats(claimSenses(claim, analyzer), claim, analyzer, gazetteer)]));
  const df = new Map<string, number>();
  for (const weights of senses.values()) for (const sense of weights.keys()) df.set(sense, (df.get(sense) ?? 0) + 1);
  const idf = (sense: string) => Math.log(1 + claims.length / (df.get(sense) ?? 1));
  const mass = (weights: Map<string, number>) => [...weights].reduce((sum, [sense, w]) => sum + w * idf(sense), 0);
  return (a, b) => {
    const wa = senses.get(a) ?? new Map<string, number>();
    const wb = senses.get(b) ?? new Map<string, number>();
    let shared = 0;
    for (const [sense, w] of wa) {
      const other = wb.get(sense);
      if (other !== undefined) shared += (w + other) * idf(sense);
    }
    const total = mass(wa) + mass(wb);
    return total === 0 ? 0 : shared / total;
  };
}

/**
 * A capital named for its state ("a truce between Moscow and Ankara") tells of the state too, so
 * that it meets a report that names the countries ("Russia and Turkey agreed a ceasefire"): the
 * state's senses join the claim's, weighted as the words that named it.
 */
function withStatesOfSeats(senses: Map<string, number>, claim: Claim, analyzer: Analyzer, gazetteer: Gazetteer): Map<string, number> {
  const { focus, passage } = claim;
  const rest = passage.text.slice(0, focus.start - passage.cleanStart) + ' ' + passage.text.slice(focus.end - passage.cleanStart);
  const added = new Map(senses);
  const add = (text: string, weight: number) => {
    for (const state of gazetteer.statesBySeatIn(text)) for (const sense of analyzer.senses(state, 'en')) added.set(sense, Math.max(added.get(sense) ?? 0, weight));
  };
  add(rest, SENTENCE_WEIGHT);
  add(focus.text, 1);
  return added;
}

/** What a claim's clause tells before a trailing clause relates it to another happening ("…, less than a year after Turkey shot down …"). */
function mainClauseOf(claim: Claim): string {
  const text = claim.focus.text.replace(claim.mention.text, ' ');
  return text.split(/,\s+(?:which|who|after|before|when|while|less\s+than|more\s+than|som|efter|innan|när)\b|\s(?:after|before|following|despite|amid|efter|innan)\s/iu)[0] ?? text;
}

/**
 * How much a summary leaves the reader asking: who ("He …", "The two men …"), what happened (only
 * an "After …" clause), what it answers ("However, …"), what it is later than ("… a few days later"), or a summary that breaks the headline rules
 * (a quotation cut open, too long, a remark in the first person); then whether it names no one of the
 * story, which a headline does ("A truce was brokered" names no side; "Russia and Turkey agreed" does).
 */
function contextNeeded(summary: string, gazetteer: Gazetteer): number {
  const leans =
    /^(?:he|she|they|it|his|her|their|its|this|these|but|and|however|meanwhile)\b/iu.test(summary) ||
    /^(?:the\s+)?(?:two|both|three)\s+(?:men|women|leaders|presidents|officials|sides|countries|governments)\b/iu.test(summary) ||
    (/^(?:after|before|when|while|under|since|following)\b/iu.test(summary) && !summary.includes(', ')) ||
    /\b(?:days?|weeks?|months?|years?)\s+(?:later|earlier)\b|\bthe\s+(?:following|next|previous)\s+(?:day|week|month|year)\b/iu.test(summary);
  const outside = summary.replace(/"[^"]*"|“[^”]*”/gu, ' ');
  const unbalanced = (summary.match(/"/gu) ?? []).length % 2 === 1 || (summary.match(/“/gu) ?? []).length !== (summary.match(/”/gu) ?? []).length;
  const broken = unbalanced || summary.length > MAX_HEADLINE || /(?<![\p{L}])(?:I|we|We|our|Our|us)(?![\p{L}])/u.test(outside);
  return (leans || broken ? 2 : 0) + (gazetteer.actorsIn(summary).length === 0 ? 1 : 0);
}

/**
 * 1 when the claim's date stands in a relative clause of a noun before it ("The project slowed down during
 * the crisis that followed Turkey's downing of a Russian bomber in November 2015"): the date is the nested
 * happening's, so the sentence is no headline of it.
 */
function datesNestedClause(claim: Claim): number {
  const before = claim.focus.text.slice(0, Math.max(0, claim.mention.start - claim.focus.start));
  return /\b(?:the|a|an|its|their|den|det|de)\s+(?:[\p{L}-]+\s+){0,2}(?:that|which|som)\s/iu.test(before) ? 1 : 0;
}

/** Stated dates before worked-out ones, then the most specific, then the better-written source. */
function rankClaims(group: Claim[], quality: Map<string, number>): Claim[] {
  const rank = (c: Claim) => [c.certain ? 1 : 0, c.mention.anchor === 'explicit' ? 1 : 0, SPECIFICITY[c.granularity], -(quality.get(c.citation.documentId) ?? 0)];
  return [...group].sort((a, b) => compareVectors(rank(b), rank(a)) || a.passage.id.localeCompare(b.passage.id));
}

/** The primary claim's place in its passage: an id that does not depend on what else joined the event. */
export function eventId(primary: Claim): string {
  return `${primary.passage.id}@${primary.mention.start - primary.passage.cleanStart}`;
}

function toEvent(
  group: Claim[],
  resources: EventResources,
  quality: Map<string, number>,
  ranges: DateRanges,
  headingOf: (passage: Passage) => string,
  previousOf: (passage: Passage) => Passage | undefined,
): TimelineEvent {
  const ordered = rankClaims(group, quality);
  const primary = ordered[0] as Claim;
  // The summary comes from an English claim that agrees with the event's date, names its actors, is well written if possible, short.
  const agrees = (c: Claim) => (dateRelation(c.date, primary.date, ranges) === 'conflicting' ? 1 : 0);
  const needs = new Map(group.map((c) => [c, contextNeeded(summaryOf(c), resources.gazetteer)]));
  const needOf = (c: Claim) => needs.get(c) ?? 0;
  const english = [...group]
    .filter((c) => c.passage.language === 'en')
    .sort((a, b) => agrees(a) - agrees(b) || datesNestedClause(a) - datesNestedClause(b) || needOf(a) - needOf(b) || (quality.get(a.citation.documentId) ?? 0) - (quality.get(b.citation.documentId) ?? 0) || a.focus.text.length - b.focus.text.length);
  const summary = english[0] ? withSubject(summaryOf(english[0]), english[0], resources.gazetteer, previousOf(english[0].passage)?.text) : glossedSummaryOf(primary, resources.gloss);
  const swedish = [...group].filter((c) => c.passage.language === 'sv').sort((a, b) => agrees(a) - agrees(b) || a.focus.text.length - b.focus.text.length)[0];
  // As analysis reads them: a document's declared readings ("dropped" read as shot down) reach tone and kind too.
  const texts = group.map((c) => c.passage.reading ?? c.passage.text).join(' ');
  const toneText = (english[0] ?? primary).focus.text;
  const tone = resources.tone.toneOf(toneText);
  return {
    id: eventId(primary),
    date: primary.date,
    dateText: primary.dateText,
    granularity: primary.granularity,
    certainty: !primary.certain ? 'uncertain' : primary.mention.anchor === 'explicit' ? 'stated' : 'inferred',
    summary,
    ...(swedish && { summaries: { sv: swedishSummaryOf(swedish, resources.gloss) } }),
    actors: resources.gazetteer.actorsIn(texts),
    places: resources.gazetteer.placesIn(texts),
    tone: tone === 'neutral' ? resources.tone.toneOf(texts) : tone,
    // What the event is told in: its sentences and the headings they stand under ("July 12, 2019 — Murted air base, near Ankara:").
    relation: resources.gazetteer.relationIn(summary, [texts, ...group.map((c) => headingOf(c.passage))].join(' ')),
    status: primary.status,
    ...(primary.plannedFor ? { plannedFor: primary.plannedFor } : {}),
    citations: uniqueCitations(ordered),
    claims: disagreeing(ordered, ranges),
    ...doubtsOf(primary, ordered, ranges),
    ...(primary.dateFrom && { dateFrom: primary.dateFrom }),
  };
}

/** Why the event's date asks for a moderator's eye, if it does. */
function doubtsOf(primary: Claim, claims: Claim[], ranges: DateRanges): Pick<TimelineEvent, 'doubts'> {
  const doubts: DateDoubt[] = [];
  if (!primary.certain && primary.mention.garbled !== true) doubts.push('inferred');
  if (primary.mention.garbled === true) doubts.push('garbled');
  if (primary.mention.anchor === 'previous-event') doubts.push('composed');
  if (disagreeing(claims, ranges).length > 0) doubts.push('disagreeing');
  return doubts.length > 0 ? { doubts } : {};
}

/**
 * A summary whose subject is "he" or "she" (or that opens on the relative clause it stands in:
 * "where he had met Assad") names who instead: the person its sentence named last before it.
 */
function withSubject(summary: string, claim: Claim, gazetteer: EventResources['gazetteer'], previous: string | undefined): string {
  const pronoun = /^(?:(?:where|when|as|after which)\s+)?(?:he|she)\b/iu.exec(summary);
  if (!pronoun) return summary;
  // Else the person the sentence before names last ("Last week Mr Kalın received …. Fifteen days before, he spoke …").
  const person =
    gazetteer.lastPersonIn(claim.passage.text.slice(0, claim.focus.start - claim.passage.cleanStart)) ??
    (previous === undefined ? undefined : (gazetteer.lastPersonIn(previous) ?? lastTitledName(previous)));
  return person ? `${person}${summary.slice(pronoun[0].length)}` : summary;
}

/** A title or honorific and the name after it ("Mr Kalın", "Director Anna Berg"): a person, whether the gazetteer knows them or not. */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Dr|President|Premier|Chancellor|Minister|Secretary|Director|General|Ambassador)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

function lastTitledName(text: string): string | undefined {
  return [...text.matchAll(TITLED_NAME)].pop()?.[1];
}

function uniqueCitations(claims: Claim[]): Citation[] {
  const seen = new Set<string>();
  return claims.map((c) => c.citation).filter((c) => !seen.has(c.passageId) && seen.add(c.passageId));
}

/** Every claim of the event when two of them conflict on the date; none when the sources agree. */
function disagreeing(claims: Claim[], ranges: DateRanges): DatedClaim[] {
  const conflict = claims.some((a) => claims.some((b) => dateRelation(a.date, b.date, ranges) === 'conflicting'));
  if (!conflict) return [];
  return claims.map(({ date, dateText, granularity, certain, status, plannedFor, citation }) => ({ date, dateText, granularity, certain, status, ...(plannedFor ? { plannedFor } : {}), citation }));
}

function compareVectors(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Events by their first day, then their last, then id (a large corpus has thousands of events, `ranges` their days). */
function sortEvents(events: TimelineEvent[], ranges: DateRanges): TimelineEvent[] {
  return events.sort((a, b) => {
    const ra = ranges.of(a.date);
    const rb = ranges.of(b.date);
    return ra.start.localeCompare(rb.start) || ra.end.localeCompare(rb.end) || a.id.localeCompare(b.id);
  });
}
