import { oneEditFrom } from './edit-distance.ts';
import type { SortedTable } from './sorted-table.ts';

/** The relations `data/lexicon/wordnet-en.tsv` keeps, in the order of its columns. */
export const WORDNET_RELATIONS = ['synonym', 'hypernym', 'hyponym', 'derivation'] as const;
export type WordNetRelation = (typeof WORDNET_RELATIONS)[number];

/** WordNet's detachment rules ("morphy"): inflectional endings and what replaces them. */
const DETACHMENTS: Array<[string, string]> = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['es', 'e'], ['es', ''], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

const ENGLISH_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * British spellings of a base form and their American ones (apologise, organisation, analyse,
 * labour, centre, defence, programme, catalogue, paediatric): a spelling is folded only when
 * WordNet lists both in one synset, so "hour" stays "hour" and "genre" stays "genre".
 */
const BRITISH_SPELLINGS: Array<[RegExp, string]> = [
  [/is(e|ation)$/u, 'iz$1'], [/yse$/u, 'yze'], [/our/u, 'or'], [/tre$/u, 'ter'], [/ence$/u, 'ense'], [/mme$/u, 'm'], [/ogue$/u, 'og'], [/([ao])e/u, 'e'],
];
/** Letters every British spelling above holds: the other words are not looked up. */
const MAYBE_BRITISH = /is|ys|our|tre|enc|mm|ogu|ae|oe/u;

/** Words and phrases whose base forms are remembered before the memory is cleared. */
const MAX_REMEMBERED = 100_000;

/**
 * English lexical relations from WordNet 3.1 (`data/lexicon/wordnet-en.tsv`): for a word in any
 * inflected form, the words its most frequent senses are related to.
 */
export class WordNet {
  constructor(
    private readonly table: SortedTable,
    /** Irregular inflections to their base form (began → begin), which detachment cannot find. */
    private readonly irregular: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** Whether WordNet knows the word (in some inflected form): a dictionary word, not a name. */
  knows(word: string): boolean {
    return this.baseForms(word.toLowerCase()).length > 0;
  }

  /**
   * The words one edit from a word WordNet does not know, in the word's own inflection: the edit is
   * made to its base form ("thretaened" → thretaen → threaten → threatened), so that an ending written
   * right keeps the look-ups to base forms; an edit across the ending is made to the word as written.
   */
  nearWords(word: string): string[] {
    const found = new Set<string>();
    for (const [ending, replacement] of [['', ''] as [string, string], ...DETACHMENTS]) {
      if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
      const base = word.slice(0, word.length - ending.length) + replacement;
      for (const variant of oneEditFrom(base, ENGLISH_LETTERS)) {
        if (variant.endsWith(replacement) && this.table.has(variant)) found.add(variant.slice(0, variant.length - replacement.length) + ending);
      }
    }
    // An edit across the ending ("penalites" → penalties) makes a word whose base form is another.
    for (const variant of oneEditFrom(word, ENGLISH_LETTERS)) if (!found.has(variant) && this.wordForms(variant).some((form) => form !== variant && this.table.has(form))) found.add(variant);
    found.delete(word);
    return [...found];
  }

  /** Base forms already looked up: a query looks each word and phrase up once per relation. */
  private readonly bases = new Map<string, readonly string[]>();

  /** The base forms WordNet lists for a word: the word itself, or what morphy's rules make of it. */
  baseForms(word: string): readonly string[] {
    let found = this.bases.get(word);
    if (!found) {
      if (this.bases.size >= MAX_REMEMBERED) this.bases.clear();
      this.bases.set(word, (found = this.lookUp(word)));
    }
    return found;
  }

  private lookUp(word: string): string[] {
    if (this.table.has(word)) return [word];
    // A phrase inflects its first word: "shot down", "gave the green light" (as "give").
    const space = word.indexOf(' ');
    if (space > 0) {
      const rest = word.slice(space);
      return this.wordForms(word.slice(0, space)).map((first) => first + rest).filter((phrase) => this.table.has(phrase));
    }
    return this.wordForms(word).filter((form) => this.table.has(form));
  }

  /** A word and the base forms its endings may stand for, known to WordNet or not. */
  private wordForms(word: string): string[] {
    const found = new Set<string>([word]);
    const irregular = this.irregular.get(word);
    if (irregular !== undefined) found.add(irregular);
    for (const [ending, replacement] of DETACHMENTS) {
      if (word.length > ending.length + 1 && word.endsWith(ending)) found.add(word.slice(0, word.length - ending.length) + replacement);
    }
    // A doubled consonant before -ed/-ing ("stopped", "planning").
    const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/u.exec(word);
    if (doubled) found.add(doubled[1] as string);
    return [...found];
  }

  /**
   * The American base form of a British spelling in any inflection ("apologised" → apologize,
   * "programmes" → program), when WordNet lists both spellings in one synset, or knows only the
   * American one: the two then stem alike.
   */
  americanForm(word: string): string | undefined {
    if (!MAYBE_BRITISH.test(word)) return undefined;
    let found = this.americans.get(word);
    if (found === undefined) {
      if (this.americans.size >= MAX_REMEMBERED) this.americans.clear();
      this.americans.set(word, (found = this.americanOf(word) ?? null));
    }
    return found ?? undefined;
  }

  /** American forms already looked up (null: none), as base forms are: every passage's words are asked at indexing. */
  private readonly americans = new Map<string, string | null>();

  private americanOf(word: string): string | undefined {
    const forms = this.wordForms(word);
    const known = forms.filter((form) => this.table.has(form));
    for (const form of known) {
      const spellings = BRITISH_SPELLINGS.filter(([pattern]) => pattern.test(form));
      if (spellings.length === 0) continue;
      const synonyms = this.related(form, ['synonym']);
      for (const [pattern, replacement] of spellings) {
        const american = form.replace(pattern, replacement);
        if (synonyms.includes(american)) return american;
      }
    }
    // WordNet lists some British spellings in no synset ("recognising"): their American form, if it knows that.
    if (known.length > 0) return undefined;
    for (const form of forms) {
      for (const [pattern, replacement] of BRITISH_SPELLINGS) {
        const american = form.replace(pattern, replacement);
        if (american !== form && this.table.has(american)) return american;
      }
    }
    return undefined;
  }

  /** The words related to `word` (a word or a phrase, lower case) by the given relations. */
  related(word: string, relations: readonly WordNetRelation[]): string[] {
    const out = new Set<string>();
    for (const base of this.baseForms(word)) {
      const fields = this.table.get(base) ?? [];
      for (const relation of relations) {
        const field = fields[WORDNET_RELATIONS.indexOf(relation)];
        if (field) for (const other of field.split('|')) out.add(other);
      }
    }
    out.delete(word);
    return [...out];
  }
}
