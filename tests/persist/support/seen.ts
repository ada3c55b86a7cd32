import type { Engine } from '../../../src/engine.ts';

const QUESTIONS = [
  'When was the S-400 contract signed?',
  'När sköt Turkiet ned det ryska planet?',
  'Who is Mikhail Bogdanov?',
  'What happened in 2019?',
  'What is the capital of Australia?',
];

/** Everything a user can see of an engine, as plain data: two engines that show the same are the same to users. */
export function seen(engine: Engine, questions: string[] = []) {
  return {
    answers: [...QUESTIONS, ...questions].map((q) => engine.ask(q)),
    timeline: engine.timeline(),
    topic: engine.timeline({ topic: 'S-400', from: '2016' }),
    search: engine.search('sanctions lifted', { limit: 8 }),
    suggestions: engine.suggestEvents('S-400'),
    sources: engine.sources(),
    passages: engine.corpus.passages,
  };
}
