import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanText } from './clean.ts';
import { parseMetadata } from './metadata.ts';
import { buildPassages } from './passages.ts';
import type { Corpus, CorpusDocument, DocumentMeta } from './types.ts';

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Cleans one document and cuts it into passages: the same path for bundled and added documents. */
export function prepareDocument(meta: DocumentMeta, original: string): CorpusDocument {
  const cleaned = cleanText(original, { title: meta.title });
  return { meta, original, clean: cleaned.text, passages: buildPassages(meta, cleaned) };
}

export function corpusOf(documents: CorpusDocument[]): Corpus {
  return { documents, passages: documents.flatMap((doc) => doc.passages) };
}

/** Loads the bundled corpus: `documents.json` and the files it lists. */
export async function loadCorpus(dataDir: string = BUNDLED_DATA_DIR): Promise<Corpus> {
  const metas = parseMetadata(JSON.parse(await readFile(join(dataDir, 'documents.json'), 'utf8')));
  const documents = await Promise.all(
    metas.map(async (meta) => prepareDocument(meta, await readFile(join(dataDir, meta.file), 'utf8'))),
  );
  return corpusOf(documents);
}
