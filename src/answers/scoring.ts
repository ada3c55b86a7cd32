import type { Passage } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { Claim } from '../events/claims.ts';
import { escape } from '../events/lexicon.ts';
import type { Query } from '../search/query.ts';
import { refersBack } from '../search/analysis.ts';
import { support } from '../search/support.ts';
import { canBeVerb } from '../text/english-forms.ts';
import { asksMoney, asksShare, measureAsked, speakerAsked } from './asking.ts';
import type { Candidate } from './candidates.ts';
import { deedOf } from './deed.ts';
import { toldOfAnotherTime } from './another-time.ts';
import type { AnswerContext } from './context.ts';
import { ASKING_WORDS, expectedFact, type FactType } from './expected.ts';
import { givesMeasure } from './fact-numbers.ts';
import type { QuestionAnalysis } from './question.ts';
import { namesOf } from './timeline.ts';
import type { AnswerTuning } from './tuning.ts';

/** A sentence that is one quotation from end to end. */
const WHOLLY_QUOTED = /^\s*["“„«][^"“”„«»]+["”»][.!?]?\s*$/u;
/** Words that say what someone is: "Who is X?" wants the sentence that gives X a role. */
const ROLES = /\b(?:president|minister|secretary|director|ambassador|envoy|leader|counterpart|spokes(?:man|woman|person)|official|general|chief|head|commander|prime|king|chancellor|ambassadör|ledare|talesperson|chef)\b/iu;

const MONTH = '(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|ma[jy]|june?|juni|july?|juli|aug(?:ust|usti)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A number that counts: not a year, and not the day of a month ("July 22", "22 juli"). */
const COUNT = new RegExp(
  `(?<!\\b${MONTH}\\.?\\s)\\b(?!(?:1[89]|20)\\d\\d\\b)\\d+\\b(?!(?:st|nd|rd|th)?\\s+${MONTH}\\b)|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|tusen|miljoner?)\\b`,
  'iu',
);

/** "What is TurkStream?", "Vad är S-400?": a name (one to three words) to be described. */
const DEFINITION_QUESTION = /^(?:what|vad)\s+(?:is|was|are|were|är|var)\s+(?:the\s+)?([\p{L}\d][\p{L}\d-]*(?:\s+[\p{L}\d][\p{L}\d-]*){0,2})\s*\?*$/iu;

/** What opens the clause of another happening a question tells its time by ("… after Karlov was shot", "… innan mötet"). */
const ANCHOR_CLAUSE = /\s(?:after|before|following|efter|innan|före)\s/iu;
/** Words a question has before such a clause when the clause is no part of its asking ("How soon after …"): when, did, a subject, a deed. */
const MIN_OWN_WORDS = 4;

/** Where a question's own words end: at the clause that names another happening, if one follows them. */
function ownWordsEnd(text: string): number {
  const clause = ANCHOR_CLAUSE.exec(text);
  if (!clause) return text.length;
  const words = text.slice(0, clause.index).split(/\s+/u).filter((w) => w !== '').length;
  return words >= MIN_OWN_WORDS ? clause.index : text.length;
}

export interface Scored extends Candidate {
  score: number;
}

/** Weighs the candidates of one question: how well each passage fits, and how well its date and clause do. */
export class Scorer {
  private readonly asked: ReadonlySet<string>;
  /** The kinds of happening the question's own deed tells ("say sorry": an apology), of those it names ("over the downed jet": a killing). */
  private readonly deedKinds: ReadonlySet<string>;
  private readonly expected: FactType | null;
  /** The terms of the one whose words the question asks for ("What did Putin say …"), if it names one. */
  private readonly speaker: string[];
  /** What "What is X?" asks to have described, as a whole word or words. */
  private readonly definiendum: RegExp | null;
  /** The units of the measure asked for ("how long": lengths and durations), money ("what did it cost") or a share ("what share of"), if any is. */
  private readonly measure: RegExp | 'money' | 'share' | null;
  /** The question's names that tell one story from another. */
  private readonly names: string[];
  private readonly distinctive: string[];
  private readonly passageFits = new Map<string, { fit: number; support: number }>();
  /** The senses of the question's terms, which a clause's own terms are held against. */
  private readonly senses: ReadonlySet<string>;

  constructor(
    private readonly context: AnswerContext,
    private readonly question: QuestionAnalysis,
    private readonly query: Query,
    private readonly tuning: AnswerTuning,
  ) {
    this.expected = expectedFact(question);
    this.measure = asksMoney(question.text) ? 'money' : (measureAsked(question.text) ?? (asksShare(question.text) ? 'share' : null));
    const described = DEFINITION_QUESTION.exec(question.text.trim())?.[1];
    this.definiendum = described ? new RegExp(`(?<![\\p{L}\\d-])${escape(described)}(?![\\p{L}\\d-])`, 'giu') : null;
    const speaker = speakerAsked(question.text);
    this.speaker = speaker ? context.sources.analyzer.terms(speaker, question.language) : [];
    // "What did Erdogan call TurkStream?": the words asking for someone's words name no happening (no phone call).
    const asking = this.expected ? ASKING_WORDS[this.expected] : undefined;
    // "When did investigators land after Karlov was shot?", "What did Russia do to food imports after the jet was downed?": the clause after
    // "after" names the happening the time is told by, not the one asked about.
    const own = question.kind === 'when' || question.kind === 'what' ? ownWordsEnd(question.topic) : question.topic.length;
    const topic = question.topic.slice(0, own);
    this.asked = context.sources.eventTypes.typesOf(asking ? topic.replace(asking, ' ') : topic);
    const deed = deedOf(question, this.expected, context.sources.analyzer);
    this.deedKinds = deed ? context.sources.eventTypes.typesOf([deed.verb, ...deed.objects.slice(0, 1)].join(' ')) : new Set();
    const { index } = context.sources;
    const common = Math.log(1 + 1 / tuning.distinctiveNameShare);
    // A when-question names the event it dates; other questions may name the setting of a fact told elsewhere.
    this.distinctive = namesOf(query).filter((name) => index.idf(name) > common);
    this.names = question.kind === 'when' ? this.distinctive.filter((name) => query.spans.some((span) => span.term === name && span.start < own)) : [];
    this.senses = new Set(query.terms.flatMap((t) => index.senses(t)));
  }

  /**
   * Whether a candidate's document names every distinctive name the question gives: a story that never
   * names "NATO" cannot tell why Russia joined it, however well the rest fits (a false premise).
   */
  holdsNames({ passage }: Candidate): boolean {
    const { index } = this.context.sources;
    const held = this.context.termsNear(passage, this.tuning.nameReach);
    const missing = this.distinctive.filter((name) => !index.senses(name).some((sense) => held.has(sense)));
    if (missing.length === 0) return true;
    // The entries under one heading tell one story (a live blog's day): "The Turkish president calls it a provocation" is of the
    // killing of Karlov its first entries name, however many entries later.
    if (passage.headingId === undefined) return false;
    const section = (this.context.documents.get(passage.documentId)?.passages ?? []).filter((p) => p.headingId === passage.headingId);
    const told = this.context.termsAround(passage, section);
    return missing.every((name) => index.senses(name).some((sense) => told.has(sense)));
  }

  score(candidate: Candidate): Scored {
    const { passage, claim } = candidate;
    const { fit: passageFit, support: passageSupport } = this.passageFit(candidate);
    const fit = passageFit * this.nameFit(candidate);
    const t = this.tuning;
    let score: number;
    if (claim && candidate.origin === 'clause') score = fit * (t.supportFloor + this.claimSupport(claim)) * this.claimFit(claim, claim.focus.text);
    else if (claim) score = fit * (t.supportFloor + passageSupport) * this.claimFit(claim, passage.text) * (this.question.kind === 'when' && WHOLLY_QUOTED.test(passage.text) ? t.quotedStory : 1);
    // An undated sentence cannot give a date, but tells a kind of happening as a dated one does: "The coup failed because …".
    else score = fit * (t.supportFloor + passageSupport) * (this.question.kind === 'when' || this.question.period ? this.undatedFit(passage) : this.kindFit(passage.text));
    // Not spread: a passage's candidate has no claim, and spreading objects of two shapes takes V8's slow path.
    const { origin, relevance } = candidate;
    return claim ? { passage, claim, origin, relevance, score } : { passage, origin, relevance, score };
  }

  /** A sentence's own support, and a share of what the title, heading or dateline it stands under adds: sentences leave their subject unsaid. */
  private supportWithTopic(passage: Candidate['passage']): number {
    const { index } = this.context.sources;
    const terms = index.termsOf(passage.id);
    const own = support(index, this.query, terms);
    const withTopic = support(index, this.query, this.context.termsWithTopic(passage));
    return own + this.tuning.titleShare * (withTopic - own);
  }

  private passageFit({ passage, relevance }: Candidate): { fit: number; support: number } {
    let found = this.passageFits.get(passage.id);
    if (!found) {
      found = { fit: relevance * this.numberFit(passage) * this.roleFit(passage) * this.definitionFit(passage) * this.speakerFit(passage), support: this.supportWithTopic(passage) };
      this.passageFits.set(passage.id, found);
    }
    return found;
  }

  /** Support of the clause the date belongs to, then of its sentence and the sentences that go on telling it, and how focused the clause is. */
  private claimSupport(claim: Claim): number {
    const { analyzer, index } = this.context.sources;
    const language = claim.passage.language;
    const { terms: focusTerms, withBridge } = this.context.focusTerms(claim);
    const focus = support(index, this.query, withBridge);
    const around = support(index, this.query, this.context.storyTerms(claim));
    // Between clauses of one sentence, the one that is mostly about the question wins.
    const { senses } = this;
    const precision = focusTerms.length === 0 ? 0 : focusTerms.filter((t) => senses.has(t) || senses.has(analyzer.sense(t, language))).length / focusTerms.length;
    return this.tuning.clauseWeight * focus + this.tuning.storyWeight * around + this.tuning.precisionWeight * precision;
  }

  /** How well a dated claim fits the question: its period, the kind of happening asked about, and its certainty. */
  private claimFit(claim: Claim, text: string): number {
    return this.periodFit(claim.date) * this.kindFit(text) * (claim.certain ? 1 : this.tuning.uncertainDate);
  }

  /**
   * A sentence that leaves out a name the question gives ("NATO" of "When did Turkey leave NATO?") tells
   * another story, however many of the other words it shares ("leaving around 20 dead"); the sentence
   * before it, its paragraph, its story, title and heading may give the name ("The talks result in …" after
   * "… launch talks in Astana"). Names in many passages (the actors of every story: "Ankara", "Washington") do not tell stories apart.
   */
  private nameFit(candidate: Candidate): number {
    return this.namesHeld(candidate, this.names) ? 1 : this.tuning.nameMissing;
  }

  private namesHeld({ passage, claim }: Candidate, names: readonly string[]): boolean {
    if (names.length === 0) return true;
    const { index } = this.context.sources;
    const held = this.context.storyContextTerms(passage, claim);
    return names.every((name) => index.senses(name).some((sense) => held.has(sense)));
  }

  /**
   * A clause of the kind of happening asked about is preferred; one of another kind is doubted. Where the question's
   * deed has a kind, a clause of that kind is the one preferred: "When did Erdogan say sorry over the downed jet?"
   * asks for the apology, not the shoot-down it names.
   */
  private kindFit(text: string): number {
    if (this.asked.size === 0) return 1;
    const told = this.context.sources.eventTypes.typesOf(text);
    const tells = (kinds: ReadonlySet<string>) => [...told].some((t) => kinds.has(t));
    if (this.deedKinds.size > 0 ? tells(this.deedKinds) : tells(this.asked)) return this.tuning.kindMatch;
    if (tells(this.asked)) return 1;
    return told.size > 0 ? this.tuning.kindMismatch : 1;
  }

  /** "Who is X?" wants a sentence that names X with a role ("Deputy Foreign Minister Mikhail Bogdanov"). */
  private roleFit(passage: Passage): number {
    if (this.question.kind !== 'who') return 1;
    const name = /^(?:[Ww]ho|[Vv]em)\s+(?:is|was|are|were|är|var)\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)\W*$/u.exec(this.question.topic)?.[1];
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
    return titled ? this.tuning.roleGiven : this.tuning.roleMissing;
  }

  /**
   * "What is TurkStream?" wants a sentence that says what it is: a copula or an apposition after the name ("Akkuyu is a
   * nuclear plant", "Akkuyu, the first …"), or a common noun it names ("the new Turkstream pipeline", "gasledningen
   * TurkStream"). A description is what a role is to a person, and weighs as one.
   */
  private definitionFit(passage: Passage): number {
    if (this.definiendum === null) return 1;
    const text = passage.text;
    const at = [...text.matchAll(this.definiendum)];
    if (at.length === 0) return 1;
    const described = at.some((m) => {
      const after = text.slice(m.index + m[0].length);
      const before = text.slice(0, m.index);
      const noun = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
      return (
        /^(?:\s+(?:is|was|are|were|är|var)\s+(?:a|an|the|one|en|ett|den|det)\b|,\s+(?:a|an|the|en|ett)\s)/iu.test(after) ||
        (noun !== undefined && !canBeVerb(noun) && !/^(?:and|or|och|eller|to|till|in|i|on|på|of|av|for|för|with|med|from|från|at|as|som|by|hos)$/iu.test(noun)) ||
        /\p{Ll}{3,}(?:en|et|n)\s+$/u.test(before)
      );
    });
    return described ? this.tuning.roleGiven : this.tuning.roleMissing;
  }

  /**
   * "What did Putin say about the murder?" wants Putin's words: a sentence that names him, or goes on from one
   * that does ("…, he says"), is preferred to one about the murder in another's words; a speaker weighs as a role.
   */
  private speakerFit(passage: Passage): number {
    if (this.speaker.length === 0) return 1;
    const previous = this.context.neighbour(passage, -1);
    // A sentence whose subject points back ("But he warned …") speaks for the one the sentence before names, even a paragraph up.
    const continues = previous && (previous.paragraph === passage.paragraph || (refersBack(passage) && previous.headingId === passage.headingId));
    const held = this.context.termsAround(passage, continues ? [previous] : []);
    const { index } = this.context.sources;
    return this.speaker.every((term) => index.senses(term).some((sense) => held.has(sense))) ? this.tuning.roleGiven : this.tuning.roleMissing;
  }

  /** "How many" wants a sentence with a number in it (a year is not one), "how long" one with a number in its units, "what did it cost" an amount of money, "what share" a part of a whole. */
  private numberFit(passage: Passage): number {
    if (this.expected !== 'number') return 1;
    const given = this.measure ? givesMeasure(passage.text, this.measure) : COUNT.test(passage.text);
    return given ? this.tuning.countGiven : this.tuning.countMissing;
  }

  /** A sentence read without its date cannot give the date asked for, nor tell the period asked about when its dates tell another. */
  private undatedFit(passage: Passage): number {
    return this.tuning.undatedUnderWhen * (toldOfAnotherTime(this.context, passage, this.question) ? this.tuning.outsidePeriod : 1);
  }

  private periodFit(date: string): number {
    const period = this.question.period;
    if (!period) return 1;
    const range = partialDateRange(date);
    return range.start <= period.end && range.end >= period.start ? 1 : this.tuning.outsidePeriod;
  }
}
