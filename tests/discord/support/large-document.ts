import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../../src/corpus/load.ts';
import { parseMetadata } from '../../../src/corpus/metadata.ts';

/**
 * A long moderator's document of about `bytes` bytes of UTF-8 (the limit is 512 KB): the bundled
 * documents one after another, copy k with every year moved 10·k years on, so that it tells many
 * events of its own. `salt` makes texts of different runs differ (nothing saved fits them).
 */
export function largeDocument(bytes: number, salt = ''): string {
  const metas = parseMetadata(JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, 'documents.json'), 'utf8')));
  const texts = metas.map((meta) => readFileSync(join(BUNDLED_DATA_DIR, meta.file), 'utf8'));
  const parts = [`A chronology of Russia–Turkey relations, in many parts ${salt}`.trim(), ''];
  let size = Buffer.byteLength(parts.join('\n'));
  for (let k = 1; ; k++) {
    for (const text of texts) {
      const part = `Part ${k}.\n\n${text.replace(/\b(19|20)(\d\d)\b/gu, (year) => String(Number(year) + 10 * k))}\n`;
      size += Buffer.byteLength(part) + 1;
      if (size > bytes) return parts.join('\n');
      parts.push(part);
    }
  }
}
