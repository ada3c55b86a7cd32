import type { TimelineEvent } from '../events/types.ts';
import type { Query } from '../search/query.ts';
import { Abstainer } from './abstention.ts';
import { anchorEvent } from './anchor-event.ts';
import { ofAnotherTime } from './another-time.ts';
import { lacksAskedDetail, omitsDeed } from './asked-detail.ts';
import { authorAnswer, asksForAuthor } from './byline.ts';
import { candidatesOf } from './candidates.ts';
import { expandContractions } from './contractions.ts';
import { extractiveAnswer } from './compose.ts';
import { AnswerContext, type AnswerSources } from './context.ts';
import { eventAnswer } from './event-answer.ts';
import { expectedFact } from './expected.ts';
import { MESSAGES } from './messages.ts';
import { notFoundMessage, orderAnswer } from './order-answer.ts';
import { formatPeriod } from './period.ts';
import { periodAnswer } from './period-answer.ts';
import { analyzeQuestion, resolveAnchor, type Period, type QuestionAnalysis } from './question.ts';
import { inReadersLanguage } from './reader-language.ts';
import { retrieve } from './retrieval.ts';
import { sanitizeQuestion } from './sanitize.ts';
import type { Answer } from './schema.ts';
import { Scorer, type Scored } from './scoring.ts';
import { leadsClearly } from './clear-lead.ts';
import { bestOf, select, supportOf, withOwnDate, type PlacedFact } from './selection.ts';
import { eventsAbout, quotedTopic, topicEvents } from './timeline.ts';
import { windowAnswer } from './window-answer.ts';
import { DEFAULT_TUNING, type AnswerTuning } from './tuning.ts';

export type { AnswerSources } from './context.ts';

/** The questions of a text, each ending on its question mark ("When was the coup? Who shot Karlov?"). */
const questionsIn = (text: string): string[] => text.split(/(?<=\?)\s+(?=\p{L})/u).filter((part) => /\p{L}/u.test(part));

/**
 * Extractive, cited answers, or an abstention, through an ordered pipeline:
 * analysis → retrieval → candidates → scoring → selection → rendering.
 */
export class Answerer {
  private readonly context: AnswerContext;
  private readonly abstainer: Abstainer;

  constructor(
    sources: AnswerSources,
    private readonly tuning: AnswerTuning = DEFAULT_TUNING,
  ) {
    this.context = new AnswerContext(sources);
    this.abstainer = new Abstainer(this.context, tuning);
  }

  /** The answer to a question, which echoes it as asked, though it is read with its misspellings mended and its contractions written out. */
  ask(raw: string): Answer {
    const asked = sanitizeQuestion(raw);
    // Two questions in one: the first is answered, and the answer asks for the others on their own.
    const [first = asked, ...others] = questionsIn(asked);
    const answer = this.answer(expandContractions(this.context.sources.index.respell(first)));
    const echoed = answer.question === asked ? answer : { ...answer, question: asked };
    return others.length === 0 ? echoed : { ...echoed, suggestions: [...echoed.suggestions, ...others.map((other) => MESSAGES[echoed.language].askApart(other))] };
  }

