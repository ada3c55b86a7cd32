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

const lemmaFileSchema = z.object({ en: z.record(z.string(), z.string()), sv: z.record(z.string(), z.string()) });

/** The language resources in `data/`, each validated on load. */
export interface LanguageData {
  analyzer: Analyzer;
  gazetteer: Gazetteer;
  tone: ToneLexicon;
  eventTypes: EventTypes;
  gloss: SwedishGloss;
  corrections: Correction[];
}

async function readData<T>(dataDir: string, name: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(join(dataDir, name), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`relations-bot: invalid ${name} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}

export async function loadLanguageData(dataDir: string = BUNDLED_DATA_DIR): Promise<LanguageData> {
  const [aliases, glossary, lemmas, gazetteer, tone, eventTypes, gloss, overlay] = await Promise.all([
    readData(dataDir, 'aliases.json', aliasFileSchema),
    readData(dataDir, 'glossary.json', glossaryFileSchema),
    readData(dataDir, 'lemmas.json', lemmaFileSchema),
    readData(dataDir, 'gazetteer.json', gazetteerFileSchema),
    readData(dataDir, 'tone.json', toneFileSchema),
    readData(dataDir, 'event-types.json', eventTypesFileSchema),
    readData(dataDir, 'gloss-sv-en.json', glossFileSchema),
    readData(dataDir, 'event-overlay.json', overlayFileSchema),
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
  };
}

