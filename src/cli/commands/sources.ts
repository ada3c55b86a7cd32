import { readCorpusMetadata } from '../../corpus/load.ts';
import type { CliCommand } from '../command.ts';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: 'sources [--json]',
  summary: 'the documents and their metadata',
  options: {},
  // The bundled documents' metadata is all it needs: no index, no events.
  async run() {
    const sources = await readCorpusMetadata();
    const text = sources
      .map((s) => {
        const date = `${s.published.value}${s.published.inferred ? ' (inferred)' : ''}`;
        return `${s.id}\n  ${s.title}\n  ${s.publisher ?? 'publisher unknown'} · ${date} · ${s.language}${s.quality.length ? ` · ${s.quality.join(', ')}` : ''}`;
      })
      .join('\n');
    return { json: sources, text };
  },
};
