import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR, readCorpusSources, type DocumentSource } from '../../src/corpus/load.ts';
import { createEngine, loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { stateFile, stateKeys } from '../../src/persist/base-state.ts';
import { tableText } from '../../src/text/sorted-table.ts';
import { seen } from './support/seen.ts';

const now = () => new Date('2026-11-21T12:00:00Z');
const made: string[] = [];
const temporary = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `relations-${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled data that a test may change. */
function dataCopy(): string {
  const dir = temporary('data');
  cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
  return dir;
}

const engineOn = (base: EngineBase) => createEngine({ base, now });

describe('the saved state of the corpus', () => {
  let built: EngineBase;
  let saved: EngineBase;
  const stateDir = temporary('state');

  beforeAll(async () => {
    built = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir });
    saved = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir });
  });

  it('is written on the first start and read on the next, which prepares no document', () => {
    expect(built.origin).toEqual({ from: 'built', prepared: built.corpus.documents.map((d) => d.meta.id) });
    expect(saved.origin).toEqual({ from: 'saved', prepared: [] });
    expect(readdirSync(stateDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives an engine that answers exactly as the one that built it', async () => {
    expect(seen(await engineOn(saved))).toEqual(seen(await engineOn(built)));
    expect(saved.corpus).toEqual(built.corpus);
    expect(saved.events.events).toEqual(built.events.events);
    expect(saved.events.claims).toEqual(built.events.claims);
  });

  it('gives a server layer on top the same answers as the built one', async () => {
    const layer = { documents: [], events: { added: [], corrections: [{ event: built.events.events[3]?.id ?? '', field: 'summary' as const, value: 'A corrected summary.', reason: 'a test of corrections' }] } };
    const fromSaved = await createEngine({ base: saved, layer, now });
    expect(seen(fromSaved)).toEqual(seen(await createEngine({ base: built, layer, now })));
    expect(fromSaved.timeline().map((e) => e.summary)).toContain('A corrected summary.');
  });
});

describe('the key a state is saved under', () => {
  let sources: DocumentSource[];
  let language: LanguageData;

  beforeAll(async () => {
    sources = await readCorpusSources();
    language = await loadLanguageData();
  });

  const changed = (i: number, change: (source: DocumentSource) => DocumentSource) => sources.map((s, k) => (k === i ? change(s) : s));

  it.each([
    ['text', (s: DocumentSource) => ({ ...s, original: `${s.original}\nOne more line.` })],
    ['title', (s: DocumentSource) => ({ ...s, meta: { ...s.meta, title: `${s.meta.title}!` } })],
    ['publication date', (s: DocumentSource) => ({ ...s, meta: { ...s.meta, published: { ...s.meta.published, value: '2001' } } })],
  ])('changes with a document’s %s, for that document only', (_what, change) => {
    const before = stateKeys(sources, language);
    const after = stateKeys(changed(1, change), language);
    expect(after.corpus).not.toBe(before.corpus);
    expect(after.documents.map((key, i) => key === before.documents[i])).toEqual(sources.map((_, i) => i !== 1));
  });

  it('is the same for the same documents and language data', () => {
    expect(stateKeys(sources, language)).toEqual(stateKeys([...sources], language));
  });

  it.each([
    'aliases.json',
    'news-glossary.json',
    'lemmas.json',
    'swedish-function-words.json',
    'swedish-particle-verbs.json',
    'gazetteer.json',
    'tone.json',
    'event-types.json',
    'event-overlay.json',
  ])(
    'changes for every document when %s changes',
    async (file) => {
      const dir = dataCopy();
      appendFileSync(join(dir, file), '\n');
      await expectEveryKeyChanged(dir);
    },
  );

  const TABLES = ['lexicon/wordnet-en.tsv', 'lexicon/freedict-swe-eng.tsv', 'lexicon/freedict-eng-swe.tsv', 'lexicon/hunspell-sv-stems.tsv'];

  it.each(TABLES)('changes for every document when %s is converted again with another row', async (file) => {
    const dir = dataCopy();
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line !== '');
    const header = lines.filter((line) => line.startsWith('#') && !line.startsWith('# sha256'));
    writeFileSync(join(dir, file), tableText(header, [...lines.filter((line) => !line.startsWith('#')), 'zzzz\t']));
    await expectEveryKeyChanged(dir);
  });

  it.each(TABLES)('changes for every document when %s, without the hash of its rows, changes', async (file) => {
    const dir = dataCopy();
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), `${text.replace(/^# sha256 .*\n/mu, '')}zzzz\t\n`);
    await expectEveryKeyChanged(dir);
  });

  async function expectEveryKeyChanged(dir: string): Promise<void> {
    const before = stateKeys(sources, language);
    const after = stateKeys(sources, await loadLanguageData(dir));
    expect(after.corpus).not.toBe(before.corpus);
    expect(after.documents.filter((key, i) => key === before.documents[i])).toEqual([]);
  }
});

describe('a changed corpus', () => {
  it('prepares again only the document that changed, and answers as a corpus prepared from scratch', async () => {
    const dataDir = dataCopy();
    const stateDir = temporary('state');
    await loadEngineBase(dataDir, { stateDir });
    const [first] = await readCorpusSources(dataDir);
    appendFileSync(join(dataDir, first?.meta.file ?? ''), '\nOn 5 June 2019, Putin and Erdogan met in Sochi and agreed on closer economic cooperation.\n');
    const changed = await loadEngineBase(dataDir, { stateDir });
    expect(changed.origin).toEqual({ from: 'built', prepared: [first?.meta.id] });
    const fresh = await loadEngineBase(dataDir, { stateDir: false });
    expect(seen(await engineOn(changed))).toEqual(seen(await engineOn(fresh)));
    expect((await engineOn(changed)).ask('When did Putin and Erdogan meet in Sochi?').date).toBe('2019-06-05');
    expect((await loadEngineBase(dataDir, { stateDir })).origin.from).toBe('saved');
  });
});

describe('a damaged state', () => {
  let reference: ReturnType<typeof seen>;
  beforeAll(async () => {
    reference = seen(await engineOn(await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false })));
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['with one byte altered', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([(bytes[bytes.length >> 1] ?? 0) ^ 0xff]), bytes.subarray((bytes.length >> 1) + 1)])],
    ['empty', () => Buffer.alloc(0)],
    ['not a state at all', () => Buffer.from('{"documents": []}')],
  ])('is built again and rewritten when it is %s, without an error', async (_what, damage) => {
    const stateDir = temporary('state');
    await loadEngineBase(BUNDLED_DATA_DIR, { stateDir });
    const file = stateFile(stateDir, BUNDLED_DATA_DIR);
    writeFileSync(file, damage(readFileSync(file)));
    const rebuilt = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir });
    expect(rebuilt.origin.from).toBe('built');
    expect(seen(await engineOn(rebuilt))).toEqual(reference);
    expect((await loadEngineBase(BUNDLED_DATA_DIR, { stateDir })).origin.from).toBe('saved');
  });

  it('does not stop the engine when the state cannot be written', async () => {
    const notADirectory = join(temporary('state'), 'a-file');
    writeFileSync(notADirectory, 'in the way');
    const base = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: notADirectory });
    expect(base.origin.from).toBe('built');
    expect(seen(await engineOn(base))).toEqual(reference);
  });
});
