/**
 * English periods counted from the publication date: "last year", "this week", "next
 * month", "the last week", "this fiscal year", "yesterday", "today", "two years ago", and the
 * nearest named month or season: "last July", "this summer"; also "two and a half years ago",
 * "in ten days" and "the year before last".
 * "the past five years" is a duration and is deliberately not matched.
 */
import type { Direction, YearlyPeriod } from '../../draft.ts';
import { countedUnit, countedUnitSource } from '../../common/counts.ts';
import { hasFutureCue } from '../../tense.ts';
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

const COUNTED = countedUnitSource('en', numbers);

export const enAgoParser = regexParser(
  'en-ago',
  pattern(`${LEFT}(?<date>${COUNTED}\\s+ago)${RIGHT}`),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    return counted ? { ...spanOf(m), relation: { kind: 'deictic', unit: counted.unit, offset: -counted.count } } : null;
  },
);

/**
 * "in ten days", "in two weeks' time", "three months from now". "in two years" is as often a
 * span ("doubled in two years"), so without "time" or "from now" a future cue must precede it.
 */
export const enAheadParser = regexParser(
  'en-ahead',
  pattern(`${LEFT}(?<date>(?<in>in\\s+)?${COUNTED}(?<time>['’]?s?\\s+time|\\s+from\\s+now)?)${RIGHT}`),
  (m, context) => {
    const g = m.groups ?? {};
    if (!g.in && !/from/i.test(g.time ?? '')) return null;
    if (!g.time && !hasFutureCue(context.text, m.index, 'en')) return null;
    const counted = countedUnit(g, numbers, units);
    return counted ? { ...spanOf(m), relation: { kind: 'deictic', unit: counted.unit, offset: counted.count } } : null;
  },
);

/** "the year before last", "the week before last": two periods back. */
export const enBeforeLastParser = regexParser(
  'en-before-last',
  pattern(`${LEFT}(?<date>the\\s+(?<unit>year|month|week)\\s+before\\s+last)${RIGHT}`),
  (m) => {
    const unit = units[(m.groups?.unit ?? '').toLowerCase()];
    return unit ? { ...spanOf(m), relation: { kind: 'deictic', unit, offset: -2 } } : null;
  },
);
