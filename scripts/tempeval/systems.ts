/** The systems under test: this project's date layer, and bare chrono-node as the baseline. */
import * as chrono from 'chrono-node';
import { extractDates } from '../../src/dates/index.ts';
import type { SystemMention } from './score.ts';

export type System = (text: string, dct: string) => SystemMention[];

export const ours: System = (text, dct) => extractDates(text, { reference: dct, lang: 'en' });

/** With "now", "today", "in the past" reported as TimeML's PRESENT_REF / PAST_REF, as the annotators do. */
export const oursWithVague: System = (text, dct) => extractDates(text, { reference: dct, lang: 'en', vague: true });

const pad = (n: number | null, width = 2): string => String(n ?? 0).padStart(width, '0');

/** chrono's result at the granularity of what it found certain: a weekday or a time makes it a day. */
export const bareChrono: System = (text, dct) => {
  const [y, m, d] = dct.split('-').map(Number);
  const reference = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
  return chrono.en.parse(text, reference).map((r) => {
    const c = r.start;
    const year = pad(c.get('year'), 4);
    let value: string;
    if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) value = `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    else if (c.isCertain('month')) value = `${year}-${pad(c.get('month'))}`;
    else value = year;
    return { start: r.index, end: r.index + r.text.length, value, text: r.text };
  });
};
