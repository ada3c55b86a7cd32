import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import { isDateHeading, isStoryDateline, transcriptTurns } from '../corpus/layout.ts';
import { DateRanges, extractDates } from '../dates/index.ts';
import type { EventCorpus } from '../events/build.ts';
import type { Claim } from '../events/claims.ts';
import type { EventTypes } from '../events/lexicon.ts';
import type { PassageIndex } from '../search/passage-index.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { SwedishGloss } from '../text/gloss.ts';

export interface AnswerSources {
  corpus: Corpus;
  index: PassageIndex;
  events: EventCorpus;
  analyzer: Analyzer;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  now: () => Date;
}

/** What every stage reads of the documents, worked out once per corpus: claims per passage, passage order, term sets. */
export class AnswerContext {
  private readonly claimsByPassage = new Map<string, Claim[]>();
  /** For an undated sentence, the dated claims whose story it goes on telling. */
  private readonly governingClaims = new Map<string, Claim[]>();
  private readonly passageOrder = new Map<string, { doc: Passage[]; i: number }>();
  private readonly passages: Map<string, Passage>;
  private readonly focusCache = new WeakMap<Claim, { terms: string[]; withBridge: ReadonlySet<string> }>();
  private readonly topicCache = new Map<string, ReadonlySet<string>>();
  private readonly withTopicCache = new Map<string, ReadonlySet<string>>();
  /** `termsNear` by reach and passage: the same for every question, and a wide reach unites many passages' terms. */
  private readonly nearCache = new Map<string, ReadonlySet<string>>();
  private readonly storyCache = new WeakMap<Claim, ReadonlySet<string>>();
  /** `storyContextTerms` by claim, then passage; and for the passages weighed without a claim. */
  private readonly storyContextCache = new WeakMap<Claim, Map<string, ReadonlySet<string>>>();
  private readonly storyContextUnclaimed = new Map<string, ReadonlySet<string>>();
  private readonly headingDays = new Map<string, string | undefined>();
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  /** The days of the event dates timelines and windows read, for every question this context answers. */
  readonly dateRanges = new DateRanges();

  constructor(readonly sources: AnswerSources) {
    for (const claim of sources.events.claims) {
      const list = this.claimsByPassage.get(claim.passage.id) ?? [];
      list.push(claim);
      this.claimsByPassage.set(claim.passage.id, list);
      for (const sequel of claim.sequel) this.governingClaims.set(sequel.id, [...(this.governingClaims.get(sequel.id) ?? []), claim]);
    }
    this.documents = new Map(sources.corpus.documents.map((d) => [d.meta.id, d]));
    this.passages = new Map(sources.corpus.passages.map((p) => [p.id, p]));
    for (const doc of sources.corpus.documents) doc.passages.forEach((p, i) => this.passageOrder.set(p.id, { doc: doc.passages, i }));
  }

  /** Each document's speaker at an offset, when it is a transcript (worked out at the first question for one of its sentences). */
  private readonly transcripts = new Map<string, ((offset: number) => string | undefined) | undefined>();

  /** Who speaks a passage of a transcript (an interview's "AYDIN: …" turn), by the name the transcript gives them; else undefined. */
  speakerOf(passage: Passage): string | undefined {
    const doc = this.documents.get(passage.documentId);
    if (!doc) return undefined;
    if (!this.transcripts.has(doc.meta.id)) this.transcripts.set(doc.meta.id, transcriptTurns(doc.original));
    return this.transcripts.get(doc.meta.id)?.(passage.start);
  }

  /** The terms of the passages within `reach` of a passage in its document, and of its title and heading. */
  termsNear(passage: Passage, reach: number): ReadonlySet<string> {
    const key = `${reach}\u0000${passage.id}`;
    let terms = this.nearCache.get(key);
    if (!terms) {
      const order = this.passageOrder.get(passage.id);
      const near = order ? order.doc.slice(Math.max(0, order.i - reach), order.i + reach + 1) : [passage];
      const found = new Set<string>();
      for (const p of near) for (const term of this.sources.index.termsOf(p.id)) found.add(term);
      for (const term of this.topicTerms(passage)) found.add(term);
      this.nearCache.set(key, (terms = found));
    }
    return terms;
  }

  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  /**
   * The day a live blog's or a diary's day heading ("Tuesday 20 December 2016") gives the entries
   * below it, with that heading: an entry that names no date of its own happened that day.
   */
  dayHeading(passage: Passage): { date: string; heading: Passage } | undefined {
    const heading = passage.headingId === undefined ? undefined : this.passages.get(passage.headingId);
    if (!heading || !isDateHeading(heading.text)) return undefined;
    if (!this.headingDays.has(heading.id)) {
      const published = this.documents.get(heading.documentId)?.meta.published.value ?? '';
      const day = extractDates(heading.text, { reference: published, lang: heading.language }).find((m) => m.granularity === 'day');
      this.headingDays.set(heading.id, day?.value);
    }
    const date = this.headingDays.get(heading.id);
    return date === undefined ? undefined : { date, heading };
  }

  claimsIn(passage: Passage): Claim[] {
    return this.claimsByPassage.get(passage.id) ?? [];
  }

  /** The dated claims whose story an undated passage continues. */
  governing(passage: Passage): Claim[] {
    return this.governingClaims.get(passage.id) ?? [];
  }

