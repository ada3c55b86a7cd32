import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Engine } from '../../src/engine.ts';
import { openKnowledge } from '../../src/knowledge/open.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { EVAL_DIR } from './cases.ts';

const ownDocumentsSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      publisher: z.string(),
      published: z.string(),
      language: z.enum(['en', 'sv']),
      style: z.string(),
    }),
  ),
});

/** A document as the evaluation knows it: the id the engine gave it, its file and its text. */
export interface EvalDocument {
  id: string;
  /** The file name cases name it by: `000_….txt` for a bundled seed, `s400-chronology.txt` for an own one. */
  file: string;
  published: string;
  text: string;
  own: boolean;
}

/** The bundled engine and a test server to which a moderator has added the project's own documents. */
export interface EvalSetup {
  bundled: Engine;
  server: Engine;
  documents: EvalDocument[];
  /** The document a case names (a seed prefix, an own file name, or an id). */
  document(ref: string): EvalDocument | undefined;
  close(): Promise<void>;
}

const SERVER = '900000000000000042';
const MODERATOR = { guildId: SERVER, who: 'eval' };
/** Questions are read against a fixed day, so "last year" means the same run after run. */
const NOW = () => new Date('2026-01-15T12:00:00.000Z');

/**
 * Opens a knowledge store on a temporary SQLite file and adds `data/eval/documents.json`'s documents
 * to one server with the operation `docs add` uses, as a moderator would.
 */
export async function openEvalSetup(): Promise<EvalSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'relations-bot-eval-'));
  const knowledge = await openKnowledge({ databasePath: join(dir, 'eval.sqlite'), now: NOW });
  try {
    const { documents: listed } = ownDocumentsSchema.parse(JSON.parse(readFileSync(join(EVAL_DIR, 'documents.json'), 'utf8')));
    const documents: EvalDocument[] = knowledge.bundled.corpus.documents.map((d) => ({
      id: d.meta.id,
      file: basename(d.meta.file),
      published: d.meta.published.value,
      text: d.original,
      own: false,
    }));
    for (const item of listed) {
      const bytes = readFileSync(join(EVAL_DIR, item.file));
      const upload = { name: basename(item.file), bytes };
      const report = await addDocument(knowledge.moderation, MODERATOR, { upload, title: item.title, publisher: item.publisher, published: item.published, language: item.language });
      documents.push({ id: report.document.id, file: upload.name, published: item.published, text: bytes.toString('utf8'), own: true });
    }
    const server = await knowledge.engines.engineFor(SERVER);
    const document = (ref: string) => documents.find((d) => d.id === ref || d.file === ref || (/^\d{3}$/u.test(ref) && d.file.startsWith(`${ref}_`)));
    const close = async () => {
      await knowledge.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { bundled: knowledge.bundled, server, documents, document, close };
  } catch (error) {
    await knowledge.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
