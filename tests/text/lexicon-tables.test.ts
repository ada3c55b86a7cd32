import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { declaredRowsHash, rowsMatchHeader, SortedTable, tableText } from '../../src/text/sorted-table.ts';

const LEXICON = join(BUNDLED_DATA_DIR, 'lexicon');
const converted = readdirSync(LEXICON).filter((name) => name.endsWith('.tsv'));

describe('the hash of a converted table’s rows, which saved states are keyed on', () => {
  it('is named in the header its script writes, and read back from it', () => {
    const text = tableText(['# A table, made by a script.'], ['ankara\tcapital', 'moskva\tmoscow']);
    expect(text).toMatch(/^# A table, made by a script\.\n# sha256 of the rows below: [0-9a-f]{64}\nankara\tcapital\nmoskva\tmoscow\n$/u);
    expect(declaredRowsHash(text)).toMatch(/^[0-9a-f]{64}$/u);
    expect(rowsMatchHeader(text)).toBe(true);
    expect(new SortedTable(text).get('moskva')).toEqual(['moscow']);
  });

  it('differs for other rows, and a row edited by hand no longer matches it', () => {
    const text = tableText(['# A table.'], ['ankara\tcapital']);
    expect(declaredRowsHash(tableText(['# A table.'], ['ankara\tcity']))).not.toBe(declaredRowsHash(text));
    expect(rowsMatchHeader(text.replace('capital', 'city'))).toBe(false);
  });

  it('is not there for a file whose header names none', () => {
    expect(declaredRowsHash('# A table.\nankara\tcapital\n')).toBeUndefined();
    expect(declaredRowsHash('ankara\tcapital\n# sha256 of the rows below: ' + '0'.repeat(64) + '\n')).toBeUndefined();
  });

  it.each(converted)('%s: its header names the hash of its rows as they are', (name) => {
    expect(rowsMatchHeader(readFileSync(join(LEXICON, name), 'utf8'))).toBe(true);
  });
});
