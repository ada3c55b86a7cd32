import { isCalendarDate } from '../dates/index.ts';
import { EVENT_STATUSES, type EventStatus } from '../events/status.ts';
import { UsageError } from './command.ts';

/** `--status happened,planned`: which events a timeline lists (what happened unless asked). */
export function statusOption(value: string | boolean | undefined): EventStatus[] | undefined {
  if (value === undefined) return undefined;
  const words = typeof value === 'string' ? value.split(',').map((w) => w.trim()) : [];
  const known = (w: string): w is EventStatus => (EVENT_STATUSES as readonly string[]).includes(w);
  if (words.length === 0 || !words.every(known)) throw new UsageError(`--status takes one or more of ${EVENT_STATUSES.join(', ')}, separated by commas`);
  return [...new Set(words.filter(known))];
}

/** `--from` and `--to` as partial dates (YYYY, YYYY-MM, YYYY-MM-DD), in order. */
export function periodOptions(options: Record<string, string | boolean | undefined>): { from?: string; to?: string } {
  const from = partialDate(options.from, 'from');
  const to = partialDate(options.to, 'to');
  if (from && to && from.slice(0, to.length) > to) throw new UsageError('--from comes after --to');
  return { ...(from && { from }), ...(to && { to }) };
}

function partialDate(value: string | boolean | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new UsageError(`--${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}
