import { positiveInt, requireText, type CliCommand } from '../command.ts';

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search "<query>" [--limit N] [--json]',
  summary: 'ranked passages for a query',
  options: { limit: { type: 'string' } },
  async run({ positionals, options, engine }) {
    const query = requireText(positionals.join(' '), 'the query');
    const hits = (await engine()).search(query, { limit: positiveInt(options.limit, 'limit', 5) });
    const text = hits.length === 0 ? 'No passage matches.' : hits.map((h, i) => `${i + 1}. [${h.passageId}] (${h.score})\n   ${h.text}`).join('\n');
    return { json: hits, text };
  },
};