  private answer(text: string): Answer {
    const { context, tuning } = this;
    // An anchored question ("the month after the coup") finds the anchor event first, as a when-question finds its event.
    const question = resolveAnchor(analyzeQuestion(text, context.sources.now()), (words, language) => anchorEvent(context, words, language, tuning));
    const messages = MESSAGES[question.language];
    // A question of digits alone is empty, unless they are a date: "2018" asks what happened then.
    if (!/\p{L}/u.test(text) && question.kind !== 'period') return this.abstainer.abstain(question, messages.emptyQuestion);
    if (question.comparison) {
      const ordered = orderAnswer(context, question, question.comparison, (when) => this.answer(when), (words) => this.eventFound(question, words));
      return 'missing' in ordered ? this.abstainer.abstain(question, notFoundMessage(ordered.missing, question.language)) : ordered;
    }
    const query = context.sources.index.analyse(question.topic, question.guess);
    // "Who wrote the article about …", even one that asks for a chronology: the byline of the document that tells it, if it has one.
    if (asksForAuthor(question.text)) {
      const { scored } = this.scored(question, query);
      return authorAnswer(context, question, scored, query, tuning) ?? this.abstainer.closest(question, scored, messages.notStated);
    }
    // "What happened the month after the coup?": what the documents tell of that span.
    if (question.anchor && (question.kind === 'period' || expectedFact(question) === 'development')) {
      const told = windowAnswer(context, question, query, tuning);
      if (told) return told;
      // Nothing the documents tell happened then: say so, rather than answer with a sentence of another time.
      if (question.kind !== 'period' && question.period) return this.abstainer.abstain(question, messages.noEvents(formatPeriod(question.period, question.language)));
    }
    if (question.kind === 'period' && question.period) {
      const told = (period: Period) => {
        const { events: all, matched } = topicEvents(context, period, query, tuning);
        // What happened, as the timeline shows it by default: no standing fact ("a member of NATO since 1952") and no plan.
        return { period, events: all.filter((e) => e.status === 'happened'), matched };
      };
      const named = told(question.period);
      // "What happened in December?": the last December before today, or every year's when the documents tell nothing of that one.
      const { period, events, matched } = named.events.length === 0 && question.everyYear ? told(question.everyYear) : named;
      const about = quotedTopic(matched);
      return periodAnswer(context, question, period, events, tuning, about) ?? this.abstainer.abstain(question, messages.noEvents(formatPeriod(period, question.language), about));
    }
    const expected = expectedFact(question);
    const { scorer, scored: all } = this.scored(question, query);
    // "Where is the Hemeimeem air base?": a place of a sentence whose story never names the thing asked about is another thing's; one that names it, if any, answers.
    const naming = expected === 'place' ? all.filter((c) => scorer.holdsNames(c)) : [];
    const scored = naming.length > 0 ? naming : all;
    const { fact, best, support } = this.supported(question, query, scored);
    if (!best || support < tuning.nearSupport) return this.abstainer.abstain(question, messages.abstain);
    // Close, or on the story but without the detail asked for: say so, and show what the documents do say.
    // A fact of the kind asked for, tied to the question's words, is evidence of its own: the passage may word the rest otherwise.
    // So is a candidate far ahead of every other happening.
    const clear = leadsClearly(context, scored, best, query, tuning);
    // So is a fact the text calls by the kind the question asks for ("the village of …" for "In which village …").
    const needed = clear || fact?.classed ? tuning.nearSupport : fact?.asked ? tuning.factSupport : tuning.minSupport;
    const lacking =
      lacksAskedDetail(question, expected, best.passage.text, fact, context.sources.analyzer) ||
      !scorer.holdsNames(best) ||
      omitsDeed(context, question, expected, [best.passage, ...(fact ? [fact.passage] : [])]);
    // A sentence of another time than the one the question names tells another happening, however well it fits the rest.
    if (support < needed || lacking || ofAnotherTime(best, question, context)) return this.abstainer.closest(question, scored, messages.notStated);
    const answer = extractiveAnswer(context, question, withOwnDate(scored, best), fact, tuning);
    if (expected === 'date' && answer.date === null) return this.abstainer.closest(question, scored, messages.notStated);
    return answer;
  }

  /**
   * The candidate to answer with, its fact and how much of the question it supports. A fact's sentence that supports
   * too little of the question tells of something else ("150 hours … 30 kilometres" for "How big was the down payment
   * on the S-400s?"): the best candidate, without a fact, then shows what the documents do say.
   */
  private supported(question: QuestionAnalysis, query: Query, scored: Scored[]): { fact: PlacedFact | null; best: Scored | undefined; support: number } {
    const { context, tuning } = this;
    const inReaders = (best: Scored | undefined, fact: PlacedFact | null) => (best && !fact ? inReadersLanguage(context, scored, best, question, tuning) : best);
    const selected = select(context, scored, question, query, tuning);
    const best = inReaders(selected.best, selected.fact);
    const support = supportOf(context, best, query, tuning, question, selected.fact);
    const top = bestOf(scored);
    if (support >= tuning.nearSupport || !top || top === selected.best) return { fact: selected.fact, best, support };
    const fallback = inReaders(top, null);
    const fallbackSupport = supportOf(context, fallback, query, tuning, question, null);
    return fallbackSupport > support ? { fact: null, best: fallback, support: fallbackSupport } : { fact: selected.fact, best, support };
  }

  /** The candidates of the passages retrieved for a question, scored, and their scorer (which also judges the chosen one). */
  private scored(question: QuestionAnalysis, query: Query): { scorer: Scorer; scored: Scored[] } {
    const scorer = new Scorer(this.context, question, query, this.tuning);
    return { scorer, scored: candidatesOf(this.context, retrieve(this.context, question, query, this.tuning)).map((c) => scorer.score(c)) };
  }

  /** The answer for the event some words name, found as an anchor is ("mötet i S:t Petersburg"). */
  private eventFound(question: QuestionAnalysis, words: string): Answer | undefined {
    const { context, tuning } = this;
    const found = anchorEvent(context, words, question.language, tuning);
    const event = found?.eventId === undefined ? undefined : context.sources.events.events.find((e) => e.id === found.eventId);
    return event && eventAnswer(context, question, event, tuning);
  }

  /** Events of a period, optionally about a topic, in date order. */
  timeline(period: Period, topic = ''): TimelineEvent[] {
    return eventsAbout(this.context, period, this.context.sources.index.analyse(topic), this.tuning);
  }
}
