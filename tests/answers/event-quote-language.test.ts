import { describe, expect, it } from 'vitest';
import type { DocumentSource } from '../../src/corpus/load.ts';
import { added, askingWith } from './support/moderated-engine.ts';

const swedish = (id: string, title: string, published: string, lines: string[]): DocumentSource => {
  const source = added(id, title, published, lines);
  return { ...source, meta: { ...source.meta, language: 'sv' } };
};

describe("an event answer quotes a source in the reader's language when one tells the event", () => {
  const ask = askingWith([
    added('statement', 'Joint statement on the Black Sea', '2024-06-13', [
      'Joint statement on the Black Sea',
      '',
      '1. On 12 June 2024 the Presidents of Russia and Turkey held talks in Ankara.',
      '',
      '2. A Russian tanker had sunk off the Bosphorus on 5 June 2024.',
    ]),
    swedish('artikel', 'Putin och Erdogan enades om Svarta havet', '2024-06-14', [
      'Putin och Erdogan enades om Svarta havet',
      '',
      'Rysslands och Turkiets presidenter enades den 12 juni 2024 i Ankara om en gemensam räddningstjänst i Svarta havet.',
      '',
      'Ett ryskt tankfartyg sjönk utanför Bosporen den 5 juni 2024.',
    ]),
  ]);

  it('in Swedish for a Swedish question and in English for an English one, whichever source the event lists first', () => {
    const quotes = ['Vad hände en vecka efter att tankfartyget sjönk?', 'What happened a week after the tanker sank?'].map((q) => ask(q).citations[0]?.quote ?? '');
    expect(quotes[0]).toContain('enades');
    expect(quotes[1]).toContain('held talks');
  });
});
