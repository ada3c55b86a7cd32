import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** Sentences that tell one side's deed to one party and the other side's to another. */
const sides = added('sides', 'Two sides in Syria', '2019-05-06', ['On 6 May 2019, Turkey supported the Syrian opposition, while Iran supported President Bashar al-Assad.']);
const told = added('sidor', 'Två sidor i Syrien', '2019-05-07', ['Den 7 maj 2019 stödde Turkiet den syriska oppositionen, medan Iran stödde president Bashar al-Assad.']);
const swedish = { ...told, meta: { ...told.meta, language: 'sv' as const } };
/** The one named in an apposition after the verb's object is the one the deed was done to. */
const apposition = added('envoy', 'An envoy attacked', '2019-05-08', ['On 8 May 2019, a gunman attacked the envoy, Ivan Petrovsky, outside a gallery in Izmir.']);
const ask = askingWith([sides, swedish, apposition]);

describe('a doer of the deed asked about does it to the one the question names', () => {
  it.each(['Who supported Assad on 6 May 2019?', 'Vem stödde Assad den 7 maj 2019?'])('%s: not the side that did it to another', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.text).toMatch(/Iran/u);
  });

  it('as an apposition after its object names him', () => {
    const answer = ask('Who attacked Petrovsky in Izmir?');
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.text).toMatch(/gunman/u);
  });
});
