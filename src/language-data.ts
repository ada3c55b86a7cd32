import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from './corpus/load.ts';
import { EventTypes, eventTypesFileSchema, gazetteerFileSchema, Gazetteer, ToneLexicon, toneFileSchema } from './events/lexicon.ts';
import { overlayFileSchema, type Correction } from './events/overlay.ts';
import { AliasTable, aliasFileSchema } from './text/aliases.ts';
import { Analyzer } from './text/analyzer.ts';
import { glossFileSchema, SwedishGloss } from './text/gloss.ts';
import { z } from 'zod';
import { Glossary, glossaryFileSchema } from './text/glossary.ts';
import { sha256 } from './persist/fingerprint.ts';

const lemmaFileSchema = z.object({ en: z.record(z.string(), z.string()), sv: z.record(z.string(), z.string()) });

/** The language resources in `data/`, each validated on load. */
export interface LanguageData {
  analyzer: Analyzer;
  gazetteer: Gazetteer;
  tone: ToneLexicon;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  corrections: Correction[];
  /** A hash of the files all this was read from: saved analysis made with other files is not used. */
  hash: string;
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
  const [aliases, glossary, lemmas, gazetteer, tone, eventTypes, gloss, overlay] = await Promise.all([
    readData(dataDir, 'aliases.json', aliasFileSchema, texts),
    readData(dataDir, 'glossary.json', glossaryFileSchema, texts),
    readData(dataDir, 'lemmas.json', lemmaFileSchema, texts),
    readData(dataDir, 'gazetteer.json', gazetteerFileSchema, texts),
    readData(dataDir, 'tone.json', toneFileSchema, texts),
    readData(dataDir, 'event-types.json', eventTypesFileSchema, texts),
    readData(dataDir, 'gloss-sv-en.json', glossFileSchema, texts),
    readData(dataDir, 'event-overlay.json', overlayFileSchema, texts),
  ]);
  return {
    analyzer: new Analyzer(new AliasTable(aliases.groups), new Glossary(glossary.entries), {
      en: new Map(Object.entries(lemmas.en)),
      sv: new Map(Object.entries(lemmas.sv)),
    }),
    gazetteer: new Gazetteer(gazetteer),
    tone: new ToneLexicon(tone),
    eventTypes: new EventTypes(eventTypes),
    gloss: new SwedishGloss(gloss.words),
    corrections: overlay.corrections,
    hash: sha256(...[...texts].sort(([a], [b]) => a.localeCompare(b)).flat()),
  };
}

