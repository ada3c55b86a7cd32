import { prepareDocument, type DocumentSource } from '../corpus/load.ts';
import type { CorpusDocument, DocumentMeta } from '../corpus/types.ts';
import { sha256 } from '../persist/fingerprint.ts';
import type { LayerSource } from '../persist/layer-state.ts';
import type { EngineLayer } from '../engine.ts';
import type { GuildData, StoredDocument } from '../store/types.ts';
import { granularityOf } from '../events/added.ts';

/** A server's document as the corpus knows its metadata. */
export function documentMeta(doc: StoredDocument): DocumentMeta {
  return {
    id: doc.id,
    file: doc.fileName,
    title: doc.title,
    publisher: doc.publisher,
    language: doc.language,
    published: { value: doc.published, granularity: granularityOf(doc.published) as DocumentMeta['published']['granularity'], inferred: false },
    quality: [],
  };
}

export function hasLayer(data: GuildData): boolean {
  return data.documents.length + data.addedEvents.length + data.eventChanges.length + data.quizCurations.length > 0;
}

/** Server documents cleaned and cut, by content: a server's engine is rebuilt after every change, and most of its documents did not change. */
const prepared = new Map<string, CorpusDocument>();
const MAX_PREPARED = 1_000;

function preparedDocument({ meta, original }: DocumentSource): CorpusDocument {
  const key = sha256(JSON.stringify(meta), original);
  const found = prepared.get(key) ?? prepareDocument(meta, original);
  // Most recently used last; the least recently used goes first.
  prepared.delete(key);
  prepared.set(key, found);
  for (const oldest of prepared.keys()) {
    if (prepared.size <= MAX_PREPARED) break;
    prepared.delete(oldest);
  }
  return found;
}

/** What a server adds to the bundled knowledge, as stored: its documents and its event changes. */
export function layerSource(data: GuildData): LayerSource {
  return {
    documents: data.documents.map((doc) => ({ meta: documentMeta(doc), original: doc.text })),
    events: {
      added: data.addedEvents.map(({ passageId, quote, date, summary, tone }) => ({ passageId, quote, date, summary, tone })),
      corrections: data.eventChanges.map(({ event, field, value, changedBy, changedAt }) => ({
        event,
        field,
        value,
        reason: `changed by ${changedBy} at ${changedAt}`,
      })),
    },
    quiz: data.quizCurations,
  };
}

/** A server's layer with its documents cleaned and cut like the bundled ones. */
export function preparedLayer(source: LayerSource): EngineLayer {
  return { documents: source.documents.map(preparedDocument), events: source.events, ...(source.quiz && { quiz: source.quiz }) };
}
