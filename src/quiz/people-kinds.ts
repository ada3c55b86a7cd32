import type { TimelineEvent } from '../events/types.ts';
import { agreedDate, summaryIn, type QuizContext } from './context.ts';
import { headlineProblems, MAX_STEM_EVENT_LENGTH } from './headline.ts';
import type { Person } from './people.ts';
import { generated, stableInt, threadOf } from './question.ts';
import type { Quotation } from './quotations.ts';
import { Random } from './random.ts';
import type { QuizQuestion } from './types.ts';

/** Questions whose answer is a person: who did what the headline says, who said a quotation. */

/** Three people of the same office at the time, none of them named where the question or its proof could show them. */
function peers(context: QuizContext, name: string, date: string, shown: string, salt: string): string[] | undefined {
  const named = (p: Person) => p.spellings.some((s) => shown.includes(s));
  const found = context.people.comparable(name, date, named).map((p) => p.name).sort();
  const picked = new Random(stableInt(`${salt}:peers`, 2 ** 31)).shuffle(found).slice(0, 3);
  return picked.length === 3 ? picked : undefined;
}

/** "Who orders the lifting of most remaining sanctions on Turkey?" from a headline that opens with one person. */
export function whoQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  const summary = summaryIn(event, context.language);
  const date = agreedDate(event);
  if (!summary || !date || headlineProblems(summary, context.language, MAX_STEM_EVENT_LENGTH).length > 0 || !context.relevant(event)) return undefined;
  const lead = context.people.leading(summary);
  // "Putin and Erdogan agree …": two people did it, so naming one is not the answer.
  if (!lead || /^(?:and|och|,)\b/u.test(lead.rest) || /^'s\b|^’s\b/u.test(lead.rest)) return undefined;
  const predicate = lead.rest.replace(/[.!]$/u, '');
  const proof = event.citations.filter((c) => context.people.names(c.quote, lead.name));
  if (proof.length === 0) return undefined;
  const shown = [predicate, ...event.citations.map((c) => c.quote)].join(' ');
  const distractors = peers(context, lead.name, date, shown, `who:${event.id}`);
  if (!distractors) return undefined;
  return generated(context, 'who', {
    subject: [event.id],
    question: context.wording.who(predicate),
    options: [lead.name, ...distractors],
    values: [lead.name, ...distractors],
    difficulty: 2,
    eventIds: [event.id],
    answerEvents: [event.id],
    thread: threadOf(context, event.id),
    citations: [...proof, ...event.citations.filter((c) => !proof.includes(c))],
  });
}

/** The event that cites a quotation's passage, if one: it dates the quotation and counts as its answer. */
function eventOf(context: QuizContext, quotation: Quotation): TimelineEvent | undefined {
  return context.askable.find((e) => e.citations.some((c) => c.passageId === quotation.passage.id));
}

/** "Who said this? “We regard Turkey as our most important partner”". */
export function whoSaidQuestion(quotation: Quotation, context: QuizContext, documentDate: string): QuizQuestion | undefined {
  const event = eventOf(context, quotation);
  const date = (event && agreedDate(event)) ?? documentDate;
  if (context.people.names(quotation.text, quotation.speaker)) return undefined;
  const distractors = peers(context, quotation.speaker, date, quotation.passage.text, `who-said:${quotation.passage.id}`);
  if (!distractors) return undefined;
  const { passage } = quotation;
  const subject = event ? event.id : `quote:${passage.id}`;
  return generated(context, 'who-said', {
    subject: [passage.id],
    question: context.wording.whoSaid(context.wording.quoted(quotation.text)),
    options: [quotation.speaker, ...distractors],
    values: [quotation.speaker, ...distractors],
    difficulty: 2,
    eventIds: event ? [event.id] : [],
    answerEvents: [subject],
    thread: event ? threadOf(context, event.id) : 'quotations',
    citations: [{ documentId: passage.documentId, passageId: passage.id, quote: passage.text, language: passage.language }],
  });
}