  /** The passage `by` sentences away in the same document. */
  neighbour(passage: Passage, by: number): Passage | undefined {
    const order = this.passageOrder.get(passage.id);
    return order?.doc[order.i + by];
  }

  /** The terms of a claim's clause, alone and with their translations: the same for every question, so worked out once. */
  focusTerms(claim: Claim): { terms: string[]; withBridge: ReadonlySet<string> } {
    let found = this.focusCache.get(claim);
    if (!found) {
      const { analyzer } = this.sources;
      const language = claim.passage.language;
      const terms = analyzer.terms(this.ownWords(claim), language);
      found = { terms, withBridge: new Set([...terms, ...analyzer.bridge(terms, language)]) };
      this.focusCache.set(claim, found);
    }
    return found;
  }

  /**
   * A claim's clause without the clauses inside it that other dates claim: "the worst clashes since
   * Ankara first sent in troops in 2016" tells clashes, and the sending of troops is 2016's.
   */
  private ownWords(claim: Claim): string {
    const { start, end, text } = claim.focus;
    const inner = this.claimsIn(claim.passage)
      .filter((c) => c !== claim && start <= c.focus.start && c.focus.end <= end && c.focus.end - c.focus.start < end - start)
      .map((c) => c.focus)
      .sort((a, b) => b.start - a.start);
    return inner.reduce((words, f) => `${words.slice(0, f.start - start)} ${words.slice(f.end - start)}`, text);
  }

  /**
   * The terms of what a sentence stands under: its document's title, its heading (a Q&A question,
   * a chronology's "date — place") and a reference work's infobox. "Its two strings can carry …" speaks
   * of the pipeline the title names; an article's "It shut down after a ceremony" of the office at the
   * place its infobox gives, when neither its section nor its title names the place. A wire story's or a
   * press release's dateline ("ANKARA, 2 August 2024") places and dates all it tells: "Seven aircraft
   * took part" in a release datelined Ankara landed there.
   */
  topicTerms(passage: Passage): ReadonlySet<string> {
    const key = `${passage.documentId}\u0000${passage.headingId ?? ''}`;
    let found = this.topicCache.get(key);
    if (!found) {
      const doc = this.documents.get(passage.documentId);
      const title = doc?.meta.title ?? '';
      const heading = passage.headingId ? [...this.sources.index.termsOf(passage.headingId)] : [];
      const framing = (doc?.passages ?? []).filter((p) => p.kind === 'field' || isStoryDateline(p)).flatMap((p) => [...this.sources.index.termsOf(p.id)]);
      found = new Set([...this.sources.analyzer.terms(title, passage.language), ...heading, ...framing]);
      this.topicCache.set(key, found);
    }
    return found;
  }

  /**
   * A sentence's terms with those of the title and heading it stands under: the same for every question, and support
   * remembers what it found in a set by the set, so one set per sentence, made once.
   */
  termsWithTopic(passage: Passage): ReadonlySet<string> {
    let found = this.withTopicCache.get(passage.id);
    if (!found) this.withTopicCache.set(passage.id, (found = new Set([...this.sources.index.termsOf(passage.id), ...this.topicTerms(passage)])));
    return found;
  }

  termsAround(passage: Passage, others: readonly Passage[]): Set<string> {
    const index = this.sources.index;
    const terms = new Set(index.termsOf(passage.id));
    for (const p of others) for (const term of index.termsOf(p.id)) terms.add(term);
    return terms;
  }

  /** The terms of a claim's sentence and of the sentences that go on telling its story: the same for every question, so worked out once. */
  storyTerms(claim: Claim): ReadonlySet<string> {
    let found = this.storyCache.get(claim);
    if (!found) this.storyCache.set(claim, (found = this.termsAround(claim.passage, claim.sequel)));
    return found;
  }

  /**
   * What may name a candidate's story: the sentence before it, the sentences that go on telling its claim's story,
   * the one after it in its paragraph unless that one opens a dated story of its own (a factfile's "Under the deal …"
   * is not named by the next entry's "In July 2019 … deliveries of S-400"), its title and heading. The same for every
   * question, so worked out once.
   */
  storyContextTerms(passage: Passage, claim: Claim | undefined): ReadonlySet<string> {
    const byPassage = claim ? (this.storyContextCache.get(claim) ?? this.storyContextCache.set(claim, new Map()).get(claim)) : this.storyContextUnclaimed;
    let found = byPassage?.get(passage.id);
    if (!found) {
      const previous = this.neighbour(passage, -1);
      const next = this.neighbour(passage, 1);
      const goesOn = next !== undefined && next.paragraph === passage.paragraph && (this.claimsIn(next).length === 0 || (claim?.sequel.includes(next) ?? false));
      found = new Set([
        ...this.termsAround(passage, [...(claim?.sequel ?? []), ...(previous ? [previous] : []), ...(goesOn ? [next] : [])]),
        ...this.topicTerms(passage),
      ]);
      byPassage?.set(passage.id, found);
    }
    return found;
  }

  /** A sentence's terms with those of its paragraph neighbours: a sentence speaks of its paragraph's topic. */
  termsInParagraphContext(passageId: string): Set<string> {
    const passage = this.passages.get(passageId);
    if (!passage) return new Set();
    const neighbours = [this.neighbour(passage, -1), this.neighbour(passage, 1)].filter((p): p is Passage => p?.paragraph === passage.paragraph);
    return this.termsAround(passage, neighbours);
  }
}
