/**
 * Damaged day-only dates from machine translation: "In 29, Putin ordered …" right after
 * "On June 27, 2016" meant 29 June 2016. Only a sentence-opening "In/On <1–31>," is read
 * this way; the resolver takes month and year from the narrative (never guessing a year)
 * and marks the result uncertain and garbled.
 */
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, pattern } from '../../patterns.ts';
import { sentenceStart } from '../../sentences.ts';

export const enGarbledDayParser = regexParser(
  'en-garbled-day',
  pattern(`${LEFT}(?<date>(?:In|On)\\s+(?<day>\\d{1,2})),`),
  (m, { text }) => {
    const day = Number(m.groups?.day);
    if (day < 1 || day > 31 || sentenceStart(text, m.index) !== m.index) return null;
    return { ...spanOf(m), relation: { kind: 'day-only', day }, garbled: true };
  },
);
