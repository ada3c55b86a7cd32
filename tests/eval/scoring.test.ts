import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/schema.ts';
import { failures, leadOf } from '../../scripts/evaluation/answers.ts';
import { assignSplits } from '../../scripts/evaluation/assign-splits.ts';
import { compatibleDates } from '../../scripts/evaluation/events.ts';
import { headlineProblems } from '../../scripts/evaluation/headline.ts';

const answer = (fields: Partial<Answer>): Answer => ({
  question: 'q',
  language: 'en',
  kind: 'when',
  abstained: false,
  answer: '',
  date: null,
  events: [],
  citations: [],
  disagreements: [],
  suggestions: [],
  ...fields,
});

describe('headline rules (data/eval/events-rubric.md)', () => {
  it.each([
    'Russia imposes economic sanctions on Turkey.',
    'Turkish F-16 jets shoot down a Russian Su-24 near the Syrian border',
    'Putin calls the shoot-down a "stab in the back".',
    'After the first S-400 deliveries, Washington suspends Turkey from the F-35 programme.',
    '12 Turkish observation posts are set up around Idlib.',
    "The United States sanctions Turkey's defence procurement agency and its head.",
    "Putin and Erdogan launch work on Akkuyu's first unit by video link.",
    'The day the truce began, Turkish and Russian troops patrolled the M4.',
  ])('accepts %j', (summary) => {
    expect(headlineProblems(summary)).toEqual([]);
  });

  it.each([
    ['As soon as possible," Erdogan said in İstanbul on Saturday, adding.', /unbalanced|attribution/u],
    ['Our PATRIOT offer has expired," a US State Department official told CNN on August 22.', /unbalanced/u],
    ['Russian Deputy Foreign Minister Mikhail Bogdanov said Monday.', /attribution/u],
    ['After the shipment of the first batch of Russian-made S-400 air defence systems to Turkey in July.', /subordinate/u],
    ['— Washington.', /layout/u],
    ['## What happened this week?', /layout/u],
    ['Jan 8', /no verb/u],
    ["Erdogan's surprise visit to Moscow.", /no verb/u],
    ['the presidents meet in Sochi.', /sentence case/u],
    ['PUTIN AND ERDOGAN MEET IN SOCHI', /all capitals/u],
    ['Putin And Erdogan Open Turkstream Gas Link', /title case/u],
    ['He brushes aside objections from Washington.', /pronoun/u],
    [`Putin and Erdogan ${'meet again and again, '.repeat(8)}in Sochi.`, /longer than 160/u],
    ['The Russian-backed the Syrian government has stepped up air raids on Idlib.', /determiner doubled/u],
    ['A US-led the coalition struck targets in Syria.', /determiner doubled/u],
    ['Was shot dead while giving a speech at an exhibition.', /no subject/u],
    ['The Syrian state news agency SANA reported that "a military source announced a ceasefire in Idlib."', /reporting clause/u],
  ])('rejects %j', (summary, problem) => {
    expect(headlineProblems(summary).join('; ')).toMatch(problem);
  });
});

describe('compatible dates', () => {
  it.each([
    ['2015-11', '2015-11-24', true],
    ['2015-11-24', '2015', true],
    ['2016', '2017', false],
    ['2019-07', '2019-08-27', false],
    ['2019-W38', '2019-09', true],
    ['2019-W38', '2019-10', false],
    ['garbled', '2019', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(compatibleDates(a, b)).toBe(expected);
  });
});

describe('answer scoring (data/eval/README.md)', () => {
  const documentText = (ref: string) => (ref === '000' ? 'On 24 November 2015, two F16 Turkish fighters dropped a Russian Su24 fighter.' : undefined);

  it('reads the lead as the text before the first quotation', () => {
    expect(leadOf('After: December 2016, then January 2017. "In January 2017 …" [1]')).toBe('After: December 2016, then January 2017. ');
    expect(leadOf('24 November 2015: ”Relationerna…”')).toBe('24 November 2015: ');
  });

  it('passes an answer whose every expectation holds, and says which ones fail', () => {
    const question = { id: 'x', q: 'When?', date: '2015-11', docs: ['000'], lead: ['November'] };
    const good = answer({ answer: '24 November 2015: "On 24 November 2015, two F16 Turkish fighters dropped…" [1]', date: '2015-11-24', citations: [{ n: 1, documentId: 'a', title: 't', publisher: null, published: '2019', passageId: 'p', quote: 'On 24 November 2015, two F16 Turkish fighters dropped a Russian Su24 fighter.', language: 'en' }] });
    expect(failures(question, good, documentText)).toEqual([]);
    const bad = answer({ answer: '"In November …" [1]', date: '2016' });
    expect(failures(question, bad, documentText)).toEqual([expect.stringMatching(/^date/u), expect.stringMatching(/lead/u), expect.stringMatching(/no citation/u)]);
  });

  it.each([
    ['who', 'Akar (6 June 2019): "Shanahan wrote to his counterpart, Akar, …" [1]', false],
    ['who', 'Shanahan (6 June 2019): "Shanahan wrote to his counterpart, Akar, …" [1]', true],
    ['when', '6 June 2019: "Shanahan wrote to his counterpart, Akar, …" [1]', true],
  ] as const)('looks for a %s-question\'s mention in the lead where the fact asked for stands: %s', (kind, text, passes) => {
    expect(failures({ id: 'x', q: 'q', kind, mention: ['Shanahan'] }, answer({ answer: text }), documentText).length === 0).toBe(passes);
  });

  it('fails a period answer that lists an event outside the period', () => {
    const question = { id: 'x', q: 'What happened from May to July 2019?', timeline: ['2019-05'], exclude: ['2019-08'] };
    const events = [{ id: 'a', date: '2019-05-18', summary: 's', citations: [] }, { id: 'b', date: '2019-08-27', summary: 's', citations: [] }];
    expect(failures(question, answer({ events }), documentText)).toEqual(['timeline has 2019-08-27, outside the period']);
  });

  it('refuses a question that names a document the evaluation does not have', () => {
    expect(() => failures({ id: 'x', q: 'q', docs: ['999'] }, answer({}), documentText)).toThrow(/unknown document 999/u);
  });
});

describe('assigning halves', () => {
  it('balances each kind, keeps the halves already given, and breaks a tie on the whole set', () => {
    const items = [
      { id: 'a', kind: 'when' },
      { id: 'b', kind: 'when', split: 'dev' as const },
      { id: 'c', kind: 'who' },
      { id: 'd', kind: 'when' },
      { id: 'e', kind: 'who' },
    ];
    expect(assignSplits(items, ['kind']).map((i) => `${i.id}:${i.split}`)).toEqual(['a:test', 'b:dev', 'c:dev', 'd:test', 'e:test']);
  });
});
