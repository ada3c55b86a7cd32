/** The TempEval-3 scorer of scripts/tempeval, on a hand-made TimeML document. */
import { describe, expect, it } from 'vitest';
import { scoreDocument, toScores } from '../../scripts/tempeval/score.ts';
import { parseTimeml } from '../../scripts/tempeval/timeml.ts';

const TML = `<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Officials said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that the raid in <TIMEX3 tid="t2" type="DATE" value="2010-05">May 2010</TIMEX3> lasted <TIMEX3 tid="t3" type="DURATION" value="P90D">90 days</TIMEX3> &amp; more.
</TEXT></TimeML>`;

describe('parseTimeml', () => {
  it('reads the creation time and gives TIMEX3 offsets into the tag-free, entity-decoded text', () => {
    const doc = parseTimeml('sample', TML);
    expect(doc.dct).toBe('2013-03-22');
    expect(doc.text).toContain('lasted 90 days & more.');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Friday', 'DATE', '2013-03-22'],
      ['May 2010', 'DATE', '2010-05'],
      ['90 days', 'DURATION', 'P90D'],
    ]);
  });
});

describe('scoreDocument', () => {
  const doc = parseTimeml('sample', TML);
  const at = (text: string, value: string) => {
    const start = doc.text.indexOf(text);
    return { start, end: start + text.length, value, text };
  };

  it('counts a relaxed match on overlap with the same value, a strict one only on identical offsets', () => {
    const system = [at('Friday', '2013-03-22'), at('raid in May', '2010-05')];
    expect(scoreDocument(doc.timexes, system, 'relaxed')).toEqual({ judged: 2, correct: 2, gold: 2 });
    expect(scoreDocument(doc.timexes, system, 'strict')).toEqual({ judged: 2, correct: 1, gold: 2 });
  });

  it('counts a wrong value as wrong, except in the extent (detection) mode', () => {
    const system = [at('Friday', '2013-03-15')];
    expect(scoreDocument(doc.timexes, system, 'relaxed')).toEqual({ judged: 1, correct: 0, gold: 2 });
    expect(scoreDocument(doc.timexes, system, 'extent')).toEqual({ judged: 1, correct: 1, gold: 2 });
  });

  it('does not judge mentions that only overlap a non-DATE TIMEX3, but judges those that overlap none', () => {
    const system = [at('90 days', '2013'), at('Officials', '2013')];
    expect(scoreDocument(doc.timexes, system, 'relaxed')).toEqual({ judged: 1, correct: 0, gold: 2 });
  });

  it('matches each gold DATE once', () => {
    const system = [at('Friday', '2013-03-22'), at('Friday', '2013-03-22')];
    expect(scoreDocument(doc.timexes, system, 'relaxed')).toEqual({ judged: 2, correct: 1, gold: 2 });
  });

  it('computes precision, recall and F1', () => {
    expect(toScores({ judged: 4, correct: 3, gold: 6 })).toEqual({ judged: 4, correct: 3, gold: 6, precision: 0.75, recall: 0.5, f1: 0.6 });
  });
});
