/** "1990-talet" is the 1990s (TimeML '199'), "1900-talet" the 20th century ('19'), "90-talet" the 1990s. */
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

export const svDecadeCenturyParser = regexParser(
  'sv-decade-century',
  pattern(`${LEFT}(?<date>(?<digits>\\d{4}|\\d0)-talet(?:s)?)${RIGHT}`),
  (m) => {
    const digits = m.groups?.digits ?? '';
    if (digits.length === 2) {
      const tens = Number(digits[0]);
      return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'decade', decade: tens <= 2 ? 200 + tens : 190 + tens } } };
    }
    if (!digits.endsWith('0')) return null;
    if (digits.endsWith('00')) return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'century', century: Number(digits.slice(0, 2)) } } };
    return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'decade', decade: Number(digits.slice(0, 3)) } } };
  },
);
