import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { parseMetadata } from '../../src/corpus/metadata.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { foldLetters } from '../../src/text/fold.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

describe('the bundled corpus', () => {
  it('has the five documents with validated metadata, one of them Swedish', () => {
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.documents.filter((d) => d.meta.language === 'sv')).toHaveLength(1);
    for (const doc of corpus.documents) expect(doc.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every passage a unique, readable id', () => {
    const ids = corpus.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of corpus.passages) expect(p.id).toBe(`${p.documentId}/p${p.paragraph}s${p.sentence}`);
  });

  it('points every passage at the original text it came from', () => {
    for (const doc of corpus.documents) {
      for (const p of doc.passages) {
        expect(foldLetters(doc.original.slice(p.start, p.end))).toBe(foldLetters(p.text));
        expect(doc.clean.slice(p.cleanStart, p.cleanEnd)).toBe(p.text);
      }
    }
  });

  it.each([
    ['web addresses and e-mails of page headers', /www\.|@\w/u],
    ['scraping markup', /schema:|\||acm-jmy|^date \d/u],
    ['another script', /[\u0600-\u06FF]/u],
    ['banner codes', /\bAA-AA\b/u],
    ['a word broken across lines', /[\p{L}\p{N}][-\u2014]\s+[\p{L}\p{N}]/u],
    ['a page number glued to text', /\s\d\s*$/u],
  ])('has no passage holding %s', (_what, pattern) => {
    const offending = corpus.passages.filter((p) => pattern.test(p.text)).map((p) => `${p.id}: ${p.text}`);
    expect(offending).toEqual([]);
  });

  it('keeps the photo caption, marked as a caption', () => {
    const captions = corpus.passages.filter((p) => p.kind === 'caption');
    expect(captions.map((p) => p.text)).toEqual([expect.stringMatching(/^Turkish and Russian troops patrol on the M4 highway.*\(AP Photo\)$/u)]);
  });

  it('rejoins the words the PDF extraction broke', () => {
    const text = corpus.passages.map((p) => p.text).join('\n');
    expect(text).toContain('a second batch of S-400 air defence systems');
    expect(text).toContain('Su-57 fifth-generation jet fighter');
  });
});

describe('document metadata', () => {
  const valid = {
    id: 'a-doc',
    file: 'documents/a.txt',
    title: 'A',
    publisher: null,
    language: 'en',
    published: { value: '2019-07', granularity: 'month', inferred: true, evidence: 'latest event' },
    quality: [],
  };

  it('accepts a valid entry', () => {
    expect(parseMetadata({ documents: [valid] })[0]?.id).toBe('a-doc');
  });

  it.each([
    ['a slug that is not readable', { ...valid, id: 'A Doc' }, 'relations-bot: invalid document metadata at documents.0.id'],
    ['a date finer than its granularity', { ...valid, published: { ...valid.published, value: '2019-07-01' } }, 'relations-bot: invalid document metadata at documents.0.published: published.value does not match published.granularity'],
    ['an inferred date without evidence', { ...valid, published: { value: '2019', granularity: 'year', inferred: true } }, 'relations-bot: invalid document metadata at documents.0.published.evidence: an inferred publication date needs its evidence'],
    ['an unknown language', { ...valid, language: 'de' }, 'relations-bot: invalid document metadata at documents.0.language'],
  ])('refuses %s', (_what, entry, message) => {
    expect(() => parseMetadata({ documents: [entry] })).toThrow(message);
  });

  it('refuses a duplicate id', () => {
    expect(() => parseMetadata({ documents: [valid, valid] })).toThrow('relations-bot: duplicate document id "a-doc" in metadata');
  });
});
