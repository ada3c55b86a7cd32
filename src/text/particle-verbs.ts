import { CLAUSE_BREAKS, VERB_ENDINGS } from './swedish-grammar.ts';

/** A Swedish particle verb in a text: its English ("X+Y": X in the verb's place, Y in the particle's) and the words its particle is. */
export interface ParticleVerb {
  english: string;
  /** Indices of the particle's words. */
  particles: number[];
}

/** Particle verbs by infinitive and particle ("komma överens" → "agree"), and irregular forms to their base form (kom → komma). */
export interface ParticleVerbSources {
  particleVerbs: ReadonlyMap<string, string>;
  irregular: ReadonlyMap<string, string>;
}

/**
 * Words after the verb within which its particle may stand ("kom i Sotji överens"): a question puts its subject, with
 * its adjectives and a place, between them ("När lades den gemensamma ryska militärbasen i Syrien ned?").
 */
const REACH = 7;

/** A word of a text and where it starts. */
export interface PlacedWord {
  word: string;
  at: number;
}

/**
 * The particle verb whose verb is the word at `i` of a text's words: its infinitive and a particle up to
 * six words after it, within its clause (no punctuation or clause word between them), are one verb of the table.
 */
export function particleVerbAt(text: string, words: readonly PlacedWord[], i: number, sources: ParticleVerbSources): ParticleVerb | undefined {
  const verbs = verbsOf(sources.particleVerbs);
  const verb = words[i] as PlacedWord;
  const infinitives = infinitivesOf(verb.word.toLowerCase(), sources.irregular).filter((v) => verbs.has(v));
  if (infinitives.length === 0) return undefined;
  for (let end = Math.min(words.length - 1, i + REACH); end > i; end--) {
    if (/[,.;:!?]/u.test(text.slice(verb.at, (words[end] as PlacedWord).at))) continue;
    const after = words.slice(i + 1, end + 1).map((w) => w.word.toLowerCase());
    if (after.some((w) => CLAUSE_BREAKS.has(w))) continue;
    for (let first = end; first > i; first--) {
      const particle = after.slice(first - i - 1).join(' ');
      for (const infinitive of infinitives) {
        const english = sources.particleVerbs.get(`${infinitive} ${particle}`);
        if (english !== undefined) return { english, particles: Array.from({ length: end - first + 1 }, (_, k) => first + k) };
      }
    }
  }
  return undefined;
}

/** The verbs of a table, worked out once per table: most words of a text are none of them. */
const tableVerbs = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();
function verbsOf(table: ReadonlyMap<string, string>): ReadonlySet<string> {
  let verbs = tableVerbs.get(table);
  if (!verbs) tableVerbs.set(table, (verbs = new Set([...table.keys()].map((key) => key.split(' ')[0] as string))));
  return verbs;
}

/** The infinitives a verb form may be of: the lemma table's, else by its ending. */
export function infinitivesOf(word: string, irregular: ReadonlyMap<string, string>): string[] {
  const base = irregular.get(word);
  if (base !== undefined) return [base];
  return VERB_ENDINGS.filter(([ending]) => word.endsWith(ending) && word.length - ending.length >= 2).flatMap(([ending, bases]) => bases.map((b) => word.slice(0, -ending.length) + b));
}

/**
 * A Swedish word that puts a particle verb's particle before its verb: a participle ("nedskjuten" of
 * skjuta ner) or a noun of the doing ("nedskjutningen", "upptrappning", "överenskommelsen").
 */
export interface PrefixedParticleVerb {
  /** The particle verb's English, as the table gives it ("shoot+down"). */
  english: string;
  /** Whether the word is the verb's noun, not its participle. */
  noun: boolean;
}

/** Endings after a particle verb's stem and whether they make its noun (-ning, -ande, -else) or its participle (-en, -et, -na). */
const PREFIXED_ENDINGS: ReadonlyMap<string, boolean> = new Map([
  ...['ning', 'ningen', 'ningar', 'ningarna', 'ningens', 'ande', 'andet', 'else', 'elsen', 'elser', 'elserna'].map((e): [string, boolean] => [e, true]),
  ...['en', 'et', 'na', 'ne'].map((e): [string, boolean] => [e, false]),
]);

/** The shortest verb stem read after a particle: a one-syllable verb's stem (ta, gå) changes in its derivations. */
const MIN_PREFIXED_STEM = 3;

/** Particle and verb stem ("nedskjut") to the particle verb's English, worked out once per table. */
const tablePrefixes = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();
function prefixesOf(table: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let prefixes = tablePrefixes.get(table);
  if (!prefixes) {
    const made = new Map<string, string>();
    for (const [key, english] of table) {
      const [infinitive = '', particle, ...more] = key.split(' ');
      if (particle === undefined || more.length > 0 || !infinitive.endsWith('a') || infinitive.length - 1 < MIN_PREFIXED_STEM) continue;
      made.set(`${particle}${infinitive.slice(0, -1)}`, english);
    }
    tablePrefixes.set(table, (prefixes = made));
  }
  return prefixes;
}

/** The particle verb a word is made of, its particle first, with one of the endings of its noun or participle. */
export function prefixedParticleVerb(word: string, particleVerbs: ReadonlyMap<string, string>): PrefixedParticleVerb | undefined {
  const prefixes = prefixesOf(particleVerbs);
  for (const [ending, noun] of PREFIXED_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const english = prefixes.get(word.slice(0, -ending.length));
    if (english !== undefined) return { english, noun };
  }
  return undefined;
}
