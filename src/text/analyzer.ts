import type { Language } from '../corpus/types.ts';
import type { AliasTable } from './aliases.ts';
import { contentStems, undoubled, type Dictionary } from './dictionary.ts';
import { fold } from './fold.ts';
import { isStopword, stem, stemIsStopword } from './stem.ts';
import { particleVerbAt, prefixedParticleVerb, type ParticleVerbSources } from './particle-verbs.ts';
import { ADVERB_PARTICLES, PARTICLES } from './particles.ts';
import { Rewordings } from './rewordings.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { Neighbours } from './neighbours.ts';
import type { WordNet } from './wordnet.ts';

/** A term and the span of text it stands for. */
export interface AnalysedTerm {
  term: string;
  start: number;
  end: number;
  /** The word as written (for a name, its first word). */
  raw: string;
  /**
   * A word whose stem is a stop word ("downing" → "down"): it stands as written, and a query
   * searches its other wordings (shoot down) without asking the answer to hold it.
   */
  weak?: true;
  /** A name of the alias table: its term is the same in both languages. */
  name?: true;
  /**
   * A term of the English of a Swedish particle verb ("trädde i kraft" → take, effect): what a query
   * asks for in place of the verb and its particle, and what a passage gives besides them.
   */
  english?: string;
  /** The verb or a particle of a particle verb whose English a query asks for instead. */
  inParticleVerb?: true;
}

export interface Lexicon {
  aliases: AliasTable;
  dictionary: Dictionary;
  wordnet: WordNet;
  /** English words used alike in news text (GloVe): rewordings WordNet does not relate. */
  neighbours: Neighbours;
  /** Irregular forms to their base form, per language, applied before stemming (began → begin, sköt → skjuta). */
  irregular: Record<Language, ReadonlyMap<string, string>>;
  /** Swedish particle verbs by infinitive and particle, and their English ("träda i kraft" → "take+effect"). */
  particleVerbs: ReadonlyMap<string, string>;
  /** A capital or seat of government (in lower case) to the term of the state news text names by it: Moscow, the Kremlin → russia. */
  seats: ReadonlyMap<string, string>;
}

/**
 * A plural of a word written in capitals ("MPs", "NGOs", "CEOs"): an abbreviation of common nouns, which is
 * read as its lower-case word ("mps": members of parliament), not as a name the documents would have to hold.
 */
export const ABBREVIATION_PLURAL = /^\p{Lu}{2,}s$/u;

/** Whether a word is written as a name: capitalised, not a sentence's first word, and no abbreviation's plural. */
export function writtenAsName(raw: string, start: number): boolean {
  return start > 0 && /^\p{Lu}/u.test(raw) && !ABBREVIATION_PLURAL.test(raw);
}

/** Texts up to this long have their terms remembered, up to this many of them before the memory is cleared. */
const MAX_REMEMBERED_TEXT = 40;
const MAX_REMEMBERED = 100_000;
/** The shortest verb a closed-up phrasal verb is read as ("setup": set up). */
const MIN_PHRASAL_VERB = 3;

/**
 * Turns text into search terms: known names to their canonical alias,
 * other words stemmed by their language's Snowball stemmer and folded,
 * stop words dropped; a Swedish compound no dictionary lists also gives
 * its parts. `bridge` gives the same terms in the other language.
 */
export class Analyzer {
  private readonly particleVerbSources: ParticleVerbSources;

  /** The rewordings of words and phrases a query's expansion looks up, remembered with the lexicon they come from. */
  readonly rewordings: Rewordings;

  constructor(readonly lexicon: Lexicon) {
    this.particleVerbSources = { particleVerbs: lexicon.particleVerbs, irregular: lexicon.irregular.sv };
    this.rewordings = new Rewordings(lexicon.wordnet, lexicon.neighbours);
  }

  /** Terms of short texts (mostly single words) already worked out, by language and text. */
  private readonly remembered = new Map<string, string[]>();

  /** The terms of a text, in text order (weak words left out). */
  terms(text: string, language: Language): string[] {
    // Answer stages ask for the terms of each word of each candidate sentence, question after question.
    if (text.length > MAX_REMEMBERED_TEXT) return this.termsOf(text, language);
    const key = `${language}${text}`;
    let terms = this.remembered.get(key);
    if (!terms) {
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(key, (terms = this.termsOf(text, language)));
    }
    return [...terms];
  }

  private termsOf(text: string, language: Language): string[] {
    return this.analyze(text, language)
      .filter((item) => !item.weak && item.english === undefined)
      .map((item) => item.term);
  }

