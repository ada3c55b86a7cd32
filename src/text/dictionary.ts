import type { Language } from '../corpus/types.ts';
import { oneEditFrom } from './edit-distance.ts';
import type { SortedTable } from './sorted-table.ts';
import { isStopword, stem } from './stem.ts';
import { tokenize } from './tokenize.ts';

/** Translations of one word: the words of the other language, best first. */
type Translations = string[];

export interface DictionarySources {
  /** FreeDict swe-eng and eng-swe: headword → translations, first sense first. */
  sweEng: SortedTable;
  engSwe: SortedTable;
  /** The news glossary: groups of words of one sense in both languages, its English name first. */
  glossary: Array<{ en: string[]; sv: string[]; sense?: boolean | undefined }>;
  /** Stems of known Swedish words (hunspell), which compounds are split into. */
  swedishStems: SortedTable;
  /** Whether a word is a name the alias table knows, with its canonical term ("turkiet" → turkey). */
  aliasOf: (word: string) => string | undefined;
  /** Whether a word is an English one (WordNet's): a Swedish loan FreeDict lacks is one ("charter"). */
  isEnglishWord?: (word: string) => boolean;
  /** Whether a word is an English headword of WordNet's as written (a base form: "sign", not the plural "lans"). */
  isEnglishLemma?: (word: string) => boolean;
}

/** What a dictionary builds from its sources, and a saved state keeps so that the next start need not build it again. */
export interface DictionaryMaps {
  byStem: Record<Language, Map<string, Translations>>;
  byWord: Map<string, Translations>;
  senses: Record<Language, Map<string, string>>;
  mates: Record<Language, Map<string, Set<string>>>;
}

/** How a Swedish compound splits: its first part (a word or a name) and its head (the inflected last part). */
export interface Compound {
  modifier: string;
  head: string;
}

const SWEDISH_LETTERS = 'abcdefghijklmnopqrstuvwxyzåäöé';
const MIN_PART = 3;
const MAX_BRIDGE = 4;
const MIN_HEAD = 4;
/** Words whose bridge is remembered before the memory is cleared. */
const MAX_REMEMBERED = 100_000;
/** Endings that open on a vowel, before which a stem in -el, -en or -er drops its e (center → centret, fönster → fönstren). */
const SYNCOPE_ENDINGS = ['arnas', 'ernas', 'arna', 'erna', 'ets', 'ens', 'et', 'en', 'ar', 'er'];
/** The words an -el, -en or -er stem may be whose e dropped before an ending (a consonant before the l, n or r, and not the same one: "kontrollen" and "mannen" lose no e). */
function syncopeBases(word: string): string[] {
  return SYNCOPE_ENDINGS.flatMap((ending) => {
    const stemmed = word.endsWith(ending) ? word.slice(0, -ending.length) : '';
    if (stemmed.length < MIN_PART || !/[^aeiouyåäö][lnr]$/u.test(stemmed) || stemmed.at(-1) === stemmed.at(-2)) return [];
    return [`${stemmed.slice(0, -1)}e${stemmed.slice(-1)}`];
  });
}

/**
 * A stem with its final m or n single again: a short vowel's m or n doubles before an ending that
 * opens on a vowel (programmet of program, mannen of man, gemensamma of gemensam).
 */
export function undoubled(stemmed: string): string | undefined {
  return /(?:mm|nn)$/u.test(stemmed) ? stemmed.slice(0, -1) : undefined;
}

