/**
 * English weekdays: "on Friday", "said Monday", "last Tuesday", "next Friday". Only full,
 * capitalised names: chrono's abbreviations make "Sat" and "Sun" into dates. Plurals
 * ("on Fridays") recur and are not dates.
 */
import type { Direction } from '../../draft.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, alternation, isUpperCase, pattern } from '../../patterns.ts';

const { weekdays } = LEXICONS.en;
const DIRECTIONS: Record<string, Direction> = { last: 'last', past: 'last', this: 'this', next: 'next', coming: 'next' };

export const enWeekdayParser = regexParser(
  'en-weekday',
  pattern(`${LEFT}(?<date>(?:(?<which>last|past|this|next|coming)\\s+)?(?<day>${alternation(Object.keys(weekdays))}))(?![\\p{L}\\p{N}])`),
  (m) => {
    const day = m.groups?.day ?? '';
    const weekday = weekdays[day.toLowerCase()];
    if (weekday === undefined || !isUpperCase(day[0])) return null;
    const which = m.groups?.which?.toLowerCase();
    const direction = which ? DIRECTIONS[which] : 'bare';
    if (!direction) return null;
    return { ...spanOf(m), relation: { kind: 'weekday', weekday, direction } };
  },
);
