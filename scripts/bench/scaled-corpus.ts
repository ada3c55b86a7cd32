import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { parseMetadata } from '../../src/corpus/metadata.ts';

/**
 * A data folder with `scale` copies of the bundled documents. Copy k gets new
 * ids and every year in its text and metadata moved 10·k years on, so that the
 * copies tell new events instead of piling onto the same ones.
 */
export function scaledDataDir(scale: number): string {
  if (scale === 1) return BUNDLED_DATA_DIR;
  const dir = mkdtempSync(join(tmpdir(), `relations-bench-${scale}x-`));
  cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
  const metas = parseMetadata(JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, 'documents.json'), 'utf8')));
  const shift = (text: string, k: number) => text.replace(/\b(19|20)(\d\d)\b/gu, (year) => String(Number(year) + 10 * k));
  const documents = [];
  for (let k = 0; k < scale; k++) {
    for (const meta of metas) {
      const file = `documents/x${k}-${basename(meta.file)}`;
      writeFileSync(join(dir, file), shift(readFileSync(join(BUNDLED_DATA_DIR, meta.file), 'utf8'), k));
      documents.push({ ...meta, id: `${meta.id}-x${k}`, file, published: { ...meta.published, value: shift(meta.published.value, k) } });
    }
  }
  writeFileSync(join(dir, 'documents.json'), JSON.stringify({ documents }));
  // Reviewed corrections name bundled event ids, which the copies do not have.
  writeFileSync(join(dir, 'event-overlay.json'), JSON.stringify({ corrections: [] }));
  return dir;
}