/** Swedish inflectional endings, longest first: definite, plural, past and passive forms. */
const SWEDISH_ENDINGS = ['ornas', 'arnas', 'ernas', 'arna', 'erna', 'orna', 'ades', 'ande', 'ende', 'ade', 'ats', 'are', 'en', 'et', 'na', 'er', 'ar', 'or', 'at', 'ad', 'de', 'te', 's', 'n', 't', 'e', 'a'];
/** Shortest word split although the spelling dictionary lists it (it lists many compounds, which FreeDict does not translate). */
const MIN_KNOWN_COMPOUND = 10;
/** Shortest word read as a loan by its spelling: a shorter one is too often a word of its own in both languages. */
const MIN_COGNATE = 5;
/** Endings of Swedish loans and the English endings they stand for, the word itself ('') last. */
const COGNATE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ering', ['ation', 'ing']],
  ['era', ['', 'e', 'ate']],
  ['er', ['', 'e', 'ate']],
  ['itet', ['ity']],
  ['', ['', 'e']],
];
/** Shortest loan taken as the first part of a known compound FreeDict does not translate (charter, design): shorter ones are too often a word's own opening. */
const MIN_LOAN_MODIFIER = 5;

/**
 * A Swedish–English dictionary for search and glosses, from FreeDict (both directions) and the
 * news glossary, keyed by the analysed stems search works with. Words no dictionary lists are
 * reached through their compound parts (turkietambassadören → turkiet + ambassadör).
 */
export class Dictionary {
  private byStem: Record<Language, Map<string, Translations>> = { en: new Map(), sv: new Map() };
  /** Swedish headwords as written: a word's own entry goes before another word that stems alike ("lever" is not "leverans"). */
  private byWord = new Map<string, Translations>();
  private senses: Record<Language, Map<string, string>> = { en: new Map(), sv: new Map() };
  private readonly compounds = new Map<string, Compound | null>();
  /** Each word's bridge, worked out once: every passage and question asks for the same words again. */
  private readonly bridges: Record<Language, Map<string, string[]>> = { en: new Map(), sv: new Map() };
  /** Per language, the stems of the other words of each stem's glossary entries ("soldier" → troop, armi). */
  private mates: Record<Language, Map<string, Set<string>>> = { en: new Map(), sv: new Map() };

  #built = false;
  /** The maps a saved state kept, read instead of building them. */
  #saved: (() => DictionaryMaps) | undefined;

  constructor(private readonly sources: DictionarySources) {}

  /** The maps, built, for a saved state to keep (`adopt` takes them back). */
  maps(): DictionaryMaps {
    this.build();
    return { byStem: this.byStem, byWord: this.byWord, senses: this.senses, mates: this.mates };
  }

