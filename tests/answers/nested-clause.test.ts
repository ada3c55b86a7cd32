import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report whose one sentence dates two happenings: one in its main clause, one in a clause inside it. */
const report = added('harbour', 'The harbour strike', '2023-06', [
  'THE HARBOUR STRIKE',
  '',
  'On 12 May 2023 the longest strike of Maltese dockers since the union first organised a walkout in 2009 shut the port of Valletta for a week.',
]);

const ask = askingWith([report]);

describe('a dated clause inside another dated clause', () => {
  it('dates its own happening: the first walkout is 2009, not the day of the strike the sentence is about', () => {
    expect(ask('When did the dockers’ union organise its first walkout?')).toMatchObject({ abstained: false, date: '2009' });
  });

  it('while the sentence’s main clause keeps its own date', () => {
    expect(ask('When did the strike shut the port of Valletta?')).toMatchObject({ abstained: false, date: '2023-05-12' });
  });
});
