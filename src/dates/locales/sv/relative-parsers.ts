/**
 * Swedish periods counted from the publication date: "förra året", "i fjol", "i år",
 * "nästa år", "förrförra året", "förra månaden", "tidigare i månaden", "i veckan", "i går",
 * "för två och ett halvt år sedan", "om tio dagar", and the nearest
 * season: "i somras" (last summer), "i våras", "förra vintern", "i sommar" ("i vår" is
 * left out: it is "in our" as often as "this spring").
 */
import type { Direction, RelativeUnit } from '../../draft.ts';
import type { Season } from '../../calendar.ts';
import { countedUnit, countedUnitSource } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { numbers, units } = LEXICONS.sv;

const PERIODS: Record<string, [RelativeUnit, number]> = {
  'förra året': ['year', -1],
  'i fjol': ['year', -1],
  ifjol: ['year', -1],
  'i år': ['year', 0],
  'detta år': ['year', 0],
  'det här året': ['year', 0],
  'innevarande år': ['year', 0],
  'nästa år': ['year', 1],
  'förrförra året': ['year', -2],
  'i förrförra året': ['year', -2],
  'i förrfjol': ['year', -2],
  'tidigare i år': ['year', 0],
  'senare i år': ['year', 0],
  'förrförra månaden': ['month', -2],
  'tidigare i månaden': ['month', 0],
  'senare i månaden': ['month', 0],
  'förra månaden': ['month', -1],
  'denna månad': ['month', 0],
  'den här månaden': ['month', 0],
  'nästa månad': ['month', 1],
  'förrförra veckan': ['week', -2],
  'tidigare i veckan': ['week', 0],
  'senare i veckan': ['week', 0],
  'förra veckans': ['week', -1],
  'denna veckas': ['week', 0],
  'nästa veckas': ['week', 1],
  'förra veckan': ['week', -1],
  'i förra veckan': ['week', -1],
  'i veckan': ['week', 0],
  'denna vecka': ['week', 0],
  'den här veckan': ['week', 0],
  'nästa vecka': ['week', 1],
  'förra kvartalet': ['quarter', -1],
  'i går': ['day', -1],
  igår: ['day', -1],
  'i förrgår': ['day', -2],
  'i dag': ['day', 0],
  idag: ['day', 0],
  'i morgon': ['day', 1],
  imorgon: ['day', 1],
};

export const svRelativePeriodParser = regexParser(
  'sv-relative-period',
  // "i år 2016" would be a year, not "this year".
  pattern(`${LEFT}(?<date>${alternation(Object.keys(PERIODS))})${RIGHT}(?!\\s+\\d)`),
  (m) => {
    const entry = PERIODS[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (!entry) return null;
    return { ...spanOf(m), relation: { kind: 'deictic', unit: entry[0], offset: entry[1] } };
  },
);

const SEASON_ADVERBS: Record<string, [Season, Direction]> = {
  'i våras': ['SP', 'last'],
  'i somras': ['SU', 'last'],
  'i höstas': ['FA', 'last'],
  'i vintras': ['WI', 'last'],
  'i sommar': ['SU', 'this'],
  'i höst': ['FA', 'this'],
  'i vinter': ['WI', 'this'],
  'förra våren': ['SP', 'last'],
  'förra sommaren': ['SU', 'last'],
  'förra hösten': ['FA', 'last'],
  'förra vintern': ['WI', 'last'],
  'nästa vår': ['SP', 'next'],
  'nästa sommar': ['SU', 'next'],
  'nästa höst': ['FA', 'next'],
  'nästa vinter': ['WI', 'next'],
};

export const svRecurringSeasonParser = regexParser(
  'sv-recurring-season',
  pattern(`${LEFT}(?<date>${alternation(Object.keys(SEASON_ADVERBS))})${RIGHT}`),
  (m) => {
    const entry = SEASON_ADVERBS[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (!entry) return null;
    return { ...spanOf(m), relation: { kind: 'recurring', period: { kind: 'season', season: entry[0] }, direction: entry[1] } };
  },
);

const COUNTED = countedUnitSource('sv', numbers);

export const svAgoParser = regexParser(
  'sv-ago',
  pattern(`${LEFT}(?<date>för\\s+${COUNTED}\\s+sedan)${RIGHT}`),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    return counted ? { ...spanOf(m), relation: { kind: 'deictic', unit: counted.unit, offset: -counted.count } } : null;
  },
);

/** "om tio dagar", "om två veckor": "om" before a count of time only ever looks ahead. */
export const svAheadParser = regexParser('sv-ahead', pattern(`${LEFT}(?<date>om\\s+${COUNTED})${RIGHT}`), (m) => {
  const counted = countedUnit(m.groups, numbers, units);
  return counted ? { ...spanOf(m), relation: { kind: 'deictic', unit: counted.unit, offset: counted.count } } : null;
});
