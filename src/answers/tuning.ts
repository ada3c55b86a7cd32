/**
 * Every weight of the answer pipeline, with the reason for its value. Tuned on the dev halves of the
 * evaluation (npm run eval) only; the test halves report.
 */
export const DEFAULT_TUNING = {
  /**
   * Below this share of the question's (rarity-weighted) terms, the documents are taken not to answer;
   * so are questions naming something (a capitalised name) that no document mentions. Half: every
   * off-topic question of the dev set stays under it, every answerable one over it.
   */
  minSupport: 0.5,
  /**
   * Between this and `minSupport`, the documents are near the question without answering it: the
   * abstention shows the closest passages instead of the corpus's main events.
   */
  nearSupport: 0.3,
  /**
   * The support enough when the passage gives a fact of the expected type tied to the question's words
   * (the doer of the verb asked about, the count of the thing asked about): such a passage answers even
   * when it words the rest of the question otherwise ("team up with" for "launch talks with").
   */
  factSupport: 0.4,
  /**
   * How far the chosen candidate must outscore every candidate of another happening for `nearSupport` to be
   * enough: a third more. Dev accuracy is the same from 1.1 to 1.3 and lower at 1.5; the upper end of the plateau
   * answers least when it should not.
   */
  clearLead: 1.3,
  /**
   * The (rarity-weighted) share of a question's words that no document uses, nor the leading passage words otherwise,
   * above which a clear lead is no evidence: the question asks about a thing the documents do not know. A fourth: one
   * such word in a question of three or four content words names its subject ("the grain corridor agreement"); one
   * among five or more is a wording of the asker's ("float" a plan, "the sea floor").
   */
  unexplainedShare: 0.25,
  /**
   * The share at which the terms of a sentence's document title and heading (and infobox or dateline) support it, in
   * scoring and in the support an answer needs: they name what the sentence speaks of ("Its two strings can carry …"
   * under "… open TurkStream gas link", "It will cover a tenth of demand" in an explainer titled Akkuyu), not what it
   * tells, so a question's words found only there count at half. In scoring, a quarter fixed fewer dev questions for
   * the same one lost.
   */
  titleShare: 0.5,
  /**
   * The weight of a question's verb worded in the answer's sentence as another deed of the same kind ("reach" for
   * "delivered", both arrivals): that of a WordNet synonym among the query's rewordings, which it is one step from.
   */
  rewordedDeed: 0.5,
  /** Passages an abstention near the question shows. */
  closest: 3,
  /** Passages retrieved before the candidates in them are weighed: the right one is in the top 12 for every dev question. */
  candidates: 12,
  /** A name is in many sentences: a who-question looks this many times further for the one that gives a role. */
  whoCandidatesFactor: 4,
  /** Events listed in the text of a period answer (all are in `events`): a Discord embed's worth. */
  periodListLength: 15,
  /** Retrieval's relevance is softened by this power: it ranks well, but the dated clause decides between close passages. */
  relevancePower: 0.5,
  /** Added to a candidate's support so that a passage retrieval ranks high is not zeroed by a clause that shares few words. */
  supportFloor: 0.3,
  /** A candidate without a date, under a when-question or a question naming a period: it cannot give the date asked for. */
  undatedUnderWhen: 0.5,
  /**
   * A sentence that is all someone's quoted words, dated by the story it stands in, under a when-question: the date is
   * when the words were said, not when what they speak of happened ("… unlikely to back down from buying the S400").
   * As an undated candidate is weighed: it may still answer where nothing else does.
   */
  quotedStory: 0.5,
  /** Support of a dated claim: its own clause counts most, its sentence and sequel next, then how focused the clause is. */
  clauseWeight: 0.6,
  storyWeight: 0.4,
  precisionWeight: 0.2,
  /** A date the extractor doubts (garbled, or relative inside a quotation) loses to a sure one of similar fit. */
  uncertainDate: 0.85,
  /** A clause telling the kind of happening asked about ("signed", "shot down") wins; one telling another kind is doubted. */
  kindMatch: 1.5,
  kindMismatch: 0.6,
  /** "Who is X?": a sentence giving X a role wins over one that only names X. */
  roleGiven: 1.5,
  roleMissing: 0.7,
  /** "How many": a sentence with a count in it wins over one without. */
  countGiven: 1.4,
  countMissing: 0.6,
  /** A candidate whose sentence and story leave out a name the question gives tells another story: it wins only where nothing names it. */
  nameMissing: 0.5,
  /**
   * A question's name tells one story from another when fewer than this share of passages hold it ("NATO",
   * "Idlib", "S-500"): the capitals and the two leaders are in one passage in seven or more, actors of every
   * story, and a capital stands for its country ("Ankara" for Turkey in "kick Ankara out of the programme"). A
   * timeline's sentence that names a distinctive name speaks of it, not of its paragraph neighbours' topic.
   */
  distinctiveNameShare: 0.1,
  /**
   * Passages either side of an answer within which the question's distinctive names must stand, else the
   * question is declined as resting on a premise the documents do not tell ("Why did Russia join NATO?").
   */
  nameReach: 5,
  /** A claim dated outside the period the question names is kept only when nothing inside fits. */
  outsidePeriod: 0.3,
  /** Topic words found in more than this share of passages ("Russia", "Turkey") do not narrow a timeline. */
  genericTermShare: 0.2,
  /**
   * An event is on a timeline's topic when its sentences and their paragraphs hold this share of the topic's
   * (rarity-weighted) names, or of its words when it names nothing: one of two words, even the commoner
   * ("gas" of "the gas pipeline" in "a gas transport project"), but not one of three.
   */
  topicShare: 0.4,
  /** A next sentence of the same paragraph this short is quoted too ("Yes, you can," Putin replied.). */
  shortSequelLength: 100,
  /** A candidate giving a fact of the expected type is preferred to a better-scored one without, down to this share of its score. */
  factReach: 0.5,
  /**
   * When no candidate within `factReach` gives a fact tied to the question, one that does is still preferred down to this
   * share of the best score, before a name the best sentences only mention: the doer of the deed asked about is the answer,
   * though a dated sentence that names the event outscores its undated sentence ("a Washington-backed coup attempt").
   */
  askedFactReach: 0.3,
  /** A fact found in the sentence next to a candidate's (a reason, a quotation) counts at this share of the candidate's score: a sentence's own fact is surer. */
  neighbourFact: 0.7,
  /** A fact whose words may mean something else (a reason told by "after", "amid" or "when", which may only tell the time) counts at this share against a sure one ("because", "due to"). */
  tentativeFact: 0.7,
  /**
   * A source in the reader's language that tells the same event is quoted instead of the best-scored
   * one in another language down to this share of its score: a quote beats a word-by-word gloss.
   */
  readersLanguageReach: 0.5,
  /** Events an abstention suggests. */
  suggestions: 5,
} as const;

export type AnswerTuning = { readonly [K in keyof typeof DEFAULT_TUNING]: number };
