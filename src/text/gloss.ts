import { LEXICONS } from '../dates/lexicon.ts';
import { straightenVerbSecond } from '../events/verb-second.ts';
import type { Dictionary } from './dictionary.ts';
import { infinitivesOf, particleVerbAt, prefixedParticleVerb } from './particle-verbs.ts';
import { canBeVerb, pluralOf, verbIn } from './english-forms.ts';
import {
  BETWEEN,
  capitalisedAs,
  DETERMINERS,
  ENGLISH_MONTHS,
  INFLECTIONS,
  internationalism,
  MODALS,
  opensSentence,
  PLURAL_MAKERS,
  PLURAL_OF,
  SUPINE_ENDINGS,
  type Form,
  type Token,
} from './swedish-grammar.ts';

/**
 * A word-by-word English reading of Swedish text from the dictionary. It is rough by design and
 * always labelled as a gloss; words no dictionary knows (names, mostly) stay as written, and a
 * compound reads as its parts (turkietambassadören → Turkey ambassador). The Swedish forms say what
 * English needs: tense (dödades → killed), number (soldaterna → the soldiers), a genitive
 * (Rysslands → Russia's), a nationality (turkiska → Turkish), a particle verb (kom … överens → agreed).
 */
export interface GlossSources {
  dictionary: Dictionary;
  /** Function words and their usual English ("i" → in): the dictionaries give their rarer senses first. */
  functionWords: ReadonlyMap<string, string>;
  /** Irregular forms to their base form (sköt → skjuta). */
  irregular: ReadonlyMap<string, string>;
  /** The English name of a name the alias table knows ("turkiet" → "Turkey"), if any. */
  nameOf: (word: string) => string | undefined;
  /** The English adjective of a lower-case nationality word the alias table knows ("turkiska" → "Turkish"), if any. */
  adjectiveOf: (word: string) => string | undefined;
  /** Particle verbs by infinitive and particle ("komma överens" → "agree", "skjuta ihjäl" → "shoot+dead"). */
  particleVerbs: ReadonlyMap<string, string>;
}

const MAX_GLOSSED = 5_000;

/** Endings of a past participle or a supine of a verb in -a ("riktad", "riktade", "riktat"). */
const PARTICIPLE = /\p{L}{3}(?:ad|ade|at)$/u;

export class SwedishGloss {
  private readonly dictionary: Dictionary;
  private readonly nameOf: (word: string) => string | undefined;
  /** Texts already read in English: an answer's Swedish quote is glossed each time it is cited, and the same quotes answer many questions. */
  private readonly glossed = new Map<string, string>();

  constructor(private readonly sources: GlossSources) {
    this.dictionary = sources.dictionary;
    this.nameOf = sources.nameOf;
  }

  /** The English for one Swedish word, or undefined when neither the dictionary nor its parts give one. */
  word(word: string, opensSentence = true): string | undefined {
    const written = opensSentence ? word.toLowerCase() : word;
    const functionWord = this.sources.functionWords.get(written.toLowerCase());
    if (functionWord !== undefined) return functionWord;
    const month = LEXICONS.sv.months[written.toLowerCase()];
    if (month !== undefined) return ENGLISH_MONTHS.get(month);
    const name = this.nameOf(written.toLowerCase());
    if (name !== undefined) return name;
    // Inside a sentence a capital marks a name ("Ankara" is no inflected "anka"): a name, or a compound opening on one (Turkietambassadören), or as written.
    if (/^\p{Lu}/u.test(written)) return this.nameCompound(written.toLowerCase());
    const irregular = this.sources.irregular.get(written.toLowerCase());
    const lower = irregular ?? written;
    // A participle whose own verb the dictionary lacks shares its stem only with other words ("riktad" is not "riktig").
    const translations = PARTICIPLE.test(lower) ? this.dictionary.translateForm(lower) : this.dictionary.translateWord(lower, 'sv');
    // An irregular form is a verb's (kom → komma): its verb sense, not the noun's (comma).
    const direct = irregular !== undefined ? (translations.find((t) => canBeVerb(t.split(' ')[0] ?? '')) ?? translations[0]) : translations[0];
    if (direct !== undefined) return direct;
    // Snowball stems a form whose stem dropped its e apart from its word ("fönstret" is not "fönster" to it).
    const syncopated = this.dictionary.syncopeBase(lower);
    const unsyncopated = syncopated === undefined ? undefined : this.dictionary.translateWord(syncopated, 'sv')[0];
    if (unsyncopated !== undefined) return unsyncopated;
    const derived = this.participleOfNoun(lower) ?? this.prefixedParticleVerb(lower);
    if (derived !== undefined) return derived;
    const compound = this.dictionary.splitCompound(lower);
    if (compound) {
      // The head inflects as a word of its own does ("-ministrarna": minister).
      const head = this.dictionary.translate(compound.head, 'sv')[0] ?? this.word(compound.head);
      const modifier = this.nameOf(compound.modifier) ?? this.dictionary.modifierInCompounds(compound.modifier) ?? this.dictionary.translate(compound.modifier, 'sv')[0];
      if (head !== undefined) return modifier !== undefined ? `${modifier} ${head}` : head;
    }
    return this.inflected(lower) ?? internationalism(lower);
  }

