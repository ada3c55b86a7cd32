import { isPartialDate } from '../../dates/index.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { renderTimeline } from '../render.ts';

function partialDate(value: string | boolean | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isPartialDate(value) || !/^\d{4}(-\d{2}){0,2}$/u.test(value)) {
    throw new UsageError(`--${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

export const timelineCommand: CliCommand = {
  name: 'timeline',
  usage: 'timeline [--from DATE] [--to DATE] [--topic WORDS] [--json]',
  summary: 'the events of a period in date order, with citations',
  options: { from: { type: 'string' }, to: { type: 'string' }, topic: { type: 'string' } },
  async run({ options, engine }) {
    const from = partialDate(options.from, 'from');
    const to = partialDate(options.to, 'to');
    if (from && to && from.slice(0, to.length) > to) throw new UsageError('--from comes after --to');
    const topic = typeof options.topic === 'string' ? options.topic : undefined;
    const events = (await engine()).timeline({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(topic ? { topic } : {}) });
    return { json: events, text: renderTimeline(events) };
  },
};
