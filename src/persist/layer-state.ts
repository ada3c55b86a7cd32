import { join } from 'node:path';
import { corpusOf, type DocumentSource } from '../corpus/load.ts';
import { extractDates } from '../dates/index.ts';
import type { EngineBase, EngineKnowledge } from '../engine.ts';
import { claimsOf, rememberClaims, type EventLayer } from '../events/build.ts';
import type { Claim } from '../events/claims.ts';
import type { QuizCuration } from '../quiz/curation.ts';
import { TermIndex } from '../search/term-index.ts';
import { decodeDocuments, decodeEvents, decodeIndex, encodeDocuments, encodeEvents, encodeIndex, type DocumentUnit } from './codec.ts';
import { pack, Unpacked } from './container.ts';
import { sha256 } from './fingerprint.ts';

/**
 * A server's layer made ready (its documents cleaned, cut and dated, their index layer, and the
 * events of the bundled corpus and the server's documents merged, with the server's changes),
 * as bytes: what a build in a worker thread sends back, and what is saved per server so that a
 * restart reads it instead of building it again.
 */

/** What a server's layer is made from: its documents as stored and its moderators' event changes. */
export interface LayerSource {
  documents: DocumentSource[];
  events: EventLayer;
  /** The moderators' decisions on quiz questions: applied to the engine, not part of what is built (changing them builds nothing). */
  quiz?: readonly QuizCuration[];
}

/** The key of a server's layer: the bundled state it sits on (which covers the analysis code and language data) and the layer's sources. */
export function layerKey(base: Pick<EngineBase, 'key'>, source: LayerSource): string {
  return sha256(base.key, ...source.documents.map(documentKey), JSON.stringify(source.events));
}

/** Where a server's layer is saved: one file per server, replaced when its layer changes (the key inside tells whether it still fits). */
export function layerFile(stateDir: string, guildId: string): string {
  return join(stateDir, 'layers', `${/^\d{1,20}$/u.test(guildId) ? guildId : sha256(guildId).slice(0, 32)}.state`);
}

const documentKey = ({ meta, original }: DocumentSource) => sha256(JSON.stringify(meta), original);

/** A claim that no document's analysis made (a moderator's event), with its passages by id. */
type LooseClaimRecord = Omit<Claim, 'passage' | 'sequel'> & { passage: string; sequel: string[] };

export function encodeLayer(key: string, base: EngineBase, source: LayerSource, knowledge: EngineKnowledge): Uint8Array {
  const resources = { extractDates, eventTypes: base.language.eventTypes };
  const documents = knowledge.corpus.documents.slice(base.corpus.documents.length);
  const units: DocumentUnit[] = documents.map((doc, i) => ({ key: documentKey(source.documents[i] as DocumentSource), doc, claims: claimsOf(doc, resources) }));
  const extracted = knowledge.corpus.documents.flatMap((doc) => claimsOf(doc, resources));
  const loose = looseClaims(new Set(extracted), knowledge);
  const layer = knowledge.index.layers.at(-1) as TermIndex;
  return pack({
    key: { json: key },
    ...encodeDocuments(units),
    ...encodeIndex(layer.data),
    'claims.loose': { json: loose.map(looseRecord) },
    ...encodeEvents(knowledge.events, [...extracted, ...loose]),
    skipped: { json: knowledge.events.skipped },
  });
}

/**
 * The claims of events that no document made, in the order the events were built with: the shown
 * ones as the event corpus lists them, then those of hidden events.
 */
function looseClaims(extracted: Set<Claim>, { events }: EngineKnowledge): Claim[] {
  const loose = new Set<Claim>();
  for (const claim of [...events.claims, ...events.groups.flatMap((group) => group.claims)]) if (!extracted.has(claim)) loose.add(claim);
  return [...loose];
}

function looseRecord({ passage, sequel, ...rest }: Claim): LooseClaimRecord {
  return { ...rest, passage: passage.id, sequel: sequel.map((p) => p.id) };
}

/**
 * A server's layer from its bytes, on this base: undefined when they were made from other
 * sources or another base, or do not decode (then it is built again).
 */
export function decodeLayer(bytes: Uint8Array, key: string, base: EngineBase, source: LayerSource): EngineKnowledge | undefined {
  try {
    const file = new Unpacked(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (file.json<string>('key') !== key) return undefined;
    const originals = new Map(source.documents.map((doc) => [documentKey(doc), doc.original]));
    const units = decodeDocuments(file, (unitKey) => originals.get(unitKey) ?? '');
    for (const unit of units) rememberClaims(unit.doc, unit.claims);
    const corpus = corpusOf([...base.corpus.documents, ...units.map((unit) => unit.doc)]);
    const passages = new Map(corpus.passages.map((p) => [p.id, p]));
    const passage = (id: string) => {
      const found = passages.get(id);
      if (!found) throw new Error(`relations-bot: saved layer names an unknown passage ${id}`);
      return found;
    };
    const loose = file.json<LooseClaimRecord[]>('claims.loose').map(({ passage: id, sequel, ...rest }): Claim => ({ ...rest, passage: passage(id), sequel: sequel.map(passage) }));
    const resources = { extractDates, eventTypes: base.language.eventTypes };
    const claims = [...base.corpus.documents.flatMap((doc) => claimsOf(doc, resources)), ...units.flatMap((unit) => unit.claims), ...loose];
    const layerPassages = units.flatMap((unit) => unit.doc.passages);
    const index = base.index.withLayer(new TermIndex(layerPassages, decodeIndex(file)));
    const events = { ...decodeEvents(file, claims), skipped: file.json<string[]>('skipped') };
    return { corpus, index, events };
  } catch {
    return undefined;
  }
}
