/**
 * "now", "currently", "recently", "in the past", "at the time", "soon", "the future":
 * TimeML's PRESENT_REF / PAST_REF / FUTURE_REF. ("today" is the publication day, see the
 * relative parsers.)
 */
import type { VagueValue } from '../../types.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, pattern } from '../../patterns.ts';

export const enVagueParser = regexParser(
  'en-vague',
  pattern(
    `${LEFT}(?:(?<present>now|currently|nowadays|at\\s+present|these\\s+days)|in\\s+(?<past>the\\s+past)|(?<then>at\\s+the\\s+time|recently|(?:years|decades)\\s+ago)|in\\s+(?<future>future)|(?<soon>soon|the\\s+(?:near\\s+|distant\\s+)?future))(?![\\p{L}\\p{N}'’-])`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const value: VagueValue = g.present ? 'PRESENT_REF' : g.future || g.soon ? 'FUTURE_REF' : 'PAST_REF';
    const span = spanOf(m);
    const inner = m.indices?.groups?.past ?? m.indices?.groups?.future;
    return { ...(inner ? { start: inner[0], end: inner[1] } : span), relation: { kind: 'vague', value } };
  },
);
