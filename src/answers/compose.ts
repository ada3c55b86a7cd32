import { readingOf } from '../corpus/readings.ts';
import type { Language, Passage } from '../corpus/types.ts';
import { formatPartialDate as formatDate } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { CitationList, mark } from './citations.ts';
import type { AnswerContext } from './context.ts';
import { MESSAGES } from './messages.ts';
import type { QuestionAnalysis } from './question.ts';
import { MAX_PAIR_LENGTH, MAX_QUOTE_LENGTH, quoteOf } from './quote.ts';
import type { Answer, Disagreement } from './schema.ts';
import type { Scored } from './scoring.ts';
import type { PlacedFact } from './selection.ts';
import { disagreementOf, eventSummary, shortQuote } from './summaries.ts';
import type { AnswerTuning } from './tuning.ts';

export const citationList = (context: AnswerContext, language: Language) => new CitationList(context.documents, context.sources.gloss, language);

/** The answer from the selected candidate: its date, its quote and citations, the other sources and any disagreement on the date. */
export function extractiveAnswer(context: AnswerContext, question: QuestionAnalysis, best: Scored, fact: PlacedFact | null, tuning: AnswerTuning): Answer {
  const { language } = question;
  const messages = MESSAGES[language];
  const citations = citationList(context, language);
  const event = best.claim ? context.sources.events.eventOf.get(best.claim) : undefined;
  const quote = quoteFor(context, question, best, fact, tuning);
  const first = citations.cite({ documentId: best.passage.documentId, passageId: best.passage.id, quote, language: best.passage.language });
  const others = (event?.citations ?? [])
    .filter((c) => c.passageId !== best.passage.id)
    .map((c) => citations.cite({ ...c, quote: shortQuote(context, c.passageId, c.quote) }));

  // A plan is answered with the date it is planned for, not the day it was announced; an undated entry with the day its heading gives,
  // which is cited whenever it is the answer's day (an entry the timeline dates by its heading too).
  const heading = context.dayHeading(best.passage);
  const day = heading && (!event || event.date === heading.date) ? heading : undefined;
  const dated = day && citations.cite({ documentId: day.heading.documentId, passageId: day.heading.id, quote: day.heading.text, language: day.heading.language });
  // The quoted source may tell the event to the day where the event is dated by its month: the answer gives what it quotes.
  const finer = best.claim && event && best.claim.date.length > event.date.length && best.claim.date.startsWith(event.date) ? best.claim.date : undefined;
  const date = event ? (event.plannedFor ?? finer ?? event.date) : (day?.date ?? null);
  const factText = fact ? factInLanguage(context, fact, language) : '';
  const body = sentenceFor(question, best, event, quote, first.gloss, factText);
  const dateText = date ? formatDate(date, language) : '';
  const lead = factText ? `${capitalised(factText)}${dateText ? ` (${dateText})` : ''}: ` : dateText ? `${dateText}: ` : '';
  const also = others.length > 0 ? ` (${messages.alsoReported} ${others.map(mark).join(', ')})` : dated ? ` (${messages.datedBy} ${mark(dated)})` : '';
  const disagreements = event && event.claims.length > 0 ? [disagreementOf(context, event, citations, language)] : [];
  const disagreementText = disagreements[0] ? `\n${messages.disagree} ${datesWithSources(disagreements[0], language)}.` : '';
  return {
    question: question.text,
    language,
    kind: question.kind,
    abstained: false,
    answer: `${lead}${body} ${mark(first)}${also}${disagreementText}`,
    date: question.kind === 'when' || date !== null ? date : null,
    events: event ? [eventSummary(context, event, citations)] : [],
    citations: citations.items,
    disagreements,
    suggestions: [],
    ...(fact ? { fact: { type: fact.type, text: factText, citation: first } } : {}),
  };
}

/** Each date the sources give, once, with every source that gives it: "12 September 2017 [1], [2]; December 2017 [3]". */
function datesWithSources(disagreement: Disagreement, language: Language): string {
  const byDate = new Map<string, Set<Disagreement['claims'][number]['citation']>>();
  for (const { value, citation } of disagreement.claims) byDate.set(value, (byDate.get(value) ?? new Set()).add(citation));
  return [...byDate].map(([value, cited]) => `${formatDate(value, language)} ${[...cited].sort((a, b) => a.n - b.n).map(mark).join(', ')}`).join('; ');
}

