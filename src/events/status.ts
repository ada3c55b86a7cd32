/**
 * Whether a dated clause tells something that happened, something planned (an intention, a
 * schedule, a deadline) or background (a state older than the story: "a member of NATO since
 * 1952"). Read from the clause the date stands in, not the whole sentence: in "On May 18,
 * Erdogan announced that the two would meet", the announcement happened and only the
 * meeting is a plan.
 */
import type { Language } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';

export const EVENT_STATUSES = ['happened', 'planned', 'background'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const WORD = (words: string) => new RegExp(`(?<![\\p{L}'’])(?:${words})(?![\\p{L}])`, 'iu');

/** Tense and modality that put a clause in the future, as seen from the day it was written. */
const FUTURE: Record<Language, RegExp> = {
  en: WORD(
    "will|won['’]t|shall|['’]ll|would(?!\\s+have)|going\\s+to|(?:is|are|was|were)\\s+to\\s+(?:be\\s+)?\\p{L}+|plans?\\s+to|planned\\s+to|intends?\\s+to|aims?\\s+to|hopes?\\s+to|expects?\\s+to|(?:is|are|was|were)\\s+(?:expected|scheduled|set|due|slated|planned|meant|supposed)\\s+to|(?:is|are|was|were)\\s+(?:expected|scheduled|due|slated|planned)\\s+(?:for|in|on)",
  ),
  sv: WORD('ska|skall|kommer\\s+att|planerar(?:s)?\\s+att|planeras|väntas|beräknas|avser|ämnar|siktar\\s+på|hoppas'),
};

/** Verbs whose "that"-clause is a wish, a proposal or a plan, not a fact: "proposed that Erdogan send …". */
const INTENTION_BEFORE_THAT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:propos|suggest|plan|intend|want|wish|hope|expect|ask|urg|demand|insist|recommend|call(?:s|ed)?\s+for)\p{L}*\s+(?:that\s+)?$/iu,
  sv: /(?<![\p{L}])(?:föreslå|föreslog|vill|ville|planer|hoppas|krav|kräv|begär|önsk)\p{L}*\s+(?:att\s+)?$/iu,
};

/** A copula or a state verb: what follows "since" is then a standing fact, not a happening. */
const STATE: Record<Language, RegExp> = {
  en: WORD('is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remained|been'),
  sv: WORD('är|var|har\\s+varit|hade\\s+varit|förblir|förblev'),
};

/** Words that open a clause of their own: what comes after them is another clause than what comes before. */
const CLAUSE_OPENERS: Record<Language, string> = {
  en: 'that|which|who|whom|whose|when|where|while|whereas|because|although|though|if|whether|and\\s+then',
  sv: 'att|som|när|där|medan|eftersom|fast|om|huruvida',
};

/** "since" right before the date: "since 1952", "since the end of 2015" (not "since Ankara sent troops in 2016"). */
const SINCE_DATE = /(?<![\p{L}])(?:since|sedan)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of|start\s+of|slutet\s+av|början\s+av)\s+)?$/iu;
/**
 * "from early 2021 until the spring of 2024", "från 2016 till 2019": a date that opens a span closed in the same
 * clause dates how long something lasted, not when it happened.
 */
const FROM_DATE = /(?<![\p{L}])(?:from|från)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of|start\s+of|spring\s+of|summer\s+of|autumn\s+of|winter\s+of|slutet\s+av|början\s+av)\s+)?$/iu;
const UNTIL = /^\s*(?:until|till|to|through|fram\s+till)\s/iu;
const ARTICLE_START = /^\s*(?:a|an|the|one|en|ett)\s/iu;

export interface StatusInput {
  /** The sentence, and where the date stands in it (offsets into `sentence`). */
  sentence: string;
  start: number;
  end: number;
  language: Language;
  /** The date's TimeML value and the document's publication date. */
  value: string;
  published: string;
  /** The date opens its sentence ("On May 18, …"): it dates the clause after it. */
  opening: boolean;
  /** Whether words tell a kind of happening (an attack, an agreement, …): such a clause is no mere state. */
  tellsHappening: (text: string) => boolean;
}

/** The clause a date stands in: from the last clause boundary before it to the next one after it. */
export function localClause(input: Pick<StatusInput, 'sentence' | 'start' | 'end' | 'language' | 'opening'>): { before: string; after: string; opener: string } {
  const { sentence, start, end, language } = input;
  const boundary = new RegExp(`[,;:()\\[\\]—–"“”]|\\s-\\s|(?<![\\p{L}])(?:${CLAUSE_OPENERS[language]})(?![\\p{L}])`, 'giu');
  const cuts = [...sentence.matchAll(boundary)].map((m) => ({ at: m.index, end: m.index + m[0].length, text: m[0] }));
  const previous = [...cuts].reverse().find((c) => c.end <= start);
  // A sentence-opening date ("On May 18, Erdogan announced …") dates the clause after its comma.
  const afterStart = input.opening ? (cuts.find((c) => c.at >= end && /^[,:]$/u.test(c.text))?.end ?? end) : end;
  const next = cuts.find((c) => c.at >= afterStart);
  return {
    before: input.opening ? '' : sentence.slice(previous?.end ?? 0, start),
    after: sentence.slice(afterStart === end ? end : afterStart, next?.at ?? sentence.length),
    opener: previous ? sentence.slice(Math.max(0, previous.at - 40), previous.end) : '',
  };
}

/** What the clause of a date tells: a happening, a plan, or background. */
export function statusOf(input: StatusInput): EventStatus {
  const { language } = input;
  const clause = localClause(input);
  const text = `${clause.before} ${clause.after}`;
  if (FUTURE[language].test(text)) return 'planned';
  if (INTENTION_BEFORE_THAT[language].test(clause.opener.replace(/[,;:]\s*$/u, ' '))) return 'planned';
  if (isBackground(input, clause)) return 'background';
  // Nothing can have happened after the day it was written about.
  if (partialDateRange(input.value).start > partialDateRange(input.published).end) return 'planned';
  return 'happened';
}

/** "a member of NATO since 1952", "Turkey, which has been an ally since 1952": a standing state, not a start; so is a span's ("it worked from 2021 until 2024"). */
function isBackground(input: StatusInput, clause: { before: string; after: string }): boolean {
  const preceding = input.sentence.slice(0, input.start);
  // A span's clause lasted ("it worked from … until …") unless it tells a happening ("talks went on from … to …").
  if (FROM_DATE.test(preceding) && UNTIL.test(input.sentence.slice(input.end))) return !input.tellsHappening(`${clause.before.replace(FROM_DATE, '')} ${clause.after}`);
  if (!SINCE_DATE.test(preceding)) return false;
  const told = `${clause.before.replace(SINCE_DATE, '')} ${clause.after}`;
  if (input.tellsHappening(told)) return false;
  return ARTICLE_START.test(clause.before) || STATE[input.language].test(told);
}
