import { readFileSync } from 'node:fs';
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
  const cleaned = cleanText(original, { title: meta.title, language: meta.language });
  return { meta, original, clean: cleaned.text, passages: buildPassages(meta, cleaned) };
}

export function corpusOf(documents: CorpusDocument[]): Corpus {
  return { documents, passages: documents.flatMap((doc) => doc.passages) };
}

/** A document as read from `data/`, before cleaning. */
export interface DocumentSource {
  meta: DocumentMeta;
  original: string;
}

/**
 * `documents.json` and the files it lists, as they are on disk (what a saved state is checked
 * against). The files are read synchronously: for hundreds of small files that is several times
 * faster than as many parallel reads.
 */
export async function readCorpusSources(dataDir: string = BUNDLED_DATA_DIR): Promise<DocumentSource[]> {
  const metas = await readCorpusMetadata(dataDir);
  return metas.map((meta) => ({ meta, original: readFileSync(join(dataDir, meta.file), 'utf8') }));
}

/** The documents' metadata from `documents.json` alone: what listing the sources needs. */
export async function readCorpusMetadata(dataDir: string = BUNDLED_DATA_DIR): Promise<DocumentMeta[]> {
  return parseMetadata(JSON.parse(await readFile(join(dataDir, 'documents.json'), 'utf8')));
}

/** Loads the bundled corpus: `documents.json` and the files it lists. */
export async function loadCorpus(dataDir: string = BUNDLED_DATA_DIR): Promise<Corpus> {
  const sources = await readCorpusSources(dataDir);
  return corpusOf(sources.map(({ meta, original }) => prepareDocument(meta, original)));
}
