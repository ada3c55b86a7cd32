import type { Language } from '../corpus/types.ts';

/** The engine's own wording, in the question's language. Everything else in an answer is quoted. */
export const MESSAGES: Record<Language, {
  abstain: string;
  /** The documents tell the story asked about, but not the detail; the closest passages follow. */
  notStated: string;
  emptyQuestion: string;
  /** The second question of two asked in one message, to be asked on its own. */
  askApart: (question: string) => string;
  /** `about`: the topic's words the events were matched by, when the question names a topic. */
  noEvents: (period: string, about?: string) => string;
  eventsIn: (period: string, count: number, about?: string) => string;
  /** Before the other events of the span an anchored question names, after the one that answers it. */
  alsoIn: (period: string) => string;
  /** An event's English summary, where no source in the reader's language tells the event. */
  englishSummary: (summary: string) => string;
  disagree: string;
  alsoReported: string;
  /** Before the citation of the day heading that dates an undated entry below it. */
  datedBy: string;
  gloss: string;
  /** A document's writer, named by its byline, before the headline that shows which document it is. */
  byline: (writer: string) => string;
}> = {
  en: {
    abstain: "The documents don't say. They cover Russia–Turkey relations since 2015; try asking about one of these:",
    notStated: "The documents don't say directly; closest:",
    emptyQuestion: 'Ask a question about Russia–Turkey relations, for example "When did Turkish jets shoot down the Russian Su-24?"',
    askApart: (question) => `Ask this one on its own too: ${question}`,
    noEvents: (period, about) => `The documents report no events${about ? ` about ${about}` : ''} for ${period}.`,
    eventsIn: (period, count, about) => `The documents report ${count} event${count === 1 ? '' : 's'}${about ? ` about ${about}` : ''} for ${period}:`,
    alsoIn: (period) => `Also in ${period}:`,
    englishSummary: (summary) => summary,
    disagree: 'The sources disagree on the date:',
    alsoReported: 'also reported by',
    datedBy: 'dated by its heading',
    gloss: 'word-by-word gloss',
    byline: (writer) => `${writer}, by the article's byline`,
  },
  sv: {
    abstain: 'Det står inte i dokumenten. De handlar om relationerna mellan Ryssland och Turkiet sedan 2015; fråga till exempel om något av detta:',
    notStated: 'Det står inte direkt i dokumenten; närmast kommer:',
    emptyQuestion: 'Ställ en fråga om relationerna mellan Ryssland och Turkiet, till exempel "När sköt turkiska plan ned det ryska Su-24-planet?"',
    askApart: (question) => `Ställ också den här frågan för sig: ${question}`,
    noEvents: (period, about) => `Dokumenten nämner inga händelser${about ? ` om ${about}` : ''} för ${period}.`,
    eventsIn: (period, count, about) => `Dokumenten nämner ${count} ${count === 1 ? 'händelse' : 'händelser'}${about ? ` om ${about}` : ''} för ${period}:`,
    alsoIn: (period) => `Även under ${period}:`,
    englishSummary: (summary) => `"${summary}" (på engelska)`,
    disagree: 'Källorna anger olika datum:',
    alsoReported: 'även i',
    datedBy: 'daterat av rubriken',
    gloss: 'ordagrann glosa',
    byline: (writer) => `${writer}, enligt artikelns byline`,
  },
};
