/**
 * Swedish main clauses put the finite verb second: after an opening adverbial the subject follows
 * the verb ("I januari inleder Ryssland och Turkiet gemensamma flyganfall", "Efter sex timmars
 * samtal enades Putin och Erdogan om …"). A word-by-word English gloss of that order reads as a
 * question or as nonsense, so the clause is put in English order first: subject, verb, the rest,
 * and the adverbial last (or left out when it was only the date, which the timeline shows).
 */

/** Finite verbs that no ending gives away: auxiliaries and modals. */
const AUXILIARIES = new Set(['är', 'var', 'har', 'hade', 'ska', 'skall', 'skulle', 'kan', 'kunde', 'vill', 'ville', 'måste', 'blev', 'blir', 'kommer', 'får', 'fick', 'lyckas', 'lyckades']);

/** Endings of finite verbs: past (-ade, -de, -te, -dde), present (-ar, -er, -r after a vowel), passive (-as, -es, -s). */
const FINITE_ENDING = /^\p{Ll}[\p{Ll}]{2,}(?:ade|ades|de|des|te|tes|ar|er|ör|as|es)$/u;

/** Words that open an adverbial: prepositions a Swedish sentence may start with. */
export const PREPOSITIONS = new Set(['efter', 'före', 'innan', 'i', 'vid', 'under', 'enligt', 'sedan', 'på', 'med', 'för', 'genom', 'trots', 'inför', 'bland', 'mellan', 'utan', 'om', 'mot', 'till', 'från', 'av', 'över']);

/** Words that end a subject: prepositions, adverbs and the particles of particle verbs ("skjuter … ihjäl"). */
export const SUBJECT_ENDS = new Set([...PREPOSITIONS, 'inte', 'också', 'även', 'redan', 'nu', 'då', 'igen', 'ihjäl', 'ned', 'ner', 'upp', 'ut', 'in', 'bort', 'fram', 'tillbaka', 'samman', 'ihop', 'att', 'som', 'men', 'eller', 'när', 'där', 'medan']);

/** Words of a noun phrase that are no noun: articles, numerals, quantifiers, conjunctions. */
const NOT_NOUNS = new Set(['en', 'ett', 'den', 'det', 'de', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'alla', 'och', 'samt', 'nära', 'över']);

/** Words a verb never directly follows: those, and prepositions ("sedan" also closes "för två år sedan", after which the verb comes). */
const NOT_BEFORE_VERB = new Set([...NOT_NOUNS, ...[...PREPOSITIONS].filter((p) => p !== 'sedan')]);

/** Adverbs that close an opening adverbial of time or sequence ("Två dagar senare", "Samtidigt", "För två år sedan"): the verb follows them. */
const CLOSING_ADVERBS = new Set(['senare', 'tidigare', 'sedan', 'efteråt', 'därefter', 'samtidigt', 'dessutom', 'nu', 'då', 'idag', 'igår', 'därför', 'ändå']);

/** Conjunctions that may open a sentence before its adverbial ("Och i ett brev till Putin framför Erdogan …"). */
const OPENING_CONJUNCTION = /^(?:och|men)\s+/iu;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export interface VerbSecondOptions {
  /** Irregular finite forms (sköt, kom, gick) the endings miss. */
  isIrregularForm: (word: string) => boolean;
  /** Where the opening adverbial ends, when the caller knows it (a sentence-opening date), in characters. */
  adverbialEnd?: number;
  /** Leave the opening adverbial out (it was only the date). */
  dropAdverbial?: boolean;
}

