import type { Answer, AnswerCitation } from '../../../src/answers/schema.ts';
import type { CorpusDocument, DocumentMeta, Passage } from '../../../src/corpus/types.ts';
import type { Engine, TimelineQuery } from '../../../src/engine.ts';
import { buildBarometer } from '../../../src/events/barometer.ts';
import type { TimelineEvent, Tone } from '../../../src/events/types.ts';

/**
 * A small engine built from the core's types: two documents (English and Swedish) and eleven
 * events, enough for citations, a date disagreement, Swedish matching and two timeline pages.
 */
const documents: Array<{ meta: DocumentMeta; sentences: string[][] }> = [
  {
    meta: {
      id: 'wire',
      file: 'documents/wire.txt',
      title: 'Russia and Turkey: a timeline',
      publisher: 'Wire service',
      language: 'en',
      published: { value: '2020-02', granularity: 'month', inferred: true, evidence: 'latest event reported' },
      quality: [],
    },
    sentences: [
      ['On 24 November 2015, Turkish F-16s shot down a Russian Su-24 near the Syrian border.', 'Moscow called it a stab in the back.'],
      ['On June 27, 2016, Erdogan sent Putin a letter of regret.'],
      ['On 9 August 2016, the two leaders met in St. Petersburg.'],
      ['The Turkish Stream agreement was signed on 10 October 2016.'],
      ['The Russian ambassador Andrei Karlov was shot dead in Ankara on 19 December 2016.'],
      ['Talks in Astana began in January 2017.'],
      ['Turkey began receiving the S-400 system on 12 July 2019.'],
      ['On 27 February 2020, more than 30 Turkish soldiers were killed in Idlib.'],
      ['A ceasefire for Idlib was agreed in Moscow on 5 March 2020.'],
      ['Gas began to flow through TurkStream in January 2020.'],
      ['Putin and Erdogan opened the Akkuyu works in April 2018.'],
    ],
  },
  {
    meta: {
      id: 'fakta',
      file: 'documents/fakta.txt',
      title: 'Relationerna mellan Ryssland och Turkiet',
      publisher: null,
      language: 'sv',
      published: { value: '2017-03', granularity: 'month', inferred: false },
      quality: [],
    },
    sentences: [
      ['Den 25 november 2015 sköt turkiska F-16-plan ned ett ryskt stridsflygplan av typen Su-24.'],
      ['I augusti 2016 träffades ledarna i Sankt Petersburg.'],
    ],
  },
];

function buildCorpus(): { documents: CorpusDocument[]; passages: Passage[] } {
  const built = documents.map(({ meta, sentences }) => {
    let offset = 0;
    const passages = sentences.flatMap((paragraph, p) =>
      paragraph.map((text, s) => {
        const passage: Passage = {
          id: `${meta.id}/p${p + 1}s${s + 1}`,
          documentId: meta.id,
          language: meta.language,
          kind: 'body',
          paragraph: p + 1,
          sentence: s + 1,
          text,
          cleanStart: offset,
          cleanEnd: offset + text.length,
          start: offset,
          end: offset + text.length,
        };
        offset += text.length + 1;
        return passage;
      }),
    );
    const clean = passages.map((passage) => passage.text).join(' ');
    return { meta, original: clean, clean, passages };
  });
  return { documents: built, passages: built.flatMap((document) => document.passages) };
}

interface EventSeed {
  id: string;
  date: string;
  summary: string;
  keywords: string[];
  passages: string[];
  disputed?: { date: string; dateText: string; passage: string };
  /** Neutral unless said. */
  tone?: Tone;
}

const seeds: EventSeed[] = [
  { id: 'su24', date: '2015-11-24', summary: 'Turkey shoots down a Russian Su-24', keywords: ['su-24', 'shot down', 'sköt'], passages: ['wire/p1s1', 'fakta/p1s1'], disputed: { date: '2015-11-25', dateText: 'Den 25 november 2015', passage: 'fakta/p1s1' }, tone: 'conflict' },
  { id: 'letter', date: '2016-06-27', summary: 'Erdogan sends Putin a letter of regret', keywords: ['letter', 'regret', 'brev'], passages: ['wire/p2s1'], tone: 'cooperation' },
  { id: 'petersburg', date: '2016-08-09', summary: 'Putin and Erdogan meet in St. Petersburg', keywords: ['petersburg', 'met', 'träffades'], passages: ['wire/p3s1', 'fakta/p2s1'], tone: 'cooperation' },
  { id: 'turkstream-deal', date: '2016-10-10', summary: 'Turkish Stream agreement signed', keywords: ['turkish stream', 'gas', 'pipeline'], passages: ['wire/p4s1'], tone: 'cooperation' },
  { id: 'karlov', date: '2016-12-19', summary: 'Ambassador Karlov assassinated in Ankara', keywords: ['karlov', 'ambassador'], passages: ['wire/p5s1'], tone: 'conflict' },
  { id: 'astana', date: '2017-01', summary: 'Astana talks begin', keywords: ['astana'], passages: ['wire/p6s1'] },
  { id: 'akkuyu', date: '2018-04', summary: 'Work on the Akkuyu plant opens', keywords: ['akkuyu', 'nuclear'], passages: ['wire/p11s1'] },
  { id: 's400', date: '2019-07-12', summary: 'Turkey receives the S-400', keywords: ['s-400', 's400'], passages: ['wire/p7s1'] },
  { id: 'turkstream-gas', date: '2020-01', summary: 'Gas flows through TurkStream', keywords: ['turkstream', 'gas'], passages: ['wire/p10s1'] },
  { id: 'idlib', date: '2020-02-27', summary: 'Turkish soldiers killed in Idlib', keywords: ['idlib', 'soldiers'], passages: ['wire/p8s1'], tone: 'conflict' },
  { id: 'ceasefire', date: '2020-03-05', summary: 'Idlib ceasefire agreed in Moscow', keywords: ['ceasefire'], passages: ['wire/p9s1'], tone: 'cooperation' },
];

