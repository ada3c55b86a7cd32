import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../corpus/load.ts';
import { AliasTable, aliasFileSchema } from '../text/aliases.ts';
import { Analyzer } from '../text/analyzer.ts';
import { Glossary, glossaryFileSchema } from '../text/glossary.ts';

/** The analyzer configured by the alias table and glossary in `data/`. */
export async function loadAnalyzer(dataDir: string = BUNDLED_DATA_DIR): Promise<Analyzer> {
  const read = async (name: string) => JSON.parse(await readFile(join(dataDir, name), 'utf8')) as unknown;
  const aliases = aliasFileSchema.parse(await read('aliases.json'));
  const glossary = glossaryFileSchema.parse(await read('glossary.json'));
  return new Analyzer(new AliasTable(aliases.groups), new Glossary(glossary.entries));
}
