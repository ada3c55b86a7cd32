import type { CliCommand } from '../command.ts';

export const passagesCommand: CliCommand = {
  name: 'passages',
  usage: 'passages [--json]',
  summary: 'every passage with its ids and offsets',
  options: {},
  async run({ engine }) {
    const passages = (await engine()).corpus.passages;
    const text = passages.map((p) => `${p.id}\t${p.kind}\t${p.start}-${p.end}\t${p.text}`).join('\n');
    return { json: passages, text };
  },
};
