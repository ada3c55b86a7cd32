/** "slutet av året", "i början av månaden": a part of whichever year or month the text is talking about. */
import type { Qualifier } from '../../types.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

const QUALIFIERS: Record<string, Qualifier> = { slutet: 'end', början: 'start', inledningen: 'start', mitten: 'mid' };

export const svPeriodOfContextParser = regexParser(
  'sv-period-of-context',
  pattern(`${LEFT}(?<date>(?<part>slutet|början|inledningen|mitten)\\s+av\\s+(?<unit>året|månaden))${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    const qualifier = QUALIFIERS[(g.part ?? '').toLowerCase()];
    const unit = (g.unit ?? '').toLowerCase() === 'månaden' ? 'month' : 'year';
    return { ...spanOf(m), relation: { kind: 'current-period', unit }, ...(qualifier ? { qualifier } : {}) };
  },
);

export const svYearTurnParser = regexParser('sv-year-turn', pattern(`${LEFT}(?<date>årsskiftet)${RIGHT}`), (m) => ({
  ...spanOf(m),
  relation: { kind: 'year-turn' },
  qualifier: 'end',
}));
