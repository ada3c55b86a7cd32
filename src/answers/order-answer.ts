import type { Language } from '../corpus/types.ts';
import { formatPartialDate as formatDate, partialDateRange } from '../dates/index.ts';
import { mark } from './citations.ts';
import type { ComparedEvent, Comparison } from './comparison.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';

/** A compared event with the when-answer that dates it. */
interface Dated {
  event: ComparedEvent;
  answer: Answer;
  date: string;
}

type Relation = 'before' | 'after' | 'same' | 'unclear';

/** The engine's wording of an order, per language. */
const WORDS: Record<Language, {
  relation: Record<'before' | 'after', string>;
  yes: string;
  no: string;
  first: string;
  then: string;
  last: string;
  same: (dated: string) => string;
  unclear: (dated: string) => string;
  notFound: (event: string) => string;
  gloss: string;
  /** A span of time: "12 days", "about 7 months", "about 2 years". */
  span: (count: number, unit: 'day' | 'month' | 'year') => string;
}> = {
  en: {
    relation: { before: 'before', after: 'after' },
    yes: 'Yes',
    no: 'No',
    first: 'First',
    then: 'then',
    last: 'Last',
    same: (dated) => `The same day: ${dated}`,
    unclear: (dated) => `The documents do not tell which came first: ${dated}`,
    notFound: (event) => `The documents don't say when ${event} happened, so they cannot tell which came first.`,
    gloss: 'word-by-word gloss',
    span: (count, unit) => `${unit === 'day' ? '' : 'About '}${count} ${unit}${count === 1 ? '' : 's'}`,
  },
  sv: {
    relation: { before: 'före', after: 'efter' },
    yes: 'Ja',
    no: 'Nej',
    first: 'Först',
    then: 'sedan',
    last: 'Sist',
    same: (dated) => `Samma dag: ${dated}`,
    unclear: (dated) => `Dokumenten säger inte vilket som kom först: ${dated}`,
    notFound: (event) => `Det står inte i dokumenten när ${event} hände, så de säger inte vilket som kom först.`,
    gloss: 'ordagrann glosa',
    span: (count, unit) => (unit === 'day' ? `${count} ${count === 1 ? 'dag' : 'dagar'}` : `Ungefär ${count} ${unit === 'month' ? (count === 1 ? 'månad' : 'månader') : 'år'}`),
  },
};

/** The message of a comparison one of whose events the documents do not date. */
export const notFoundMessage = (event: ComparedEvent, language: Language): string => WORDS[language].notFound(event.text);

/**
 * A comparison answered from the when-answers of its two events: the order first, in the question's
 * language and in its terms (a yes or no when it asks "did X come before Y"), then both events' quotes,
 * each cited. `find` answers for the event its words name, found as an anchor is (a sentence holding them,
 * and any name they give); `ask` answers a when-question, for an event told in other words; an event
 * neither dates is returned as missing.
 */
export function orderAnswer(
  context: AnswerContext,
  question: QuestionAnalysis,
  comparison: Comparison,
  ask: (whenQuestion: string) => Answer,
  find: (words: string) => Answer | undefined,
): Answer | { missing: ComparedEvent } {
  const dated: Dated[] = [];
  const usable = (a: Answer | undefined): a is Answer => a !== undefined && !a.abstained && a.date !== null && a.citations.length > 0;
  for (const event of comparison.events) {
    const answer = [find(event.text)].find(usable) ?? event.whenQuestions.map(ask).find(usable);
    if (!answer?.date) return { missing: event };
    dated.push({ event, answer, date: answer.date });
  }
  const [x, y] = dated as [Dated, Dated];
  const { language } = question;
  const words = WORDS[language];
  const relation = relationOf(x.date, y.date);
  const datedText = (d: Dated) => `${d.event.text} (${formatDate(d.date, language)})`;
  const [earlier, later] = relation === 'after' ? [y, x] : [x, y];
  let lead: string;
  let subject = x;
  if (relation === 'same' || relation === 'unclear') lead = (relation === 'same' ? words.same : words.unclear)(`${datedText(x)}, ${datedText(y)}`);
  else if (comparison.asks === 'first') {
    lead = `${words.first}: ${datedText(earlier)}, ${words.then} ${datedText(later)}`;
    subject = earlier;
  } else if (comparison.asks === 'last') {
    lead = `${words.last}: ${datedText(later)}, ${words.relation.after} ${datedText(earlier)}`;
    subject = later;
  } else if (comparison.asks === 'how-long' && relation === 'after') {
    lead = `${spanBetween(y.date, x.date, words.span)}: ${datedText(x)}, ${words.relation.after} ${datedText(y)}`;
  } else {
    const said = `${datedText(x)}, ${words.relation[relation]} ${datedText(y)}`;
    const order = capitalised(words.relation[relation]);
    lead = comparison.asks === 'before-or-after' ? `${order}: ${said}` : `${comparison.asks === relation ? words.yes : words.no}, ${words.relation[relation]}: ${said}`;
  }

  const citations = citationList(context, language);
  const proofs = [earlier, later].map((d) => {
    // The proof in the question's language when a source gives one: a quote to read, not a gloss.
    const source = d.answer.fact?.citation ?? d.answer.citations.find((c) => c.language === language) ?? d.answer.citations[0]!;
    const citation = citations.cite(source);
    const text = citation.gloss ? `"${citation.gloss}" (${words.gloss})` : `"${citation.quote}"`;
    return `${text} ${mark(citation)}`;
  });
  const events = [earlier, later].flatMap((d) => d.answer.events.map((e) => ({ ...e, citations: e.citations.map((c) => citations.cite(c)) })));
  return {
    question: question.text,
    language,
    kind: 'order',
    abstained: false,
    answer: `${lead}. ${proofs.join(' ')}`,
    date: subject.date,
    events,
    citations: citations.items,
    disagreements: [],
    suggestions: [],
  };
}

/** Below this many days a span between two days is told in days ("10 days"), beyond it in months, as people count. */
const SPAN_IN_DAYS = 60;

/** The time from one partial date to a later one: in days when both are days and near, else in months, or years from two years on. */
function spanBetween(from: string, to: string, span: (count: number, unit: 'day' | 'month' | 'year') => string): string {
  const [a, b] = [partialDateRange(from).start, partialDateRange(to).start];
  const days = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  if (from.length === 10 && to.length === 10 && days < SPAN_IN_DAYS) return span(days, 'day');
  const months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return months >= 24 ? span(Math.round(months / 12), 'year') : span(Math.max(1, months), 'month');
}

/** How the first date stands to the second: partial dates that overlap ("July 2019", "12 July 2019") have no order. */
function relationOf(a: string, b: string): Relation {
  if (a === b && a.length === 10) return 'same';
  const ra = partialDateRange(a);
  const rb = partialDateRange(b);
  if (ra.end < rb.start) return 'before';
  if (rb.end < ra.start) return 'after';
  return 'unclear';
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