  /**
   * A participle of a verb the dictionary lacks, read through the verb's noun in -ning, which Swedish
   * makes of every such verb and English of its own verb in -ion, -ment or -ing ("riktad": riktning →
   * direction → directed).
   */
  private participleOfNoun(word: string): string | undefined {
    const match = /^(\p{L}{3,}?)(?:ad|at)$/u.exec(word);
    if (!match) return undefined;
    for (const noun of this.dictionary.translateForm(`${match[1] as string}ning`)) {
      const verb = /^(\p{L}{3,}?)(?:ion|ment|ing)$/u.exec(noun)?.[1];
      if (verb !== undefined && canBeVerb(verb)) return verbIn(verb, 'participle');
    }
    return undefined;
  }

  /** A particle verb with its particle first: its participle ("nedskjuten" → shot down) or its noun ("nedskjutningen" → shooting down). */
  private prefixedParticleVerb(word: string): string | undefined {
    const found = prefixedParticleVerb(word, this.sources.particleVerbs);
    if (!found) return undefined;
    const [verb = found.english, particle] = found.english.split('+');
    const form = verbIn(verb, found.noun ? 'gerund' : 'participle');
    return particle === undefined ? form : `${form} ${particle}`;
  }

  /** Whether the word at `i` is an infinitive: an auxiliary's, or a form ending in a vowel (stoppa, tillkännage, stå) with a verb sense. */
  private infinitiveAt(tokens: Token[], i: number): boolean {
    const word = tokens[i]?.word ?? '';
    if (/^(?:ha|bli|vara|kunna|få)$/u.test(word)) return true;
    return /^\p{Ll}+[aåoe]$/u.test(word) && !/(?:arna|erna|orna)$/u.test(word) && !this.sources.functionWords.has(word) && this.verbSense(word) !== undefined;
  }

