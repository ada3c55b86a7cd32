/**
 * Gives every item of an evaluation set that has no `split` yet one, balanced by group: each new
 * item, in file order, goes to the half that has fewer items of its group (the values of the
 * fields named by `--by`, `kind` unless told); on a tie, fewer of the group of the first fields
 * only, then of the whole set, then dev. Items that have a split keep it,
 * so adding cases never moves old ones between halves.
 *
 *   npx tsx scripts/evaluation/assign-splits.ts data/eval/paraphrase.jsonl [--by kind,lang]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Item = Record<string, unknown> & { split?: 'dev' | 'test' };

export function assignSplits(items: Item[], by: string[]): Item[] {
  // Counts per group at every level: all the fields, then fewer of them, down to the whole set.
  const counts = new Map<string, { dev: number; test: number }>();
  const levels = (item: Item) => by.map((_, n) => by.slice(0, by.length - n).map((field) => JSON.stringify(item[field] ?? null)).join('|')).concat('');
  const countsOf = (item: Item) =>
    levels(item).map((key) => {
      const count = counts.get(key) ?? { dev: 0, test: 0 };
      counts.set(key, count);
      return count;
    });
  for (const item of items) if (item.split) for (const count of countsOf(item)) count[item.split]++;
  return items.map((item) => {
    if (item.split) return item;
    const all = countsOf(item);
    const decisive = all.find((c) => c.dev !== c.test);
    const split = !decisive || decisive.dev < decisive.test ? 'dev' : 'test';
    for (const count of all) count[split]++;
    return { ...item, split };
  });
}

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { by: { type: 'string', default: 'kind' } } });
  for (const file of positionals) {
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const items = assignSplits(lines.map((line) => JSON.parse(line) as Item), values.by.split(','));
    writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