  /**
   * The maps a dictionary of the same sources built, as a saved state kept them: read at the first
   * look-up instead of building them (a tenth of the work). Nothing changes once the maps are there.
   */
  adopt(saved: () => DictionaryMaps): void {
    if (!this.#built) this.#saved = saved;
  }

  /** The maps are made at the first look-up: an engine started from its saved state needs them only when asked. */
  private build(): void {
    if (this.#built) return;
    this.#built = true;
    const saved = this.#saved;
    this.#saved = undefined;
    if (saved && this.restored(saved)) return;
    const { sources } = this;
    // The glossary first: its words are the field's, chosen for news; FreeDict's come after them.
    for (const { en, sv, sense: named = true } of sources.glossary) {
      const sense = named ? (contentStems(en[0] ?? '', 'en')[0] ?? '') : undefined;
      this.linkMates('en', en);
      this.linkMates('sv', sv);
      for (const word of en) this.link('en', word, sv, sense);
      for (const word of sv) {
        this.link('sv', word, en, sense);
        this.addWord(word, en);
      }
    }
    // FreeDict's files carry their stems (made by the script that converts them): loading is reading.
    // A phrase links as a whole or not at all: "tack ska du ha" (thank you) says nothing of "ska".
    for (const [headword, [translations = '', stems = '']] of sources.sweEng.entries()) {
      if (!stems.includes(' ')) this.linkStems('sv', [stems], translations.split('|'));
      this.addWord(headword, translations.split('|'));
    }
    for (const [headword, [translations = '', stems = '', translationStems = '']] of sources.engSwe.entries()) {
      if (!stems.includes(' ')) this.linkStems('en', [stems], translations.split('|'));
      for (const keys of translationStems.split('|')) if (!keys.includes(' ')) this.linkStems('sv', [keys], [headword]);
    }
  }

  /** Whether the saved maps could be read (a state written by another Node.js version may not be): else they are built. */
  private restored(saved: () => DictionaryMaps): boolean {
    try {
      ({ byStem: this.byStem, byWord: this.byWord, senses: this.senses, mates: this.mates } = saved());
      return true;
    } catch {
      return false;
    }
  }

  private linkMates(language: Language, words: string[]): void {
    const stems = words.map((word) => contentStems(word, language));
    stems.forEach((own, i) => {
      for (const key of own) {
        const set = this.mates[language].get(key) ?? new Set<string>();
        stems.forEach((other, j) => {
          if (j !== i) for (const mate of other) if (mate !== key) set.add(mate);
        });
        this.mates[language].set(key, set);
      }
    });
  }

  /** The stems of the words the news glossary gives the same sense as a stem, in its own language. */
  sameSense(stemmed: string, language: Language): string[] {
    this.build();
    return [...(this.mates[language].get(stemmed) ?? [])];
  }

  private addWord(word: string, translations: string[]): void {
    const list = this.byWord.get(word) ?? [];
    for (const t of translations) if (!list.includes(t)) list.push(t);
    this.byWord.set(word, list);
  }

  private link(language: Language, word: string, translations: string[], sense?: string): void {
    this.linkStems(language, contentStems(word, language), translations, sense);
  }

  private linkStems(language: Language, keys: string[], translations: string[], sense?: string): void {
    for (const key of keys) {
      if (key === '') continue;
      const list = this.byStem[language].get(key) ?? [];
      for (const t of translations) if (!list.includes(t)) list.push(t);
      this.byStem[language].set(key, list);
      if (sense !== undefined && !this.senses[language].has(key)) this.senses[language].set(key, sense);
    }
  }

  /** The other language's words for a word of `language` (any inflected form), best first, if the dictionary lists it. */
  translateWord(word: string, language: Language): string[] {
    this.build();
    return this.wordsOf(word, language) ?? [];
  }

  /**
   * The English of a Swedish word only as its own headword or an inflected form of one ("riktad" is
   * not "riktig", though they stem alike): a reading that must not guess.
   */
  translateForm(word: string): string[] {
    this.build();
    return this.wordsOf(word, 'sv', false) ?? [];
  }

  /** Whether a Swedish word is a headword of its own (the deponent "mötas", not only a form of "möta"). */
  isHeadword(word: string): boolean {
    this.build();
    return this.byWord.has(word);
  }

  /**
   * What a first part of a compound is in English as the dictionary writes its compounds: what is
   * left of a compound's English once its head's English is taken off the end (flyghamn → airport,
   * hamn → port; flygfält → airfield: "flyg" is "air", not the verb "fly"), the most frequent such rest.
   */
  modifierInCompounds(modifier: string): string | undefined {
    this.build();
    this.#modifiers ??= this.compoundModifiers();
    return this.#modifiers.get(modifier);
  }

  #modifiers: Map<string, string> | undefined;

  private compoundModifiers(): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const [headword, translations] of this.byWord) {
      for (let cut = MIN_PART; cut <= headword.length - MIN_PART; cut++) {
        const heads = this.byWord.get(headword.slice(cut));
        if (!heads) continue;
        const modifier = headword.slice(0, cut).replace(/s$/u, (linking) => (this.byWord.has(headword.slice(0, cut)) ? linking : ''));
        for (const english of translations.slice(0, 3)) {
          for (const head of heads.slice(0, 3)) {
            const lower = english.toLowerCase();
            if (head.length < MIN_PART || lower.length <= head.length || !lower.endsWith(head.toLowerCase())) continue;
            const rest = lower.slice(0, -head.length).replace(/[\s-]+$/u, '');
            if (!/^\p{L}{2,}$/u.test(rest)) continue;
            const tally = counts.get(modifier) ?? new Map<string, number>();
            tally.set(rest, (tally.get(rest) ?? 0) + 1);
            counts.set(modifier, tally);
          }
        }
      }
    }
    const best = new Map<string, string>();
    for (const [modifier, tally] of counts) {
      const [rest] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
      if (rest !== undefined) best.set(modifier, rest);
    }
    return best;
  }

