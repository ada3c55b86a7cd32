import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from './corpus/load.ts';
import { EventTypes, eventTypesFileSchema, gazetteerFileSchema, Gazetteer, ToneLexicon, toneFileSchema } from './events/lexicon.ts';
import { overlayFileSchema, type Correction } from './events/overlay.ts';
import { AliasTable, aliasFileSchema } from './text/aliases.ts';
import { Analyzer } from './text/analyzer.ts';
import { Dictionary } from './text/dictionary.ts';
import { SwedishGloss } from './text/gloss.ts';
import { z } from 'zod';
import { Neighbours } from './text/neighbours.ts';
import { declaredRowsHash, SortedTable } from './text/sorted-table.ts';
import { stem } from './text/stem.ts';
import { WordNet } from './text/wordnet.ts';
import { sha256 } from './persist/fingerprint.ts';

const lemmaFileSchema = z.object({ en: z.record(z.string(), z.string()), sv: z.record(z.string(), z.string()) });
const glossaryFileSchema = z.object({
  entries: z.array(z.object({ en: z.array(z.string().min(1)).min(1), sv: z.array(z.string().min(1)).min(1), sense: z.boolean().optional() })),
});

/** The lexical resources converted into `data/lexicon/` by the scripts in `scripts/lexicon/` (see README). */
const LEXICON_FILES = ['wordnet-en.tsv', 'freedict-swe-eng.tsv', 'freedict-eng-swe.tsv', 'hunspell-sv-stems.tsv', 'neighbours-en.tsv'] as const;

/** The language resources in `data/`, each validated on load. */
export interface LanguageData {
  analyzer: Analyzer;
  /** The analyzer's and the gloss's dictionary, whose built maps a saved state keeps. */
  dictionary: Dictionary;
  gazetteer: Gazetteer;
  tone: ToneLexicon;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  corrections: Correction[];
  /** A hash of the files all this was read from (of a converted table, the hash its header names): saved analysis made with other files is not used. */
  hash: string;
}

async function readTable(dataDir: string, name: string, texts: Map<string, string>): Promise<SortedTable> {
  const path = `lexicon/${name}`;
  const text = await readFile(join(dataDir, path), 'utf8');
  // Some ten megabytes: hashing them at every start would cost more than reading them.
  texts.set(path, declaredRowsHash(text) ?? text);
  return new SortedTable(text);
}

async function readData<T>(dataDir: string, name: string, schema: z.ZodType<T>, texts: Map<string, string>): Promise<T> {
  const text = await readFile(join(dataDir, name), 'utf8');
  texts.set(name, text);
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`relations-bot: invalid ${name} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}

export async function loadLanguageData(dataDir: string = BUNDLED_DATA_DIR): Promise<LanguageData> {
  const texts = new Map<string, string>();
  const [aliasData, glossary, lemmas, functionWords, particleVerbs, gazetteer, tone, eventTypes, overlay, ...tables] = await Promise.all([
    readData(dataDir, 'aliases.json', aliasFileSchema, texts),
    readData(dataDir, 'news-glossary.json', glossaryFileSchema, texts),
    readData(dataDir, 'lemmas.json', lemmaFileSchema, texts),
    readData(dataDir, 'swedish-function-words.json', z.object({ words: z.record(z.string(), z.string()) }), texts),
    readData(dataDir, 'swedish-particle-verbs.json', z.object({ verbs: z.record(z.string(), z.string()) }), texts),
    readData(dataDir, 'gazetteer.json', gazetteerFileSchema, texts),
    readData(dataDir, 'tone.json', toneFileSchema, texts),
    readData(dataDir, 'event-types.json', eventTypesFileSchema, texts),
    readData(dataDir, 'event-overlay.json', overlayFileSchema, texts),
    ...LEXICON_FILES.map((name) => readTable(dataDir, name, texts)),
  ]);
  const [wordnetTable, sweEng, engSwe, swedishStems, neighbourTable] = tables as [SortedTable, SortedTable, SortedTable, SortedTable, SortedTable];
  const aliases = new AliasTable(aliasData.groups);
  const verbs = new Map(Object.entries(particleVerbs.verbs));
  const irregular = { en: new Map(Object.entries(lemmas.en)), sv: new Map(Object.entries(lemmas.sv)) };
  const wordnet = new WordNet(wordnetTable, irregular.en);
  const dictionary = new Dictionary({ sweEng, engSwe, glossary: glossary.entries, swedishStems, aliasOf: (word) => aliases.canonicalOf(word), isEnglishWord: (word) => wordnet.knows(word), isEnglishLemma: (word) => wordnet.baseForms(word).includes(word) });
  const nameOf = (word: string) => {
    const canonical = aliases.canonicalOf(word);
    return canonical === undefined ? undefined : aliases.nameOf(canonical);
  };
  return {
    dictionary,
    analyzer: new Analyzer({ aliases, dictionary, wordnet, neighbours: new Neighbours(neighbourTable), irregular, particleVerbs: verbs, seats: seatsOf(gazetteer.seats, aliases) }),
    gazetteer: new Gazetteer(gazetteer),
    tone: new ToneLexicon(tone),
    eventTypes: new EventTypes(eventTypes),
    gloss: new SwedishGloss({
      dictionary,
      functionWords: new Map(Object.entries(functionWords.words)),
      irregular: irregular.sv,
      nameOf,
      adjectiveOf: (word) => aliases.adjectiveOf(word),
      particleVerbs: verbs,
    }),
    corrections: overlay.corrections,
    hash: sha256(...[...texts].sort(([a], [b]) => a.localeCompare(b)).flat()),
  };
}

/**
 * The gazetteer's seats of government by spelling, each to its state's search term: the alias table's
 * for a state it lists, else the stem of a one-word name (Minsk → belarus); a state of several words the
 * table does not list is left out, as no one term stands for it.
 */
function seatsOf(seats: ReadonlyArray<{ state: string; spellings: readonly string[] }>, aliases: AliasTable): Map<string, string> {
  const found = new Map<string, string>();
  for (const { state, spellings } of seats) {
    const term = aliases.canonicalOf(state) ?? (/^\p{L}+$/u.test(state) ? stem(state.toLowerCase(), 'en') : undefined);
    if (term !== undefined) for (const spelling of spellings) found.set(spelling.toLowerCase(), term);
  }
  return found;
}
