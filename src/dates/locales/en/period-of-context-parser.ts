/**
 * "the end of the year", "the end of year", "year-end", "year's end", "the start of the month": a part
 * of whichever year or month the text is talking about.
 */
import type { Qualifier } from '../../types.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

const QUALIFIERS: Record<string, Qualifier> = { end: 'end', close: 'end', start: 'start', beginning: 'start', middle: 'mid' };

export const enPeriodOfContextParser = regexParser(
  'en-period-of-context',
  pattern(`${LEFT}(?<date>(?:the\\s+)?(?<part>end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+)?(?<unit>year|month)|(?<unit2>year)(?:-|\\s+|['’]s\\s+)end)${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    const unit = (g.unit ?? g.unit2 ?? '').toLowerCase() === 'month' ? 'month' : 'year';
    const qualifier = g.part ? QUALIFIERS[g.part.toLowerCase()] : 'end';
    return { ...spanOf(m), relation: { kind: 'current-period', unit }, ...(qualifier ? { qualifier } : {}) };
  },
);

export const enYearTurnParser = regexParser('en-year-turn', pattern(`${LEFT}(?<date>the\\s+turn\\s+of\\s+the\\s+year)${RIGHT}`), (m) => ({
  ...spanOf(m),
  relation: { kind: 'year-turn' },
  qualifier: 'end',
}));
