import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A table of dated rows under a headline that alone names what the rows are about. */
const table = added('ferry-table', 'Island ferries and the 2019 strike, in one table', '2020-02-01', [
  '# Island ferries and the 2019 strike, in one table',
  '',
  '| When | Step |',
  '| --- | --- |',
  '| 4 March 2019 | The crews walked out at dawn. |',
  '| 20 April 2019 | The port authority signed a new wage deal. |',
]);

const ask = askingWith([table]);

describe("a word only a document's headline writes, on a topic timeline", () => {
  it('takes in the entries under it, though no entry writes it', () => {
    const answer = ask('What happened with the ferries between March and May 2019?');
    expect(answer.events.map((e) => e.date)).toEqual(['2019-03-04', '2019-04-20']);
  });
});
