import { extractDates, isCalendarDate } from '../../dates/index.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const datesCommand: CliCommand = {
  name: 'dates',
  usage: 'dates --ref YYYY-MM-DD [--lang en|sv] [--json] < text',
  summary: 'the dates in a text on stdin, as TimeML values',
  options: { ref: { type: 'string' }, lang: { type: 'string' } },
  async run({ options, readStdin }) {
    const reference = options.ref;
    // The date layer reads the same forms; a day that does not exist is the user's mistake, not a crash.
    if (typeof reference !== 'string' || !isCalendarDate(reference)) throw new UsageError('--ref takes a reference date that exists, as YYYY-MM-DD (or YYYY-MM, YYYY)');
    const lang = options.lang ?? 'en';
    if (lang !== 'en' && lang !== 'sv') throw new UsageError('--lang takes en or sv');
    const mentions = extractDates(await readStdin(), { reference, lang }).map(({ start, end, text, value }) => ({ start, end, text, value }));
    return { json: mentions, text: mentions.map((m) => `${m.value}\t${m.text}`).join('\n') };
  },
};
