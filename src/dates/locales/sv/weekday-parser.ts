/**
 * Swedish weekdays: "i måndags" (last Monday), "på fredag", "fredagen", "nästa tisdag".
 * Only full names: chrono's Swedish abbreviations ("fr", "to", "on") are ordinary words.
 */
import type { Direction } from '../../draft.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { weekdays } = LEXICONS.sv;

export const svWeekdayParser = regexParser(
  'sv-weekday',
  pattern(`${LEFT}(?<date>(?:(?<which>i|förra|nästa|kommande)\\s+)?(?<day>${alternation(Object.keys(weekdays))})(?<suffix>s|en|ens)?)${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    const weekday = weekdays[(g.day ?? '').toLowerCase()];
    if (weekday === undefined) return null;
    const which = (g.which ?? '').toLowerCase();
    const suffix = (g.suffix ?? '').toLowerCase();
    // "i måndags" is last Monday; "i måndag" alone is not idiomatic and is left to the bare reading.
    let direction: Direction | 'bare' = 'bare';
    if ((which === 'i' && suffix === 's') || which === 'förra') direction = 'last';
    else if (which === 'nästa' || which === 'kommande') direction = 'next';
    else if (suffix === 's') return null;
    const span = spanOf(m);
    // A plain "i" belongs to the sentence, not the date, unless it makes "i måndags".
    if (which === 'i' && direction !== 'last') span.start = m.indices?.groups?.day?.[0] ?? span.start;
    return { ...span, relation: { kind: 'weekday', weekday, direction } };
  },
);
