import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A Swedish moderator's report that names a road the Swedish way, its kind before its letter and number. */
const report = added('korridor', 'Korridoren vid gränsen', '2021-06-04', [
  'KORRIDOREN VID GRÄNSEN',
  '',
  'Den 4 juni 2021 enades grannländerna om en buffertzon. Zonen ska sträcka sig åtta kilometer söder om motorvägen E45.',
]);
const swedish = { ...report, meta: { ...report.meta, language: 'sv' as const } };
const ask = askingWith([swedish]);

describe('a where-question after a road', () => {
  it.each(['Längs vilken väg ska buffertzonen gå?', 'längs med vilken väg går zonen'])('%s is answered with the road named after its kind', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^motorvägen E45\b/iu);
  });
});
