import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { tableText } from '../../src/text/sorted-table.ts';

/** Writes a converted table into `data/lexicon/`: its header, the hash of its rows (which loading keys saved states on), its rows. */
export function writeTable(name: string, header: readonly string[], rows: readonly string[]): void {
  writeFileSync(join(BUNDLED_DATA_DIR, 'lexicon', name), tableText(header, rows));
}