/**
 * A fact from a Swedish sentence under an English question is glossed; otherwise it is the source's words, read as
 * its document declares they are meant ("dropped" of a machine translation read "shot down"): the quote below keeps them as written.
 */
function factInLanguage(context: AnswerContext, fact: PlacedFact, language: Language): string {
  const meta = context.documents.get(fact.passage.documentId)?.meta;
  const meant = (meta && readingOf(meta, fact.text)) ?? fact.text;
  const text = fact.passage.language === 'sv' && language === 'en' ? context.sources.gloss.gloss(meant) : meant;
  // The fact's own quotation marks become single ones: the answer's double quotes mark the proving quote.
  return text.replace(/["“„«]([^"“”„«»]*)["”»]/gu, '‘$1’').replace(/["“”„«»]/gu, '');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The quote: the claim's clause and what surrounds it within the length
 * limit; for other than when-questions a short next sentence of the same
 * paragraph comes too ("Yes, you can," Putin replied.).
 */
function quoteFor(context: AnswerContext, question: QuestionAnalysis, { passage, claim }: Scored, fact: PlacedFact | null, tuning: AnswerTuning): string {
  if (fact && fact.passage.id !== passage.id) return pairQuote(context, passage, fact);
  const own = claim && claim.passage.id === passage.id;
  // The quote holds the words that answer: the fact, and the clause the date belongs to.
  const spans = [...(own ? [{ start: claim.focus.start - passage.cleanStart, end: claim.focus.end - passage.cleanStart }] : []), ...(fact ? [fact] : [])];
  const quote = spans.length > 0 ? quoteOf(passage, Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))) : quoteOf(passage);
  const next = context.neighbour(passage, 1);
  if (!next || next.paragraph !== passage.paragraph || !passage.text.endsWith(quote.slice(-20))) return quote;
  const both = context.documents.get(passage.documentId)?.clean.slice(passage.cleanStart, next.cleanEnd) ?? quote;
  // A quotation the sentence leaves open goes on in the next one ("… adding, "We understand …. We believe …""): it is quoted to its end.
  if (leavesQuotationOpen(quote) && both.length <= MAX_PAIR_LENGTH) return both;
  if (question.kind === 'when' || quote !== passage.text || next.text.length > tuning.shortSequelLength) return quote;
  return both.length <= MAX_QUOTE_LENGTH ? both : quote;
}

/** Whether a text opens a quotation it does not close. */
function leavesQuotationOpen(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/[“„«]/gu) > count(/[”»]/gu) || count(/"/gu) % 2 === 1;
}

/**
 * The answer's sentence with its neighbour that gives the fact, both whole when they fit and are adjacent
 * (a quote is at most two sentences); else the fact's own sentence.
 */
function pairQuote(context: AnswerContext, passage: Passage, fact: PlacedFact): string {
  const [first, last] = fact.passage.cleanStart < passage.cleanStart ? [fact.passage, passage] : [passage, fact.passage];
  const adjacent = context.neighbour(first, 1)?.id === last.id;
  const both = adjacent ? context.documents.get(passage.documentId)?.clean.slice(first.cleanStart, last.cleanEnd) : undefined;
  return both && both.length <= MAX_PAIR_LENGTH ? both : quoteOf(fact.passage, fact.start, fact.end);
}

/**
 * The answer's sentence: the quote itself, or for a Swedish source under an English question, the event's English summary,
 * unless the summary leaves out the fact ("Putin and Erdogan agreed in Sochi …" for "…, men den överenskommelsen föll
 * samman"): it would not prove it, the gloss of the quote does.
 */
function sentenceFor(question: QuestionAnalysis, best: Scored, event: TimelineEvent | undefined, quote: string, gloss: string | undefined, factText: string): string {
  if (best.passage.language === question.language) return `"${quote}"`;
  const summarised = event !== undefined && (factText.match(/\p{L}{4,}/gu) ?? []).every((word) => event.summary.toLowerCase().includes(word.toLowerCase()));
  if (question.language === 'en') return event && summarised ? event.summary : `"${gloss ?? quote}" (${MESSAGES.en.gloss})`;
  return `"${quote}"`;
}
