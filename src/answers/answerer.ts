import type { Corpus, Language, Passage } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { EventCorpus } from '../events/build.ts';
import type { EventTypes } from '../events/lexicon.ts';
import type { Claim } from '../events/claims.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { PassageIndex } from '../search/passage-index.ts';
import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { SwedishGloss } from '../text/gloss.ts';
import { CitationList, mark } from './citations.ts';
import { formatPartialDate as formatDate } from '../dates/index.ts';
import { MESSAGES } from './messages.ts';
import { eventsIn, formatPeriod } from './period.ts';
import { analyzeQuestion, type Period, type QuestionAnalysis } from './question.ts';
import { MAX_QUOTE_LENGTH, quoteOf } from './quote.ts';
import { sanitizeQuestion } from './sanitize.ts';
import type { Answer } from './schema.ts';

export interface AnswerSources {
  corpus: Corpus;
  index: PassageIndex;
  events: EventCorpus;
  analyzer: Analyzer;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  now: () => Date;
}

export interface AnswerTuning {
  /**
   * Below this share of the question's (rarity-weighted) terms, the documents
   * are taken not to answer; so are questions naming something (a capitalised
   * name) that no document mentions.
   */
  minSupport: number;
  /** Passages retrieved before the dated claims in them are weighed. */
  candidates: number;
  /** Events listed in the text of a period answer (all are in `events`). */
  periodListLength: number;
}

/** Calibrated on the evaluation set's answerable and out-of-scope questions (npm run eval). */
export const DEFAULT_TUNING: AnswerTuning = { minSupport: 0.5, candidates: 12, periodListLength: 15 };

/** Words that say what someone is: "Who is X?" wants the sentence that gives X a role. */
const ROLES = /\b(?:president|minister|secretary|director|ambassador|envoy|leader|counterpart|spokes(?:man|woman|person)|official|general|chief|head|commander|prime|king|chancellor|ambassadör|ledare|talesperson|chef)\b/iu;

const COUNT = /\b(?!(?:1[89]|20)\d\d\b)\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|tusen|miljoner?|flera)\b/iu;

interface Candidate {
  passage: Passage;
  claim?: Claim;
  score: number;
}

/** Extractive, cited answers to when / what / who / where / how-many / period questions, or an abstention. */
export class Answerer {
  private readonly claimsByPassage = new Map<string, Claim[]>();
  /** For an undated sentence, the dated claims whose story it goes on telling. */
  private readonly governingClaims = new Map<string, Claim[]>();
  private readonly documents;
  private readonly passageOrder = new Map<string, { doc: Passage[]; i: number }>();
  private readonly passages: Map<string, Passage>;
  private readonly focusCache = new WeakMap<Claim, { terms: string[]; withBridge: ReadonlySet<string> }>();
  /** The events an abstention suggests, most cited first (worked out on the first abstention). */
  private suggested: TimelineEvent[] | undefined;