  /** The terms of a text with the span of text each stands for. */
  analyze(text: string, language: Language): AnalysedTerm[] {
    const tokens = tokenize(text);
    const words = tokens.map((t) => ({ word: t.raw, at: t.start }));
    const items: AnalysedTerm[] = [];
    const particles = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as (typeof tokens)[number];
      const before = items.length;
      // A particle verb means what its English does, not what its verb and particle mean apart ("ägde rum" is no owned room).
      const verb = language === 'sv' && !particles.has(i) ? (particleVerbAt(text, words, i, this.particleVerbSources) ?? this.prefixedAt(token.raw)) : undefined;
      if (verb) {
        for (const p of verb.particles) particles.add(p);
        const english = verb.english.replace('+', ' ');
        for (const term of contentStems(english, 'en')) items.push({ term, start: token.start, end: token.end, raw: token.raw, english });
      }
      const last = this.analyzeToken(tokens, i, language, items);
      if (verb || particles.has(i)) for (let k = before; k < items.length; k++) if ((items[k] as AnalysedTerm).english === undefined) (items[k] as AnalysedTerm).inParticleVerb = true;
      i = last;
    }
    return items;
  }

  /**
   * A word that puts a particle verb's particle first ("nedskjutningen": skjuta ner), when no dictionary
   * translates it: it means the particle verb's English, as the verb and its particle standing apart do.
   */
  private prefixedAt(raw: string): { english: string; particles: number[] } | undefined {
    const lower = raw.toLowerCase();
    if (this.lexicon.dictionary.translate(lower, 'sv').length > 0) return undefined;
    const found = prefixedParticleVerb(lower, this.lexicon.particleVerbs);
    return found && { english: found.english, particles: [] };
  }

  /** Adds the terms of the word at `i`, or of the name that starts there, to `items`; returns the index of the name's last word. */
  private analyzeToken(tokens: Token[], i: number, language: Language, items: AnalysedTerm[]): number {
    const { aliases, irregular } = this.lexicon;
    const token = tokens[i] as Token;
    const alias = aliases.match(tokens, i, language === 'sv');
    if (alias) {
      items.push({ term: alias.canonical, start: token.start, end: tokens[i + alias.length - 1]?.end ?? token.end, raw: token.raw, name: true });
      return i + alias.length - 1;
    }
    if (isStopword(token.raw, language)) return i;
    // A capitalised word inside a text is a name, not a definite form ("Milan" is no "mila").
    const named = writtenAsName(token.raw, token.start);
    const base = irregular[language].get(token.raw.toLowerCase()) ?? token.raw;
    const word = named ? base : language === 'en' ? (this.lexicon.wordnet.americanForm(base.toLowerCase()) ?? base) : this.indefinite(base, language);
    // A capitalised word no Swedish dictionary knows is a foreign name ("Zafer", "Esper"): Swedish endings are none of its own,
    // so it stands as the English analysis leaves it, and a question in either language finds it.
    const lower = token.raw.toLowerCase();
    const foreign = language === 'sv' && /^\p{Lu}/u.test(token.raw) && !this.lexicon.dictionary.knowsSwedish(lower) && !this.lexicon.dictionary.splitCompound(lower);
    const stemmed = foreign ? stem(word, 'en') : this.definite(stem(word, language), language);
    // "downing" stems to "down", a stop word: the word stands as written (and WordNet knows it).
    if (stemIsStopword(word, language)) items.push({ term: fold(token.raw), start: token.start, end: token.end, raw: token.raw, weak: true });
    else items.push({ term: stemmed, start: token.start, end: token.end, raw: token.raw });
    if (language === 'sv') for (const term of this.compoundTerms(token.raw)) items.push({ term, start: token.start, end: token.end, raw: token.raw });
    else if (!named) for (const term of this.closedPhrasalTerms(lower)) items.push({ term, start: token.start, end: token.end, raw: token.raw });
    return i;
  }

  /**
   * The verb of a phrasal verb written closed up as one word that WordNet does not list ("shootdown", "pushback"):
   * news coins such nouns freely, and the text they stand for says "shot down", "pushed back".
   */
  private closedPhrasalTerms(word: string): string[] {
    const verb = this.closedPhrasalVerb(word);
    return verb === undefined ? [] : [stem(verb, 'en')];
  }

  private closedPhrasalVerb(word: string): string | undefined {
    const { wordnet } = this.lexicon;
    if (!/^\p{Ll}+$/u.test(word) || wordnet.knows(word)) return undefined;
    for (const particle of PARTICLES) {
      const verb = word.slice(0, -particle.length);
      if (word.endsWith(particle) && verb.length >= MIN_PHRASAL_VERB && wordnet.knows(`${verb} ${particle}`)) return verb;
    }
    return undefined;
  }

  /**
   * A Swedish definite singular that Snowball leaves whole, as its indefinite word: -t after e (mötet → möte)
   * and -n after a vowel (vapenvilan → vapenvila, ceremonin → ceremoni), when the dictionaries know the
   * shorter word by another stem.
   */
  private indefinite(word: string, language: Language): string {
    if (language !== 'sv' || word.length < 5 || !/(?:et|an|in|on)$/iu.test(word)) return word;
    const shorter = word.slice(0, -1);
    const stemmed = stem(word, language);
    return stemmed === fold(word.toLowerCase()) && stem(shorter, language) !== stemmed && this.lexicon.dictionary.knowsSwedish(shorter) ? shorter : word;
  }

  /**
   * A Swedish definite neuter ("kriget", "avtalet") without its -et, which Snowball leaves on (it
   * cannot tell it from a word ending so), when what remains is a word the dictionaries know, or is
   * one once an m or n doubled before the ending is single again ("programmet": program).
   */
  private definite(stemmed: string, language: Language): string {
    if (language !== 'sv' || stemmed.length < 6 || !stemmed.endsWith('et')) return stemmed;
    const { dictionary } = this.lexicon;
    if (dictionary.knowsSwedish(stemmed)) return stemmed;
    const bare = stemmed.slice(0, -2);
    const single = undoubled(bare);
    return dictionary.knowsSwedish(bare) ? bare : single !== undefined && dictionary.knowsSwedish(single) ? stem(single, 'sv') : stemmed;
  }

  /**
   * The phrasal verbs a text tells, each as its verb and particle closed up ("shot down", "shoot-down", "shootdown",
   * the English of "sköt ned" and "nedskjutningen": shootdown). The particle is a stop word, so a text's terms cannot tell
   * "shot down" from "shot dead"; only a particle that stands as an adverb, of a phrase WordNet lists.
   */
  phrasalVerbs(text: string, language: Language): string[] {
    const phrases =
      language === 'sv'
        ? this.analyze(text, language).flatMap((item) => (item.english === undefined ? [] : [item.english]))
        : tokenize(text).flatMap((token, i, tokens) => {
            const next = tokens[i + 1];
            const lower = token.raw.toLowerCase();
            const verb = this.closedPhrasalVerb(lower);
            return [...(verb === undefined ? [] : [`${verb} ${lower.slice(verb.length)}`]), ...(next && next.start <= token.end + 1 ? [`${lower} ${next.raw.toLowerCase()}`] : [])];
          });
    return [...new Set(phrases.flatMap((phrase) => this.closedUp(phrase)))];
  }

  private closedUp(phrase: string): string[] {
    const [verb, particle, ...rest] = phrase.split(' ');
    if (verb === undefined || particle === undefined || rest.length > 0 || !ADVERB_PARTICLES.has(particle)) return [];
    const base = this.lexicon.wordnet.baseForms(phrase)[0];
    return base === undefined ? [] : [stem(base.replace(' ', ''), 'en')];
  }

  /** Whether a word is a word of the language (not a name): WordNet's for English, the dictionaries' for Swedish. */
  isWord(word: string, language: Language): boolean {
    return language === 'en' ? this.lexicon.wordnet.knows(word) : this.lexicon.dictionary.knowsSwedish(word);
  }

  /** The terms of a compound's parts: a name's canonical term or a word's stem, then the head's stem. */
  private compoundTerms(word: string): string[] {
    const compound = this.lexicon.dictionary.splitCompound(word);
    if (!compound) return [];
    const modifier = isStopword(compound.modifier, 'sv') ? [] : [this.lexicon.aliases.canonicalOf(compound.modifier) ?? stem(compound.modifier, 'sv')];
    // The head inflects as a whole word does ("Sotjimötet": mötet is möte, whose stem "mot" is no stop word here).
    return isStopword(compound.head, 'sv') ? modifier : [...modifier, this.definite(stem(this.indefinite(compound.head, 'sv'), 'sv'), 'sv')];
  }

  /** Language-independent senses of a text's terms: `sköt ned` and `shot down` share theirs. */
  senses(text: string, language: Language): string[] {
    return this.terms(text, language).map((term) => this.sense(term, language));
  }

  /** The sense of one analysed term: the dictionary's name for it, or the term itself. */
  sense(term: string, language: Language): string {
    return this.lexicon.dictionary.sense(term, language);
  }

  /** Dictionary translations of already analysed terms into the other language; with their words as written, inflected forms too. */
  bridge(terms: ReadonlyArray<string | AnalysedTerm>, language: Language): string[] {
    const { dictionary } = this.lexicon;
    return terms.flatMap((item) => {
      if (typeof item === 'string') return dictionary.bridge(item, language);
      if (item.english !== undefined) return [item.term];
      // A capitalised word inside a sentence is a name, not a word to translate ("Ankara" is no anchor).
      if (writtenAsName(item.raw, item.start) && !item.name) return [];
      const found = dictionary.bridge(item.raw.toLowerCase(), language);
      return found.length > 0 ? found : dictionary.bridge(item.term, language);
    });
  }
}