/** The sentence in subject–verb order when it opens on an adverbial and the verb comes second; else as it is. */
export function straightenVerbSecond(sentence: string, options: VerbSecondOptions): string {
  const closing = /[.!?]$/u.exec(sentence)?.[0] ?? '';
  const conjunction = options.adverbialEnd === undefined ? (OPENING_CONJUNCTION.exec(sentence)?.[0].length ?? 0) : 0;
  const body = sentence.slice(conjunction, sentence.length - closing.length);
  const words = [...body.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index }));
  const isFinite = (i: number) => {
    const word = bare(words[i]?.text ?? '').toLowerCase();
    const before = bare(words[i - 1]?.text ?? '').toLowerCase();
    const verbal = AUXILIARIES.has(word) || options.isIrregularForm(word) || (FINITE_ENDING.test(word) && !SUBJECT_ENDS.has(word));
    return verbal && !NOT_BEFORE_VERB.has(before);
  };
  const verb = verbIndex(words, options.adverbialEnd, isFinite);
  if (verb === undefined) return sentence;
  // A clause after the verb ("meddelas att …") is no subject to move.
  if (SUBJECT_ENDS.has(bare(words[verb + 1]?.text ?? '').toLowerCase()) && !countsFrom(words, verb + 1)) return sentence;
  const end = subjectEnd(words, verb + 1, AUXILIARIES.has(bare(words[verb]?.text ?? '').toLowerCase()));
  if (end === verb + 1) return sentence;
  const text = (from: number, to = words.length) => words.slice(from, to).map((w) => w.text).join(' ');
  const subject = text(verb + 1, end).replace(/,$/u, '');
  const rest = text(end);
  const adverbial = options.dropAdverbial ? '' : text(0, verb).replace(/,$/u, '');
  // A capital that only opened the sentence goes ("I februari" → "i februari"), a name's stays ("Vladimir Putin").
  const lowered = (s: string) => ((/^\p{Lu}\p{Ll}/u.test(s) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(s)) || /^I\s+\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  const parts = [capitalised(subject), bare(words[verb]?.text ?? '').toLowerCase(), rest, adverbial && lowered(adverbial)].filter((p) => p !== '');
  return `${parts.join(' ')}${closing}`;
}

/** The finite verb that comes second: right after a known adverbial, or the first after an opening prepositional phrase. */
function verbIndex(words: Array<{ at: number }>, adverbialEnd: number | undefined, isFinite: (i: number) => boolean): number | undefined {
  if (adverbialEnd !== undefined) {
    const next = words.findIndex((w) => w.at >= adverbialEnd);
    return next > 0 && isFinite(next) ? next : undefined;
  }
  const first = bare((words[0] as { text?: string } | undefined)?.text ?? '').toLowerCase();
  if (!PREPOSITIONS.has(first)) {
    const closing = words.slice(0, 4).findIndex((w) => CLOSING_ADVERBS.has(bare((w as { text?: string }).text ?? '').toLowerCase()));
    return closing >= 0 && isFinite(closing + 1) ? closing + 1 : undefined;
  }
  for (let i = 2; i < words.length; i++) if (isFinite(i)) return i;
  return undefined;
}

/**
 * Where the subject after the verb ends: at a preposition, an adverb or a particle, at the main
 * verb after an auxiliary, after a comma, or where a name ends and a lower-case word follows that joins no other
 * name ("Ryssland och Turkiet | gemensamma flyganfall"); a genitive name goes on ("Rysslands president").
 */
function subjectEnd(words: Array<{ text: string }>, from: number, afterAuxiliary: boolean): number {
  let noun = false;
  for (let i = from; i < words.length; i++) {
    const word = words[i]?.text ?? '';
    const plain = bare(word);
    if (i > from && SUBJECT_ENDS.has(plain.toLowerCase())) return i;
    // After an auxiliary the main verb ends the subject: an infinitive or a supine once a noun has come ("ryska soldater | patrullera").
    if (afterAuxiliary && noun && /^\p{Ll}+(?:a|t)$/u.test(plain)) return i;
    noun ||= !NOT_NOUNS.has(plain.toLowerCase()) && (/^\p{Lu}/u.test(plain) || !/(?:a|e|t)$/u.test(plain));
    const previous = words[i - 1]?.text ?? '';
    const name = (w: string) => /^\p{Lu}|-\p{Lu}/u.test(w);
    const afterName = i > from && name(bare(previous)) && !/s$/u.test(bare(previous)) && !name(plain) && !['och', 'samt'].includes(plain);
    // A genitive after a whole name opens the object ("träffade Putin | Syriens president").
    const genitiveAfterName = i > from && name(bare(previous)) && !/s$/u.test(bare(previous)) && /^\p{Lu}\p{Ll}+s$/u.test(plain);
    if (afterName || genitiveAfterName) return i;
    if (/,$/u.test(word)) return i + 1;
  }
  return words.length;
}

/** Words that before a number say how many, not where ("dödades över 30 soldater": more than 30 soldiers were killed). */
const QUANTIFYING = new Set(['över', 'under']);

function countsFrom(words: Array<{ text: string }>, i: number): boolean {
  return QUANTIFYING.has(bare(words[i]?.text ?? '').toLowerCase()) && /^\d/u.test(words[i + 1]?.text ?? '');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
