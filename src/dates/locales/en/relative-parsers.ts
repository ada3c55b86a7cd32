/**
 * English periods counted from the publication date: "last year", "this week", "next
 * month", "the last week", "this fiscal year", "yesterday", "today", "two years ago", and the
 * nearest named month or season: "last July", "this summer".
 * "the past five years" is a duration and is deliberately not matched.
 */
import type { Direction, YearlyPeriod } from '../../draft.ts';
import { countOf } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, isUpperCase, pattern } from '../../patterns.ts';

const { months, seasons, numbers, units } = LEXICONS.en;

const OFFSETS: Record<string, number> = { last: -1, 'the last': -1, this: 0, 'the current': 0, next: 1, 'the coming': 1 };

export const enRelativePeriodParser = regexParser(
  'en-relative-period',
  pattern(
    `${LEFT}(?<date>(?:(?:earlier|later)\\s+)?(?<which>the\\s+last|the\\s+current|the\\s+coming|last|this|next)\\s+(?:fiscal\\s+)?(?<unit>year|month|week|quarter))${RIGHT}(?!\\s+of\\b)`,
  ),
  (m) => {
    const which = (m.groups?.which ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = units[(m.groups?.unit ?? '').toLowerCase()];
    const offset = OFFSETS[which];
    if (unit === undefined || offset === undefined) return null;
    return { ...spanOf(m), relation: { kind: 'deictic', unit, offset } };
  },
);

const DIRECTIONS: Record<string, Direction> = { last: 'last', 'this past': 'last', this: 'this', next: 'next', 'this coming': 'next' };

export const enRecurringPeriodParser = regexParser(
  'en-recurring-period',
  pattern(`${LEFT}(?<date>(?<which>this\\s+past|this\\s+coming|last|this|next)\\s+(?<name>${alternation([...Object.keys(months), ...Object.keys(seasons)])}))${RIGHT}`),
  (m) => {
    const which = (m.groups?.which ?? '').toLowerCase().replace(/\s+/g, ' ');
    const name = m.groups?.name ?? '';
    const direction = DIRECTIONS[which];
    const month = months[name.toLowerCase()];
    const season = seasons[name.toLowerCase()];
    if (!direction) return null;
    let period: YearlyPeriod;
    if (month !== undefined) {
      if (!isUpperCase(name[0])) return null;
      period = { kind: 'month', month };
    } else if (season !== undefined) period = { kind: 'season', season };
    else return null;
    return { ...spanOf(m), relation: { kind: 'recurring', period, direction } };
  },
);

export const enNeighbourDayParser = regexParser(
  'en-neighbour-day',
  pattern(`${LEFT}(?<date>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow)${RIGHT}(?!-)`),
  (m) => {
    const words = m[0].toLowerCase();
    const offset = words.startsWith('the day before') ? -2 : words.startsWith('the day after') ? 2 : words === 'yesterday' ? -1 : words === 'today' ? 0 : 1;
    return { ...spanOf(m), relation: { kind: 'deictic', unit: 'day', offset } };
  },
);

export const enAgoParser = regexParser(
  'en-ago',
  pattern(`${LEFT}(?<date>(?<count>\\d{1,3}|${alternation(Object.keys(numbers))})\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago)${RIGHT}`),
  (m) => {
    const count = countOf(m.groups?.count, numbers);
    const unit = units[(m.groups?.unit ?? '').toLowerCase()];
    if (count === undefined || unit === undefined) return null;
    return { ...spanOf(m), relation: { kind: 'deictic', unit, offset: -count } };
  },
);