  constructor(
    private readonly sources: AnswerSources,
    private readonly tuning: AnswerTuning = DEFAULT_TUNING,
  ) {
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

  ask(raw: string): Answer {
    const text = sanitizeQuestion(raw);
    const question = analyzeQuestion(text, this.sources.now());
    if (!/\p{L}/u.test(text)) return this.abstain(question, MESSAGES[question.language].emptyQuestion);
    if (question.kind === 'period' && question.period) return this.periodAnswer(question, question.period);
    const query = this.sources.index.analyse(question.topic, question.guess);
    const best = this.bestCandidate(question, query);
    const unknownName = this.sources.index.unknownNames(query).length > 0;
    if (!best || unknownName || this.supportFor(best, query) < this.tuning.minSupport) return this.abstain(question, MESSAGES[question.language].abstain);
    return this.extractiveAnswer(question, best);
  }

  /** Events of a period, optionally about a topic, in date order. */
  timeline(period: Period, topic = ''): TimelineEvent[] {
    return this.eventsAbout(period, this.sources.index.analyse(topic));
  }

  private eventsAbout(period: Period, topic: Query): TimelineEvent[] {
    const events = eventsIn(this.sources.events.events, period);
    const terms = this.topicTerms(topic);
    if (terms.length === 0) return events;
    const narrowed = { terms, expansions: topic.expansions };
    // A sentence speaks of its paragraph's topic: "a fragile truce" follows "cooperated in Idlib".
    return events.filter((event) =>
      event.citations.some((c) => support(this.sources.index, narrowed, this.termsInParagraphContext(c.passageId)) > 0),
    );
  }

  /** Topic words that narrow a timeline; words found in most passages ("Russia", "Turkey") do not. */
  private topicTerms(topic: Query): string[] {
    const index = this.sources.index;
    const generic = Math.log(1 + 1 / 0.2);
    return topic.terms.filter((term) => index.idf(term) > generic);
  }

  private bestCandidate(question: QuestionAnalysis, query: Query): Candidate | undefined {
    // A name is in many sentences: look further for the one that says who the person is.
    const limit = question.kind === 'who' ? this.tuning.candidates * 4 : this.tuning.candidates;
    const hits = this.sources.index.search(query, { limit });
    const top = hits[0]?.score ?? 0;
    const asked = this.sources.eventTypes.typesOf(question.topic);
    let best: Candidate | undefined;
    for (const hit of hits) {
      const passage = this.passages.get(hit.passageId);
      if (!passage) continue;
      // Softened: retrieval ranks well, but the dated clause decides between close passages.
      const relevance = Math.sqrt(hit.score / top);
      const fit = relevance * this.numberFit(question, passage) * this.roleFit(question, passage);
      const own = this.claimsByPassage.get(passage.id) ?? [];
      const options: Candidate[] = own.map((claim) => ({
        passage,
        claim,
        score: fit * (0.3 + this.claimSupport(claim, query)) * this.claimFit(question, asked, claim, claim.focus.text),
      }));
      const passageSupport = support(this.sources.index, query, this.sources.index.termsOf(passage.id));
      // An undated sentence takes its date from the dated sentence whose story it continues.
      for (const claim of this.governingClaims.get(passage.id) ?? []) {
        options.push({ passage, claim, score: fit * (0.3 + passageSupport) * this.claimFit(question, asked, claim, passage.text) });
      }
      const undated = question.kind === 'when' || question.period ? 0.5 : 1;
      options.push({ passage, score: fit * (0.3 + passageSupport) * undated });
      for (const option of options) if (!best || option.score > best.score) best = option;
    }
    return best;
  }

  /** Support of the clause the date belongs to, then of its sentence and the sentences that go on telling it, and how focused the clause is. */
  private claimSupport(claim: Claim, query: Query): number {
    const { analyzer, index } = this.sources;
    const language = claim.passage.language;
    const { terms: focusTerms, withBridge } = this.focusTerms(claim);
    const focus = support(index, query, withBridge);
    const around = support(index, query, this.termsAround(claim.passage, claim.sequel));
    // Between clauses of one sentence, the one that is mostly about the question wins.
    const asked = new Set(query.terms.flatMap((t) => index.senses(t)));
    const precision = focusTerms.length === 0 ? 0 : focusTerms.filter((t) => asked.has(t) || asked.has(analyzer.sense(t, language))).length / focusTerms.length;
    return 0.6 * focus + 0.4 * around + 0.2 * precision;
  }

  /** The terms of a claim's clause, alone and with their translations: the same for every question, so worked out once. */
  private focusTerms(claim: Claim): { terms: string[]; withBridge: ReadonlySet<string> } {
    let found = this.focusCache.get(claim);
    if (!found) {
      const { analyzer } = this.sources;
      const language = claim.passage.language;
      const terms = analyzer.terms(claim.focus.text, language);
      found = { terms, withBridge: new Set([...terms, ...analyzer.bridge(terms, language)]) };
      this.focusCache.set(claim, found);
    }
    return found;
  }

  /** Support of the answer's sentence with the sentences that go on telling its story; the one before counts half. */
  private supportFor(candidate: Candidate, query: Query): number {
    const { passage, claim } = candidate;
    const order = this.passageOrder.get(passage.id);
    const previous = order?.doc[order.i - 1];
    const story = claim?.sequel.some((p) => p.id === passage.id) ? [claim.passage] : (claim?.sequel ?? []);
    const own = support(this.sources.index, query, this.termsAround(passage, story));
    const withPrevious = previous ? support(this.sources.index, query, this.termsAround(passage, [...story, previous])) : own;
    return (own + withPrevious) / 2;
  }

  private termsInParagraphContext(passageId: string): Set<string> {
    const order = this.passageOrder.get(passageId);
    if (!order) return new Set();
    const passage = order.doc[order.i] as Passage;
    const neighbours = [order.doc[order.i - 1], order.doc[order.i + 1]].filter((p): p is Passage => p?.paragraph === passage.paragraph);
    return this.termsAround(passage, neighbours);
  }

  private termsAround(passage: Passage, others: Passage[]): Set<string> {
    const index = this.sources.index;
    return new Set([passage, ...others].flatMap((p) => [...index.termsOf(p.id)]));
  }

  /** How well a dated claim fits the question: its period, the kind of happening asked about, and its certainty. */
  private claimFit(question: QuestionAnalysis, asked: Set<string>, claim: Claim, text: string): number {
    return this.periodFit(question, claim.date) * this.kindFit(asked, text) * (claim.certain ? 1 : 0.85);
  }

  /** A clause of the kind of happening asked about is preferred; one of another kind is doubted. */
  private kindFit(asked: Set<string>, text: string): number {
    if (asked.size === 0) return 1;
    const told = this.sources.eventTypes.typesOf(text);
    if ([...told].some((t) => asked.has(t))) return 1.5;
    return told.size > 0 ? 0.6 : 1;
  }

  /** "Who is X?" wants a sentence that names X with a role ("Deputy Foreign Minister Mikhail Bogdanov"). */
  private roleFit(question: QuestionAnalysis, passage: Passage): number {
    if (question.kind !== 'who') return 1;
    const name = /^(?:[Ww]ho|[Vv]em)\s+(?:is|was|are|were|är|var)\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)\W*$/u.exec(question.topic)?.[1];
    if (!name) return 1;
    const text = passage.text;
    const at = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))].map((m) => m.index);
    if (at.length === 0) return 1;
    // The role stands right before the name ("Deputy Foreign Minister Mikhail Bogdanov") or in an apposition after it.
    const titled = at.some((i) => {
      const head = text.slice(Math.max(0, i - 60), i);
      const role = [...head.matchAll(new RegExp(ROLES.source, 'giu'))].pop();
      const before = role !== undefined && /^(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+$/u.test(head.slice(role.index + role[0].length));
      const after = new RegExp(`^,\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?[^,]{0,40}${ROLES.source}`, 'iu').test(text.slice(i + name.length));
      return before || after;
    });
    return titled ? 1.5 : 0.7;
  }

  /** "How many" wants a sentence with a count in it (a year is not one). */
  private numberFit(question: QuestionAnalysis, passage: Passage): number {
    if (question.kind !== 'how-many') return 1;
    return COUNT.test(passage.text) ? 1.4 : 0.6;
  }

  private periodFit(question: QuestionAnalysis, date: string): number {
    if (!question.period) return 1;
    const range = partialDateRange(date);
    return range.start <= question.period.end && range.end >= question.period.start ? 1 : 0.3;
  }

  private extractiveAnswer(question: QuestionAnalysis, best: Candidate): Answer {
    const { language } = question;
    const messages = MESSAGES[language];
    const citations = this.citationList(language);
    const event = best.claim ? this.sources.events.eventOf.get(best.claim) : undefined;
    const quote = this.quoteFor(question, best);
    const first = citations.cite({ documentId: best.passage.documentId, passageId: best.passage.id, quote, language: best.passage.language });
    const others = (event?.citations ?? []).filter((c) => c.passageId !== best.passage.id).map((c) => citations.cite({ ...c, quote: this.shortQuote(c.passageId, c.quote) }));

    // A plan is answered with the date it is planned for, not the day it was announced.
    const date = event ? (event.plannedFor ?? event.date) : null;
    const body = this.sentenceFor(question, best, event, quote, first.gloss);
    const datePrefix = date ? `${formatDate(date, language)}: ` : '';
    const also = others.length > 0 ? ` (${messages.alsoReported} ${others.map(mark).join(', ')})` : '';
    const disagreements = event && event.claims.length > 0 ? [this.disagreement(event, citations, language)] : [];
    const disagreementText = disagreements[0]
      ? `\n${messages.disagree} ${disagreements[0].claims.map((c) => `${formatDate(c.value, language)} ${mark(c.citation)}`).join('; ')}.`
      : '';
    const answer = `${datePrefix}${body} ${mark(first)}${also}${disagreementText}`;
    return {
      question: question.text,
      language,
      kind: question.kind,
      abstained: false,
      answer,
      date: question.kind === 'when' || date !== null ? date : null,
      events: event ? [this.eventSummary(event, citations)] : [],
      citations: citations.items,
      disagreements,
      suggestions: [],
    };
  }

  /**
   * The quote: the claim's clause and what surrounds it within the length
   * limit; for other than when-questions a short next sentence of the same
   * paragraph comes too ("Yes, you can," Putin replied.).
   */
  private quoteFor(question: QuestionAnalysis, best: Candidate): string {
    const { passage, claim } = best;
    const own = claim && claim.passage.id === passage.id;
    const quote = own ? quoteOf(passage, claim.focus.start - passage.cleanStart, claim.focus.end - passage.cleanStart) : quoteOf(passage);
    const order = this.passageOrder.get(passage.id);
    const next = order?.doc[order.i + 1];
    if (question.kind === 'when' || quote !== passage.text || !next || next.paragraph !== passage.paragraph || next.text.length > 100) return quote;
    const both = this.documents.get(passage.documentId)?.clean.slice(passage.cleanStart, next.cleanEnd) ?? quote;
    return both.length <= MAX_QUOTE_LENGTH ? both : quote;
  }

  /** The answer's sentence: the quote itself, or for a Swedish source under an English question, the event's English summary. */
  private sentenceFor(question: QuestionAnalysis, best: Candidate, event: TimelineEvent | undefined, quote: string, gloss?: string): string {
    if (best.passage.language === question.language) return `"${quote}"`;
    if (question.language === 'en') return event ? event.summary : `"${gloss ?? quote}" (${MESSAGES.en.gloss})`;
    return `"${quote}"`;
  }

  private disagreement(event: TimelineEvent, citations: CitationList, language: Language) {
    return {
      about: `${language === 'sv' ? 'datum för' : 'the date of'}: ${event.summary}`,
      claims: event.claims.map((claim) => ({
        value: claim.date,
        citation: citations.cite({ ...claim.citation, quote: this.shortQuote(claim.citation.passageId, claim.citation.quote) }),
      })),
    };
  }

  private eventSummary(event: TimelineEvent, citations: CitationList) {
    return {
      id: event.id,
      date: event.date,
      summary: event.summary,
      citations: event.citations.map((c) => citations.cite({ ...c, quote: this.shortQuote(c.passageId, c.quote) })),
    };
  }

  private shortQuote(passageId: string, quote: string): string {
    const passage = this.passages.get(passageId);
    return passage ? quoteOf(passage) : quote;
  }

  private periodAnswer(question: QuestionAnalysis, period: Period): Answer {
    const { language } = question;
    const messages = MESSAGES[language];
    const events = this.eventsAbout(period, this.sources.index.analyse(question.topic, question.guess));
    const label = formatPeriod(period, language);
    if (events.length === 0) return this.abstain(question, messages.noEvents(label));
    const citations = this.citationList(language);
    const summaries = events.map((event) => this.eventSummary(event, citations));
    const lines = summaries
      .slice(0, this.tuning.periodListLength)
      .map((e) => `• ${formatDate(e.date, language)}: ${e.summary} ${e.citations.slice(0, 1).map(mark).join('')}`);
    const more = events.length > this.tuning.periodListLength ? [`… (+${events.length - this.tuning.periodListLength})`] : [];
    return {
      question: question.text,
      language,
      kind: 'period',
      abstained: false,
      answer: [messages.eventsIn(label, events.length), ...lines, ...more].join('\n'),
      date: null,
      events: summaries,
      citations: citations.items,
      disagreements: events
        .filter((e) => e.claims.length > 0)
        .map((e) => this.disagreement(e, citations, language)),
      suggestions: [],
    };
  }

  private abstain(question: QuestionAnalysis, message: string): Answer {
    this.suggested ??= [...this.sources.events.events].sort((a, b) => b.citations.length - a.citations.length || a.date.localeCompare(b.date)).slice(0, 5);
    const suggestions = this.suggested.map((e) => `${formatDate(e.date, question.language)}: ${e.summary}`);
    return {
      question: question.text,
      language: question.language,
      kind: question.kind,
      abstained: true,
      answer: message,
      date: null,
      events: [],
      citations: [],
      disagreements: [],
      suggestions,
    };
  }

  private citationList(language: Language): CitationList {
    return new CitationList(this.documents, this.sources.gloss, language);
  }
}
