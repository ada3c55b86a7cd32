import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, prepareDocument } from '../../src/corpus/load.ts';
import { extractDates } from '../../src/dates/index.ts';
import { buildEvents } from '../../src/events/build.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const summaries = (text: string) => {
  const doc = prepareDocument(
    { id: 'wire', file: 'wire.txt', title: 'Wire', publisher: null, language: 'en', published: { value: '2020-01-08', granularity: 'day', inferred: false }, quality: [] },
    text,
  );
  return buildEvents(corpusOf([doc]), { ...language, corrections: [], extractDates }).events.map((e) => `${e.date} ${e.summary}`);
};

describe('a summary names who did what', () => {
  it('carries the subject its sentence named for a "he" that opens the dated clause', () => {
    expect(summaries('Vladimir Putin flew in from Damascus, where he had met Syrian President Bashar al-Assad on 7 January 2020.')).toContainEqual(
      '2020-01-07 Vladimir Putin had met Syrian President Bashar al-Assad on 7 January 2020.',
    );
  });
});
