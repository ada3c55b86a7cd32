/** Three rows of the distance table, reused from call to call: a question's support compares thousands of word pairs. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Levenshtein distance with adjacent transpositions, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  // `before` is the row two back (for transpositions), `previous` the row above, `row` the one being filled.
  let [before, previous, row] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      row[j] = value;
      if (value < smallest) smallest = value;
    }
    if (smallest > limit) return limit + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length] as number;
}

/** Every string one edit (a letter dropped, added or changed, or two swapped) from a word, in the given letters. */
export function oneEditFrom(word: string, letters: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (after.length > 0) out.push(before + after.slice(1));
    if (after.length > 1) out.push(before + (after[1] as string) + (after[0] as string) + after.slice(2));
    for (const letter of letters) {
      out.push(before + letter + after);
      if (after.length > 0 && after[0] !== letter) out.push(before + letter + after.slice(1));
    }
  }
  return out;
}
