import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { corpusOf, prepareDocument, type DocumentSource } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { extractDates } from '../dates/index.ts';
import { buildEvents, claimSenses, claimsOf, rememberClaims, rememberSenses, type EventCorpus } from '../events/build.ts';
import type { LanguageData } from '../language-data.ts';
import { analyseDocument, type AnalysedDocument } from '../search/analysis.ts';
import { PassageIndex } from '../search/passage-index.ts';
import { TermIndex } from '../search/term-index.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { Dictionary, DictionaryMaps } from '../text/dictionary.ts';
import { decodeAnalysis, decodeDocuments, decodeEvents, decodeIndex, decodeSenses, encodeAnalysis, encodeDocuments, encodeEvents, encodeIndex, encodeSenses, type DocumentUnit } from './codec.ts';
import { pack, type Unpacked } from './container.ts';
import { readSaved, saveAtomically } from './save.ts';
import { analysisFingerprint, sha256 } from './fingerprint.ts';

/** Where saved states go unless told otherwise: the git-ignored `var/`. */
export const DEFAULT_STATE_DIR = fileURLToPath(new URL('../../var/cache/', import.meta.url));

/** The bundled corpus made ready to query: documents, their claims, the passage index and the events. */
export interface BaseState {
  /** What the state was made from (documents, language data, analysis code): a server's saved layer is made on top of this one. */
  key: string;
  corpus: Corpus;
  index: PassageIndex;
  events: EventCorpus;
  /** Whether it was read from a saved state or built, and the documents prepared anew (the others came from the saved state). */
  origin: { from: 'saved' | 'built'; prepared: string[] };
}

/** The keys a state is saved under: one per document, one for them all. */
export interface StateKeys {
  documents: string[];
  corpus: string;
}

/**
 * A key changes with the analysis code, the language data and, per document, its metadata and
 * text; the corpus key with any of its documents and their order.
 */
export function stateKeys(sources: DocumentSource[], language: LanguageData): StateKeys {
  const analysis = sha256(analysisFingerprint() ?? '', language.hash);
  const documents = sources.map(({ meta, original }) => sha256(analysis, JSON.stringify(meta), original));
  return { documents, corpus: sha256(analysis, ...documents) };
}

/** The saved state of a data folder: one file per folder, rewritten when what it was made from changes. */
export function stateFile(stateDir: string, dataDir: string): string {
  return join(stateDir, `${sha256(resolve(dataDir)).slice(0, 16)}.state`);
}

/**
 * The state of a corpus: read from the file at `path` when it was saved from the same documents,
 * language data and code; else built, reusing the saved work on every document that did not
 * change, and saved there again (`false`: nothing is read or saved). A missing, unreadable or
 * outdated file only means more work, never an error.
 */
export async function openBaseState(sources: DocumentSource[], language: LanguageData, path: string | false): Promise<BaseState> {
  const keys = stateKeys(sources, language);
  const file = analysisFingerprint() === null ? false : path;
  const saved = file ? await readSaved(file) : undefined;
  const restored = saved && restore(saved, sources, keys, language);
  if (restored) return restored;
  const { units, analysed, prepared } = prepareUnits(sources, keys, language, saved);
  const corpus = corpusOf(units.map((u) => u.doc));
  const index = PassageIndex.build(language.analyzer, analysed);
  const events = buildEvents(corpus, { ...language, extractDates });
  if (file) await writeState(file, keys.corpus, { units, analysed, index, events, analyzer: language.analyzer, dictionary: language.dictionary });
  return { key: keys.corpus, corpus, index, events, origin: { from: 'built', prepared } };
}

/** The saved state when it was made from exactly these sources; undefined when not, or when it does not decode. */
function restore(saved: Unpacked, sources: DocumentSource[], keys: StateKeys, language: LanguageData): BaseState | undefined {
  try {
    if (saved.json<string>('key') !== keys.corpus) return undefined;
    const units = decodeDocuments(saved, originalsByKey(sources, keys));
    for (const unit of units) rememberClaims(unit.doc, unit.claims);
    const claims = units.flatMap((u) => u.claims);
    decodeSenses(saved, claims, rememberSenses);
    const corpus = corpusOf(units.map((u) => u.doc));
    const restored: BaseState = {
      key: keys.corpus,
      corpus,
      index: new PassageIndex(language.analyzer, [new TermIndex(corpus.passages, decodeIndex(saved))]),
      events: decodeEvents(saved, claims),
      origin: { from: 'saved', prepared: [] },
    };
    // The same language data and code made them: read at the first question, they save it building them.
    const dictionary = saved.u8('dictionary');
    language.dictionary.adopt(() => deserialize(dictionary) as DictionaryMaps);
    return restored;
  } catch {
    return undefined;
  }
}

function originalsByKey(sources: DocumentSource[], keys: StateKeys): (key: string) => string {
  const originals = new Map(keys.documents.map((key, i) => [key, sources[i]?.original ?? '']));
  return (key) => originals.get(key) ?? '';
}

/** Each document's unit and analysis: from the previous state when its key is unchanged, else worked out. */
function prepareUnits(sources: DocumentSource[], keys: StateKeys, language: LanguageData, previous: Unpacked | undefined) {
  const reusable = previousUnits(previous, sources, keys);
  const units: DocumentUnit[] = [];
  const analysed: AnalysedDocument[] = [];
  const prepared: string[] = [];
  sources.forEach((source, i) => {
    const key = keys.documents[i] as string;
    const kept = reusable.get(key);
    if (kept) {
      rememberClaims(kept.unit.doc, kept.unit.claims);
      units.push(kept.unit);
      analysed.push(kept.analysed);
      return;
    }
    const doc = prepareDocument(source.meta, source.original);
    units.push({ key, doc, claims: claimsOf(doc, { extractDates, eventTypes: language.eventTypes }) });
    analysed.push(analyseDocument(doc, language.analyzer));
    prepared.push(source.meta.id);
  });
  return { units, analysed, prepared };
}

/** The documents of an outdated state that are still current, by key. */
function previousUnits(previous: Unpacked | undefined, sources: DocumentSource[], keys: StateKeys): Map<string, { unit: DocumentUnit; analysed: AnalysedDocument }> {
  if (!previous) return new Map();
  try {
    const units = decodeDocuments(previous, originalsByKey(sources, keys));
    const analysed = decodeAnalysis(previous, units);
    decodeSenses(previous, units.flatMap((u) => u.claims), rememberSenses);
    const current = new Set(keys.documents);
    return new Map(units.flatMap((unit, i) => (current.has(unit.key) ? [[unit.key, { unit, analysed: analysed[i] as AnalysedDocument }]] : [])));
  } catch {
    return new Map();
  }
}

interface StateParts {
  units: DocumentUnit[];
  analysed: AnalysedDocument[];
  index: PassageIndex;
  events: EventCorpus;
  analyzer: Analyzer;
  dictionary: Dictionary;
}

async function writeState(file: string, key: string, state: StateParts): Promise<void> {
  const { units, analysed, index, events, analyzer, dictionary } = state;
  const layer = index.layers[0] as TermIndex;
  const claims = units.flatMap((u) => u.claims);
  const bytes = pack({
    key: { json: key },
    ...encodeDocuments(units),
    ...encodeAnalysis(analysed),
    ...encodeIndex(layer.data),
    ...encodeEvents(events, claims),
    ...encodeSenses(claims, (claim) => claimSenses(claim, analyzer)),
    // v8's own format: a tenth of the work of building the maps again, where JSON would cost most of it.
    dictionary: serialize(dictionary.maps()),
  });
  await saveAtomically(file, bytes);
}