  /** The other language's words for a word of `language` (any inflected form), best first; a compound's head's when the whole is unknown. */
  translate(word: string, language: Language): string[] {
    this.build();
    const found = this.wordsOf(word, language);
    if (found) return found;
    if (language !== 'sv') return [];
    const compound = this.splitCompound(word);
    return compound ? (this.byStem.sv.get(stem(compound.head, 'sv')) ?? []) : this.cognates(word);
  }

  /**
   * The English a Swedish word FreeDict lacks is the loan of, by the regular spelling of loans from
   * English, French and Latin: a verb in -era (signera, evakuera), a noun in -ering (ratificering ↔
   * ratification), in -itet (-ity), or one written as in English (sabotage); k for c, a doubled final
   * consonant single (kontroll ↔ control). Only a Swedish word the spelling dictionary knows, and only
   * an English one WordNet knows: news borrows its words of politics and war so (attackera, sanktionera).
   */
  private cognates(word: string): string[] {
    const lower = word.toLowerCase();
    const isEnglish = this.sources.isEnglishLemma;
    if (!isEnglish || lower.length < MIN_COGNATE || !/^\p{Ll}+$/u.test(lower) || this.sources.aliasOf(lower) !== undefined) return [];
    const bases = [lower, lower.replace(/(?:et|en)$/u, '')];
    for (const ending of SWEDISH_ENDINGS) if (lower.endsWith(ending) && lower.length - ending.length >= MIN_COGNATE) bases.push(lower.slice(0, -ending.length));
    if (!bases.some((base) => this.knowsSwedish(base))) return [];
    // The first ending that reads as a loan: "signerar" is the verb "sign", not the noun "signer".
    for (const [swedish, english] of COGNATE_ENDINGS) {
      const found = new Set<string>();
      for (const base of bases) {
        if (!base.endsWith(swedish) || base.length - swedish.length < MIN_COGNATE - 1) continue;
        const root = base.slice(0, base.length - swedish.length);
        for (const spelt of [root, root.replace(/k/gu, 'c')]) {
          for (const form of [spelt, spelt.replace(/(\p{L})\1$/u, '$1')]) {
            for (const tail of english) if (isEnglish(form + tail)) found.add(form + tail);
          }
        }
      }
      if (found.size > 0) return [...found];
    }
    return [];
  }

  /**
   * The dictionary's words for a word. A Swedish word in lower case: its own headword, else the
   * headword it is an inflected form of (without an ending: "leveranserna" → leverans), else (unless
   * told not to guess) any headword of its stem. A capitalised word only by its stem: "Ankara" is not "anka" (duck) inflected.
   */
  private wordsOf(word: string, language: Language, byStem = true): Translations | undefined {
    const listed = language === 'sv' && word === word.toLowerCase() ? this.listedForm(word) : undefined;
    return listed ?? (byStem ? this.byStem[language].get(stem(word, language)) : undefined);
  }

  /** A lower-case Swedish word's headword's translations: its own, else those of the headword it inflects. */
  private listedForm(lower: string): Translations | undefined {
    const own = this.byWord.get(lower);
    if (own) return own;
    for (const ending of SWEDISH_ENDINGS) {
      if (lower.length - ending.length < MIN_PART || !lower.endsWith(ending)) continue;
      const base = lower.slice(0, lower.length - ending.length);
      const found = this.byWord.get(base) ?? this.byWord.get(`${base}a`) ?? this.byWord.get(`${base}e`) ?? (/^[aeoi]/u.test(ending) ? this.undoubledEntry(base) : undefined);
      if (found) return found;
    }
    return undefined;
  }