  /** The first of a word's translations that can be a verb. */
  private verbSense(word: string): string | undefined {
    const irregular = this.sources.irregular.get(word);
    const bases = irregular !== undefined ? [irregular] : [word, ...infinitivesOf(word, this.sources.irregular)];
    for (const base of bases) {
      const found = this.dictionary.translateWord(base, 'sv').find((t) => canBeVerb(t.split(' ')[0] ?? ''));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** A compound whose first part is a name the alias table knows (turkietambassadören → Turkey ambassador). */
  private nameCompound(word: string): string | undefined {
    const compound = this.dictionary.splitCompound(word);
    const modifier = compound && this.nameOf(compound.modifier);
    const head = compound && this.dictionary.translate(compound.head, 'sv')[0];
    return modifier && head ? `${modifier} ${head}` : undefined;
  }

  /**
   * A form the dictionary and the stemmer do not join to its headword, read through its base
   * form: a definite or plural adjective (gemensamma → gemensam), a past passive (enades → enas),
   * a past or a supine (undertecknade → underteckna).
   */
  private inflected(word: string): string | undefined {
    for (const [ending, base] of INFLECTIONS) {
      if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length) + base;
      // A short vowel's doubled consonant goes with the ending: gemensamma → gemensam.
      for (const form of [stem, stem.replace(/(\p{L})\1$/u, '$1')]) {
        const found = this.dictionary.translateWord(form, 'sv')[0];
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** A present s-passive of a verb in -a that ends its stem on a consonant ("beskrivs" of beskriva, "skrivs" of skriva). */
  private presentPassive(word: string): boolean {
    return /^\p{Ll}{3,}[^aeiouyåäös]s$/u.test(word) && !this.dictionary.isHeadword(word) && this.dictionary.isHeadword(`${word.slice(0, -1)}a`);
  }

  /** The noun sense of a definite singular: a word no headword itself, whose headword its ending drops ("mötet" of möte, "fönstret" of fönster: the meeting, the window). */
  private definiteSingular(word: string): string | undefined {
    const base = /^(\p{L}{3,}?)(?:en|et|n|t)$/u.exec(word)?.[1];
    if (base === undefined || this.dictionary.isHeadword(word)) return undefined;
    const syncopated = /(?:en|et)$/u.test(word) ? this.dictionary.syncopeBase(word) : undefined;
    const headword = [base, `${base}e`, ...(syncopated === undefined ? [] : [syncopated])].find((form) => this.dictionary.isHeadword(form));
    const senses = headword === undefined ? [] : this.dictionary.translateWord(headword, 'sv');
    return senses.find((t) => !canBeVerb(t.split(' ')[0] ?? ''));
  }

  /** Whether the noun phrase a noun ends has its article already: a determiner or a genitive before its adjectives ("den nuvarande frontlinjen"). */
  private articleBefore(tokens: Token[], i: number, text: string): boolean {
    // Back over the adjectives (in -a or -e) to the word that opens the phrase.
    for (let k = i; k > 0 && k > i - 4 && !opensSentence(text, tokens, k); k--) if (!/^\p{Ll}+[ae]$/u.test(tokens[k - 1]?.word ?? '')) return this.inNounPhrase(tokens, k, text);
    return false;
  }

  /** Whether a word is an irregular form the lemma table knows (sköt, kom): a finite verb, mostly. */
  isIrregularForm(word: string): boolean {
    return this.sources.irregular.has(word.toLowerCase());
  }

  /** The English reading of Swedish text, each sentence in English word order first ("Två dagar senare talar ledarna" → the leaders speak two days later). */
  gloss(text: string): string {
    let english = this.glossed.get(text);
    if (english === undefined) {
      if (this.glossed.size >= MAX_GLOSSED) this.glossed.clear();
      this.glossed.set(text, (english = this.glossOf(text)));
    }
    return english;
  }

  private glossOf(text: string): string {
    return text
      .split(/(?<=[.!?]["”]?)(\s+)(?=["“]?\p{Lu})/u)
      .map((part) => (/^\s*$/u.test(part) ? part : this.glossWords(straightenVerbSecond(part, { isIrregularForm: (word) => this.isIrregularForm(word) }))))
      .join('');
  }

  private glossWords(text: string): string {
    const tokens: Token[] = [...text.matchAll(/[\p{L}:]+(?:-\p{L}+)*/gu)].map((m) => ({ word: m[0], at: m.index }));
    const english = new Map<number, string | null>();
    tokens.forEach((token, i) => {
      if (english.has(i)) return;
      const particle = this.particleVerb(tokens, i, text);
      if (particle) {
        english.set(i, particle.verb);
        particle.particles.forEach((p, k) => english.set(p, k === particle.particles.length - 1 ? particle.particle : null));
        return;
      }
      english.set(i, this.wordIn(tokens, i, text) ?? token.word);
    });
    let out = '';
    let last = 0;
    tokens.forEach((token, i) => {
      const word = english.get(i);
      const between = text.slice(last, token.at);
      out += word === null ? between.replace(/\s+$/u, '') : `${between}${capitalisedAs(token.word, word ?? token.word)}`;
      last = token.at + token.word.length;
    });
    return (out + text.slice(last)).replace(/\b([Aa]) (?=[aeiouAEIOU])/gu, '$1n ');
  }

  /** A word's English in its sentence: its form read from its endings and the words before it. */
  private wordIn(tokens: Token[], i: number, text: string): string | undefined {
    const { word } = tokens[i] as Token;
    // Acronyms (IS, USA) are names, not the Swedish words they spell; so is a hyphenated name (al-Assad).
    if (word.length > 1 && word === word.toUpperCase()) return word;
    if (word.includes('-')) return /-\p{Lu}|^\p{Lu}/u.test(word) ? word : word.split('-').map((part) => this.word(part, false) ?? part).join('-');
    const opens = opensSentence(text, tokens, i);
    const lower = word.toLowerCase();
    const previous = tokens[i - 1] && !opensSentence(text, tokens, i) ? tokens[i - 1]?.word.toLowerCase() : undefined;
    const genitive = this.genitive(word, opens);
    if (genitive !== undefined) return genitive.definite && !this.inNounPhrase(tokens, i, text) ? `the ${genitive.text}` : genitive.text;
    if (opens || /^\p{Ll}/u.test(word)) {
      const adjective = this.sources.adjectiveOf(lower);
      if (adjective !== undefined) return adjective;
    }
    if (lower === 'de' && /^(?:\d|två|tre|fyra|fem|\p{Ll}+a$)/u.test(tokens[i + 1]?.word ?? '')) return 'the';
    // "i torsdags" is last Thursday, not "in Thursday".
    if (lower === 'i' && /^(?:mån|tis|ons|tors|fre|lör|sön)dags$/iu.test(tokens[i + 1]?.word ?? '')) return 'last';
    // "att" before an infinitive is "to" (att tillkännage), before a clause "that" (att Turkiet behåller).
    if (lower === 'att') return this.infinitiveAt(tokens, i + 1) ? 'to' : 'that';
    const form = this.verbForm(tokens, i, text);
    const supine = form === 'participle' ? this.supine(lower) : undefined;
    const plain = supine ?? this.word(word, opens);
    if (plain === undefined) return undefined;
    const plural = this.pluralSubject(tokens, i, text);
    if (this.sources.functionWords.has(lower)) return plural ? (PLURAL_OF[plain] ?? plain) : plain;
    if (/(?:arna|erna|orna)$/u.test(lower) && !canBeVerb(plain)) {
      const inPhrase = previous !== undefined && (DETERMINERS.has(previous) || /(?:a|s)$/u.test(previous));
      return `${inPhrase ? '' : 'the '}${pluralOf(plain)}`;
    }
    // A finite form where a verb stands takes the dictionary's verb sense (straffar → punish, not punishment).
    const verbal = form && !this.inNounPhrase(tokens, i, text) && !opens ? (supine ?? this.verbSense(lower) ?? (canBeVerb(plain.split(' ')[0] ?? '') ? plain : undefined)) : undefined;
    if (form && verbal !== undefined) {
      // A passive infinitive after a modal: "ska återupprättas" → will be restored; a passive supine: "har dödats" → has been killed.
      if (form === 'participle' && /as$/u.test(lower) && MODALS.has(previous ?? '')) return `be ${verbIn(verbal, 'participle')}`;
      if (form === 'participle' && /(?:ats|its|tts)$/u.test(lower) && /^(?:har|hade|ha)$/u.test(previous ?? '')) return `been ${verbIn(verbal, 'participle')}`;
      const passive = form === 'participle' ? this.passiveAuxiliary(tokens, i, text) : undefined;
      if (passive !== undefined) return `${passive} ${verbIn(verbal, 'participle')}`;
      if (form !== 'present') return verbIn(verbal, form);
      return plural === false ? verbIn(verbal, 'present-singular') : verbal;
    }
    const noun = /or$/u.test(lower) || !canBeVerb(plain.split(' ')[0] ?? '');
    if ((opens || /^\p{Ll}/u.test(word)) && noun && this.pluralNoun(tokens, i, text)) return pluralOf(plain);
    // A definite singular (händelsen, mötet) is "the" and its noun's sense, unless a determiner or genitive before it gives the article.
    const definite = (opens || /^\p{Ll}/u.test(word)) && !form ? this.definiteSingular(lower) : undefined;
    if (definite !== undefined && !this.articleBefore(tokens, i, text)) return `the ${definite}`;
    return plain;
  }

  /**
   * The auxiliary an s-passive that is its clause's finite verb needs in English: "soldaterna
   * dödades" → the soldiers were killed, "avtalet undertecknas" → the agreement is signed. Not after
   * "har" or a modal (a supine or an infinitive), and not a deponent, whose -s form is a verb of its
   * own the dictionary lists ("enades" of enas, agreed; "möttes" of mötas, met).
   */
  private passiveAuxiliary(tokens: Token[], i: number, text: string): string | undefined {
    const word = (tokens[i] as Token).word.toLowerCase();
    const previous = i > 0 && !opensSentence(text, tokens, i) ? (tokens[i - 1]?.word.toLowerCase() ?? '') : '';
    if (word.length < 5 || !/s$/u.test(word) || /(?:ats|its|tts)$/u.test(word) || /^(?:har|hade|ha)$/u.test(previous) || MODALS.has(previous)) return undefined;
    const irregular = this.sources.irregular.has(word.slice(0, -1));
    if (!irregular && !/(?:ades|ddes|des|tes|as)$/u.test(word) && !this.presentPassive(word)) return undefined;
    if (infinitivesOf(word, this.sources.irregular).some((infinitive) => /as$/u.test(infinitive) && this.dictionary.isHeadword(infinitive))) return undefined;
    const past = irregular ? !/r$/u.test(word.slice(0, -1)) : /(?:ades|ddes|des|tes)$/u.test(word);
    const plural = this.pluralSubject(tokens, i, text) === true;
    return past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  }

  /** A name's genitive (Rysslands → Russia's) or a definite noun's (regimens → the regime's, without its article). */
  private genitive(word: string, opens: boolean): { text: string; definite: boolean } | undefined {
    if (!/s$/u.test(word) || word.length < 5) return undefined;
    const base = word.slice(0, -1);
    if (/^\p{Lu}/u.test(word)) {
      const name = this.nameOf(base.toLowerCase());
      if (name !== undefined) return { text: `${name}'s`, definite: false };
      if (!opens) return undefined;
    }
    const lower = word.toLowerCase();
    // An indefinite plural's genitive: "sex timmars samtal" → six hours' talks.
    if (/^\p{Ll}{3,}(?:ar|er|or)s$/u.test(word)) {
      const plural = this.word(base, true);
      return plural === undefined || canBeVerb(plural) ? undefined : { text: `${pluralOf(plural)}'`, definite: false };
    }
    if (!/(?:ens|ets|arnas|ernas|ornas)$/u.test(lower)) return undefined;
    const noun = this.word(base, true) ?? this.word(lower, true);
    if (noun === undefined || canBeVerb(noun)) return undefined;
    const plural = /(?:arnas|ernas|orna)s$/u.test(lower);
    return { text: plural ? `${pluralOf(noun)}'` : `${noun}'s`, definite: true };
  }

  /** The tense a Swedish verb form asks for: past (talade), a participle (dödas, dödades, har flytt), or present (talar). */
  private verbForm(tokens: Token[], i: number, text: string): Form | undefined {
    const word = (tokens[i] as Token).word.toLowerCase();
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(tokens[k]?.word.toLowerCase() ?? '') && !opensSentence(text, tokens, k + 1)) k--;
    if (k >= 0 && k < i && !opensSentence(text, tokens, k + 1) && /^(?:har|hade|ha)$/u.test(tokens[k]?.word.toLowerCase() ?? '')) return 'participle';
    // An irregular passive is its active form and an s (sköt → sköts); "frös" is a past of its own.
    if (this.sources.irregular.has(word)) return this.sources.irregular.has(word.slice(0, -1)) || /(?:it|tt)$/u.test(word) ? 'participle' : /r$/u.test(word) ? 'present' : 'past';
    if (/(?:ades|ddes|des|tes|ats|as)$/u.test(word) || this.presentPassive(word)) return 'participle';
    if (/(?:ade|dde)$/u.test(word) || (/(?:de|te)$/u.test(word) && !/(?:ande|ende)$/u.test(word))) return 'past';
    // A short verb's present ends in a vowel and r (står, tror); a longer word in -or is a plural noun (styrkor).
    if (/(?:ar|er|ör)$/u.test(word) || (/[aeiouyåäö]r$/u.test(word) && word.length <= 4)) return 'present';
    return undefined;
  }

  /** Whether the word stands after an adjective, a determiner, a numeral or a genitive: a noun, not a verb. */
  private inNounPhrase(tokens: Token[], i: number, text: string): boolean {
    if (opensSentence(text, tokens, i)) return false;
    const previous = tokens[i - 1]?.word ?? '';
    const lower = previous.toLowerCase();
    return DETERMINERS.has(lower) || /^\d/u.test(previous) || (/^\p{Ll}+a$/u.test(previous) && !this.sources.functionWords.has(lower)) || (/s$/u.test(lower) && /^\p{Lu}/u.test(previous)) || /(?:ens|ets|arnas|ernas|ornas)$/u.test(lower);
  }

  /**
   * Whether an indefinite noun is plural: a plural ending no verb has (styrkor), after a plural maker
   * ("flera", "två", "mer än 30"), or after adjectives in -a with no article before them ("ryska och
   * turkiska soldater", "gemensamma flyganfall"; not "den syriska provinsen", "Turkiets nya president").
   */
  private pluralNoun(tokens: Token[], i: number, text: string): boolean {
    const word = (tokens[i] as Token).word.toLowerCase();
    if (/or$/u.test(word) && word.length > 4) return true;
    // A definite singular (vägen, avtalet) is no plural, nor a month (den 24 november).
    if (/(?:en|et)$/u.test(word) || LEXICONS.sv.months[word] !== undefined) return false;
    const previous = tokens[i - 1]?.word ?? '';
    if (/(?:ar|er)$/u.test(word) && !opensSentence(text, tokens, i) && this.genitive(previous, false) !== undefined) return true;
    // A number (not one) just before the noun phrase; after it only a plural ending tells a plural: "27 juni" is a day.
    const numberBefore = (k: number) => /(?:^|[^\d.,])(?:[2-9]|\d{2,})\s*$/u.test(text.slice(k > 0 ? (tokens[k - 1]?.at ?? 0) + (tokens[k - 1]?.word.length ?? 0) : 0, tokens[k]?.at ?? 0));
    if (numberBefore(i)) return /(?:ar|er|or)$/u.test(word);
    let adjectives = 0;
    for (let k = i - 1; k >= 0; k--) {
      const before = tokens[k]?.word ?? '';
      const lower = before.toLowerCase();
      if (PLURAL_MAKERS.has(lower)) return true;
      const opens = opensSentence(text, tokens, k);
      const nationality = this.sources.adjectiveOf(lower) !== undefined;
      const adjective = /^\p{Ll}+a$/u.test(opens ? lower : before) && !this.sources.functionWords.has(lower) && (nationality || (this.nameOf(lower) === undefined && !canBeVerb(this.word(lower)?.split(' ')[0] ?? '')));
      if (adjective || (lower === 'och' && adjectives > 0)) {
        adjectives += adjective ? 1 : 0;
        if (numberBefore(k)) return true;
        if (opens) return adjectives > 0;
        continue;
      }
      return adjectives > 0 && !DETERMINERS.has(lower) && !/s$/u.test(lower);
    }
    return adjectives > 0;
  }

  /**
   * Whether the sentence's subject before the word is plural (two joined by "och", a definite plural,
   * a plural maker), singular, or not there (undefined: the verb comes first, or nothing is before it).
   */
  private pluralSubject(tokens: Token[], i: number, text: string): boolean | undefined {
    let start = i;
    while (start > 0 && !opensSentence(text, tokens, start)) start--;
    const before = tokens.slice(start, i).map((t) => t.word.toLowerCase());
    if (before.length === 0) return undefined;
    const span = text.slice(tokens[start]?.at ?? 0, tokens[i]?.at ?? 0);
    return (
      before.some((w) => w === 'och' || w === 'samt' || PLURAL_MAKERS.has(w) || /(?:arna|erna|orna|or)$/u.test(w) || /^(?:vi|ni)$/u.test(w)) ||
      /(?<![\d.,])(?:[2-9]|\d{2,})(?![\d.,]*\d)/u.test(span) ||
      before.some((w, k) => /(?:ar|er)$/u.test(w) && this.pluralNoun(tokens, start + k, text))
    );
  }

  /** A particle verb ("kom i Sotji överens" → agreed in Sochi), its English in the verb's tense. */
  private particleVerb(tokens: Token[], i: number, text: string): { verb: string; particles: number[]; particle: string | null } | undefined {
    const found = particleVerbAt(text, tokens, i, this.sources);
    if (!found) return undefined;
    const [verb = found.english, particle] = found.english.split('+');
    const form = this.verbForm(tokens, i, text);
    const plural = this.pluralSubject(tokens, i, text);
    const passive = form === 'participle' ? this.passiveAuxiliary(tokens, i, text) : undefined;
    const inflected = form === 'past' || form === 'participle' ? verbIn(verb, form) : form === 'present' && plural === false ? verbIn(verb, 'present-singular') : verb;
    return { verb: passive ? `${passive} ${inflected}` : inflected, particles: found.particles, particle: particle ?? null };
  }

  /** The English of a supine through its infinitive ("flytt" is fled, not a removal), when the dictionary knows it. */
  private supine(word: string): string | undefined {
    if (this.sources.irregular.has(word)) return undefined;
    for (const [ending, base] of SUPINE_ENDINGS) {
      if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
      const found = this.dictionary.translateWord(word.slice(0, -ending.length) + base, 'sv').find((t) => canBeVerb(t.split(' ')[0] ?? ''));
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
