/** "nu", "för närvarande", "nyligen", "förr i tiden", "snart", "i framtiden": TimeML's PRESENT_REF / PAST_REF / FUTURE_REF. */
import type { VagueValue } from '../../types.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

export const svVagueParser = regexParser(
  'sv-vague',
  pattern(`${LEFT}(?<date>(?<present>nu|numera|för\\s+närvarande|i\\s+dagsläget)|(?<past>förr\\s+i\\s+tiden|vid\\s+tillfället|nyligen)|(?<future>i\\s+framtiden|snart))${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    const value: VagueValue = g.present ? 'PRESENT_REF' : g.future ? 'FUTURE_REF' : 'PAST_REF';
    return { ...spanOf(m), relation: { kind: 'vague', value } };
  },
);