  /** The entry of a base whose m or n doubled before its ending, but no function word's: "sinnet" (the mind) is no "sin" (its). */
  private undoubledEntry(base: string): Translations | undefined {
    const single = undoubled(base);
    return single === undefined || isStopword(single, 'sv') ? undefined : this.byWord.get(single);
  }

  /** The other language's stems for a word (its analysed stem, or the word as written): the cross-lingual bridge of the index. */
  bridge(word: string, language: Language): readonly string[] {
    this.build();
    const cache = this.bridges[language];
    let found = cache.get(word);
    if (found === undefined) {
      const other: Language = language === 'en' ? 'sv' : 'en';
      const words = this.byStem[language].get(word) ?? this.wordsOf(word, language) ?? (language === 'sv' ? this.cognates(word) : []);
      found = [...new Set(words.slice(0, MAX_BRIDGE).flatMap((w) => contentStems(w, other)))];
      if (cache.size >= MAX_REMEMBERED) cache.clear();
      cache.set(word, found);
    }
    return found;
  }

  /** One name for a stem's sense in either language: the glossary's, else the first English translation's. */
  sense(stemmed: string, language: Language): string {
    this.build();
    const named = this.senses[language].get(stemmed);
    if (named !== undefined) return named;
    if (language === 'en') return stemmed;
    const english = this.byStem.sv.get(stemmed)?.[0];
    return (english !== undefined && contentStems(english, 'en')[0]) || stemmed;
  }

  /**
   * The Swedish word forms one edit from a word ("brjade" → började, "längge" → länge): headwords,
   * or headwords with an inflectional ending. Stems would take too much for a word: "län" is the stem
   * of "länige".
   */
  nearSwedishWords(word: string): string[] {
    this.build();
    const found = new Set(oneEditFrom(word, SWEDISH_LETTERS).filter((variant) => this.listedForm(variant) !== undefined));
    found.delete(word);
    return [...found];
  }

  /** Whether a Swedish word is one the dictionaries know (in some form). */
  knowsSwedish(word: string): boolean {
    this.build();
    const stemmed = stem(word, 'sv');
    return this.byStem.sv.has(stemmed) || this.sources.swedishStems.has(stemmed);
  }

  /**
   * A Swedish compound the dictionary does not translate, split into a known first part (a word,
   * with or without a linking s, or a name) and a known head of at least four letters. A head the
   * dictionary translates goes first, then the longest, as Swedish heads come last. A word the
   * spelling dictionary knows is split only into parts both dictionaries know: "bekräftade" is not
   * "bekr" + "äftade"; and not after a particle it opens on: "upprättade" is not "upp" + "rättade".
   */
  splitCompound(word: string): Compound | undefined {
    this.build();
    const lower = word.toLowerCase();
    if (lower.length < 2 * MIN_PART + 1 || !/^\p{Ll}+$/u.test(lower)) return undefined;
    const cached = this.compounds.get(lower);
    if (cached !== undefined) return cached ?? undefined;
    const stemmed = stem(lower, 'sv');
    // A short word the spelling dictionary knows is no compound ("timmars" is not "tim" + "mars").
    // A definite neuter of a known word is a known word too ("halvåret" is "halvår" + -et, not "hal" + "våret").
    const spelled = this.sources.swedishStems.has(stemmed) || this.isDefiniteOfKnown(lower);
    const candidates: Array<Compound & { translated: boolean }> = [];
    /** A known word's split whose first part only the spelling dictionary knows, for when no other is found. */
    let untranslatedModifier: Compound | undefined;
    if (this.wordsOf(lower, 'sv') === undefined && (lower.length >= MIN_KNOWN_COMPOUND || !spelled)) {
      for (let cut = MIN_PART; cut <= lower.length - MIN_HEAD; cut++) {
        const modifier = lower.slice(0, cut);
        const head = lower.slice(cut);
        // A head in its definite neuter form ("-avtalet") counts when the whole is no word of its own: a known word is split only at a head as written.
        if (!(this.isKnownPart(head) || (!spelled && (this.isDefiniteOfKnown(head) || this.translatesHead(head)))) || !this.isModifier(modifier)) continue;
        const translated = this.translatesHead(head);
        // A known word that opens on a particle is a word of its own, no compound: "upprätta" (establish) is not "upp" + "rätta" (correct).
        if (spelled && isStopword(modifier, 'sv')) continue;
        if (spelled && !(translated && (this.wordsOf(modifier, 'sv') !== undefined || this.sources.aliasOf(modifier) !== undefined))) {
          // A loan from English that FreeDict lacks but the spelling dictionary knows ("charter" of charterflyg, charterresa),
          // before a head it translates: the shortest such first part, leaving the head whole ("charter" + "resorna", not "charterres" + "orna").
          if (translated && !untranslatedModifier && this.isLoan(modifier)) untranslatedModifier = { modifier, head };
          continue;
        }
        candidates.push({ modifier: modifier.replace(/s$/u, (s) => (this.isKnownPart(modifier) ? s : '')), head, translated });
      }
    }
    const best = candidates.find((c) => c.translated) ?? candidates[0] ?? untranslatedModifier;
    const found = best ? { modifier: best.modifier, head: best.head } : null;
    this.compounds.set(lower, found);
    return found ?? undefined;
  }

