import { isCalendarDate } from '../dates/index.ts';
import { UsageError } from './command.ts';

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
