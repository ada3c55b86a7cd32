import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** Two reports: one places another air base in the question's own words, the other places the one asked about in passing. */
const brook = added('brook-base', 'The Brook air base', '2021-06', ['THE BROOK AIR BASE', '', 'The Brook air base is located near Lyon.', '', 'It opened in 1990.']);
const envoy = added('envoy-talks', 'Envoy meets officers', '2021-06', [
  'ENVOY MEETS OFFICERS',
  '',
  'On 4 May 2021 the envoy said the talks had gone well.',
  '',
  'He noted that the commanders at their Alderbrook airbase in the coastal province of Marno have good contacts with the army.',
]);

const ask = askingWith([brook, envoy]);

describe('a where-question about a thing it names', () => {
  it.each(['Where is the Alderbrook air base?', 'Where is the Alderbrook base?', 'Var ligger flygbasen Alderbrook?'])(
    'is answered by a sentence whose story names that thing, not by a better-fitting one about another: %s',
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toMatch(/^Marno\b/u);
    },
  );
});