export interface FakeEngine extends Engine {
  /** Questions asked, in order. */
  asked: string[];
}

export function fakeEngine(): FakeEngine {
  const corpus = buildCorpus();
  const passages = new Map(corpus.passages.map((passage) => [passage.id, passage]));
  const passage = (id: string) => passages.get(id) as Passage;
  const metas = corpus.documents.map((document) => document.meta);
  const meta = (id: string) => metas.find((candidate) => candidate.id === id) as DocumentMeta;
  const citation = (p: Passage) => ({ documentId: p.documentId, passageId: p.id, quote: p.text, language: p.language });

  const events: TimelineEvent[] = seeds.map((seed) => ({
    id: seed.id,
    date: seed.date,
    dateText: seed.date,
    granularity: seed.date.length === 10 ? 'day' : 'month',
    certainty: seed.date.length === 10 ? 'stated' : 'inferred',
    summary: seed.summary,
    actors: ['Russia', 'Turkey'],
    places: [],
    tone: seed.tone ?? 'neutral',
    relation: 'pair',
    status: 'happened',
    citations: seed.passages.map((id) => citation(passage(id))),
    claims: seed.disputed
      ? [
          { date: seed.date, dateText: seed.date, granularity: 'day', certain: true, status: 'happened', citation: citation(passage(seed.passages[0] as string)) },
          { date: seed.disputed.date, dateText: seed.disputed.dateText, granularity: 'day', certain: true, status: 'happened', citation: citation(passage(seed.disputed.passage)) },
        ]
      : [],
  }));
  const matches = (seed: EventSeed, text: string) => {
    const lower = text.toLowerCase();
    return seed.keywords.some((keyword) => lower.includes(keyword)) || seed.summary.toLowerCase().includes(lower);
  };
  const answerCitation = (id: string, n: number): AnswerCitation => {
    const p = passage(id);
    const m = meta(p.documentId);
    return { n, documentId: p.documentId, title: m.title, publisher: m.publisher, published: m.published.value, passageId: p.id, quote: p.text, language: p.language };
  };
  const asked: string[] = [];
  const timeline = (query: TimelineQuery = {}) =>
    events.filter((event, index) => {
      const seed = seeds[index] as EventSeed;
      return (!query.from || event.date.slice(0, query.from.length) >= query.from)
        && (!query.to || event.date.slice(0, query.to.length) <= query.to)
        && (!query.topic || matches(seed, query.topic));
    });

  return {
    asked,
    corpus,
    sources: () => metas,
    passage: (id) => passages.get(id),
    search: (query) =>
      corpus.passages
        .filter((p) => query.toLowerCase().split(/\s+/).some((word) => p.text.toLowerCase().includes(word)))
        .map((p) => ({ passageId: p.id, documentId: p.documentId, score: 1, text: p.text })),
    ask(question): Answer {
      asked.push(question);
      const seed = seeds.find((candidate) => matches(candidate, question));
      const language = /\b(när|vad|varför)\b/i.test(question) ? 'sv' : 'en';
      if (!seed) {
        return { question, language, kind: 'other', abstained: true, answer: 'The documents do not say. Try one of these:', date: null, events: [], citations: [], disagreements: [], suggestions: ['the Su-24 crisis', 'the S-400'] };
      }
      const citations = seed.passages.map((id, index) => answerCitation(id, index + 1));
      const [first, second] = citations;
      return {
        question,
        language,
        kind: 'when',
        abstained: false,
        answer: `${seed.summary}: ${seed.date}.`,
        date: seed.date,
        events: [{ id: seed.id, date: seed.date, summary: seed.summary, citations }],
        citations,
        disagreements: seed.disputed && first && second
          ? [{ about: 'date', claims: [{ value: seed.date, citation: first }, { value: seed.disputed.date, citation: second }] }]
          : [],
        suggestions: [],
      };
    },
    timeline,
    barometer: (query = {}) => buildBarometer(timeline(query)),
    event: (id) => events.find((event) => event.id === id),
    suggestEvents(typed, limit = 25) {
      return seeds
        .filter((seed) => matches(seed, typed))
        .slice(0, limit)
        .map((seed) => ({ id: seed.id, label: seed.summary }));
    },
    quiz: () => [],
    quizBank: () => [],
    quizSource: { events, corpus, analyzer: undefined as never, gazetteer: undefined as never, eventTypes: undefined as never, people: new Map() },
  };
}