  /**
   * The word a form inflects whose stem has dropped its e before the ending, as a stem in -el, -en or -er does
   * before a vowel: "centret" of center, "exemplet" of exempel, "fönstren" of fönster. Only for a form no
   * dictionary knows itself.
   */
  syncopeBase(word: string): string | undefined {
    return this.knowsSwedish(word) ? undefined : syncopeBases(word).find((base) => this.knowsSwedish(base));
  }

  /** Whether the dictionary translates a compound's head, as written or as the form of an -el, -en or -er stem ("-ministrarna" of minister). */
  private translatesHead(head: string): boolean {
    return this.wordsOf(head, 'sv') !== undefined || syncopeBases(head).some((base) => this.wordsOf(base, 'sv') !== undefined);
  }

  /** A word written alike in English (WordNet's) that the Swedish spelling dictionary knows too, and no short opening of a word. */
  private isLoan(part: string): boolean {
    return part.length >= MIN_LOAN_MODIFIER && this.knowsSwedish(part) && (this.sources.isEnglishWord?.(part) ?? false);
  }

  private isKnownPart(part: string): boolean {
    return part.length >= MIN_PART && this.knowsSwedish(part);
  }

  /** A definite neuter whose -et (-t after e) Snowball leaves on, of a known word: avtalet → avtal, mötet → möte. */
  private isDefiniteOfKnown(word: string): boolean {
    const bare = word.slice(0, -2);
    return word.length > MIN_HEAD && word.endsWith('et') && (this.isKnownPart(bare) || this.isKnownPart(word.slice(0, -1)) || this.isKnownPart(undoubled(bare) ?? ''));
  }

  private isModifier(part: string): boolean {
    if (this.isKnownPart(part) || this.sources.aliasOf(part) !== undefined) return true;
    // A linking s (säkerhet-s-korridor) or a dropped final e (drönar(e)-attack).
    if (part.endsWith('s') && (this.isKnownPart(part.slice(0, -1)) || this.sources.aliasOf(part.slice(0, -1)) !== undefined)) return true;
    // A first part that is a compound itself, before its linking s: "treparts|mötet" of "tre|part".
    if (part.endsWith('s') && this.splitCompound(part.slice(0, -1)) !== undefined) return true;
    return this.isKnownPart(`${part}e`);
  }
}

/** The stems of a word or phrase's content words (all its words when it has only function words). */
export function contentStems(phrase: string, language: Language): string[] {
  const tokens = tokenize(phrase);
  const content = tokens.filter((t) => !isStopword(t.raw, language));
  return (content.length > 0 ? content : tokens).map((t) => stem(t.raw, language));
}
