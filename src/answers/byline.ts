import type { CorpusDocument, Passage } from '../corpus/types.ts';
import { isByline } from '../corpus/furniture.ts';
import { splitLines } from '../corpus/lines.ts';
import { mark } from './citations.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { MESSAGES } from './messages.ts';
import { quoteOf } from './quote.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import type { Scored } from './scoring.ts';
import { supportOf } from './selection.ts';
import type { AnswerTuning } from './tuning.ts';
import type { Query } from '../search/query.ts';

/** "Who wrote the article about …", "Vem skrev artikeln om …": after the writer of a text, not of a letter in the story. */
const WROTE = /^\W*(?:who\s+(?:wrote|authored|penned|has\s+written)|vem\s+(?:skrev|har\s+skrivit|författade))\b/iu;
const TEXT = /\b(?:article|piece|report|story|text|column|analysis|op-ed|feature|chronology|explainer|factfile|artikel(?:n|ns)?|texten|reportaget|rapporten|krönikan|faktarutan)\b/iu;
/** "Who is the author of …", "Vem är författaren till …". */
const AUTHOR = /^\W*(?:who(?:'s|’s|\s+(?:is|was))\s+the\s+(?:author|writer)|vem\s+(?:är|var)\s+(?:författaren|skribenten|författare|skribent))\b/iu;
/** How far into its file a byline stands: under the masthead and headline, before the story. */
const BYLINE_LINES = 40;

/** Whether a question asks who wrote a text of the documents. */
export function asksForAuthor(question: string): boolean {
  return (WROTE.test(question) && TEXT.test(question)) || AUTHOR.test(question);
}

/** The writer a document's byline names ("By Ulas Atesci"), read from its file: cleaning sets bylines aside as furniture. */
export function bylineOf(document: CorpusDocument): string | null {
  const line = splitLines(document.original).slice(0, BYLINE_LINES).find(isByline);
  return line ? line.text.trim().replace(/^(?:By|Av)\s+/u, '') : null;
}

/**
 * The writer of the document whose sentence fits the question best, when it tells what the question is about
 * (the words asking for a writer aside); null when it does not, or names no writer.
 */
export function authorAnswer(context: AnswerContext, question: QuestionAnalysis, scored: Scored[], query: Query, tuning: AnswerTuning): Answer | null {
  const best = scored.reduce<Scored | undefined>((top, c) => (!top || c.score > top.score ? c : top), undefined);
  const asking = context.sources.analyzer.terms([WROTE, TEXT, AUTHOR].map((p) => p.exec(question.text)?.[0] ?? '').join(' '), question.language);
  const about = { ...query, terms: query.terms.filter((t) => !asking.includes(t)) };
  return best && supportOf(context, best, about, tuning, question, null) >= tuning.minSupport ? bylineAnswer(context, question, best.passage) : null;
}

/** The writer a document's byline names, citing the document's headline (or the sentence that tells what was asked). */
function bylineAnswer(context: AnswerContext, question: QuestionAnalysis, about: Passage): Answer | null {
  const document = context.documents.get(about.documentId);
  const writer = document ? bylineOf(document) : null;
  if (!document || !writer) return null;
  const shown = document.passages.find((p) => p.kind === 'title') ?? about;
  const citations = citationList(context, question.language);
  const citation = citations.cite({ documentId: shown.documentId, passageId: shown.id, quote: quoteOf(shown), language: shown.language });
  const fact = MESSAGES[question.language].byline(writer);
  return {
    question: question.text,
    language: question.language,
    kind: question.kind,
    abstained: false,
    answer: `${fact}: "${citation.gloss ?? citation.quote}" ${mark(citation)}`,
    date: null,
    events: [],
    citations: citations.items,
    disagreements: [],
    suggestions: [],
    fact: { type: 'person', text: writer, citation },
  };
}
