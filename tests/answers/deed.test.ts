import { describe, expect, it } from 'vitest';
import { added, askingWith, engineWith } from './support/moderated-engine.ts';

/** A moderator's report that tells a lease and a quarrel, and, in another paragraph, how the lease ended. */
const report = added('frigates', 'The frigate lease', '2024-02', [
  'THE FRIGATE LEASE',
  '',
  'In March 2021 the Maltese navy leased two frigates from Greece. The lease angered Italy, which called it a stab in the back and imposed tariffs on Malta.',
  '',
  'The lease ran for almost three years. In January 2024 the Maltese navy returned the frigates to Greece because their engines kept failing.',
]);

/** A report whose verb is of the kind of a question's phrasal verb, not a wording of it ("recaptured" for "take back"). */
const ridge = added('ridge', 'The Lanta ridge', '2024-07', [
  'THE LANTA RIDGE',
  '',
  'In May 2023 rebel fighters seized the ridge above Lanta from the army.',
  '',
  'In June 2024 government troops recaptured the ridge above Lanta from the rebel fighters.',
]);

/** A report that gives a duration without the verb a question asks it with ("how long did … last"). */
const summit = added('summit', 'The Valletta summit', '2024-09', [
  'After some five hours of talks in Valletta, the Maltese and Greek leaders signed a fishing accord in September 2024.',
]);

/** A chronology entry that names its doer by another name than the question does ("the US"). */
const wine = added('wine', 'The wine affair', '2025-06', [
  'THE WINE AFFAIR',
  '',
  'May 14, 2024 — Washington:',
  "● The United States imposes sanctions on Italy's wine agency and on its head, Marco Rossi.",
  '● It is the first time Washington has used its 2017 sanctions law against an ally.',
]);

/** A report of a happening and, later, of an apology for it, both naming it. */
const ferry = added('ferry', 'The ferry collision', '2024-11', [
  'On 3 March 2023, a Maltese patrol boat fired on a Greek ferry off Gozo, killing a sailor, and the Maltese premier defended the crew.',
  '',
  'On 9 October 2024, the Maltese premier sent Athens a letter of regret over the killed sailor.',
]);

/** A report that words an arrival as a shipment. */
const engines = added('engines', 'The engine deal', '2024-01', [
  'THE ENGINE DEAL',
  '',
  'In March 2021 Turkey ordered ship engines from Russia.',
  '',
  'Russia completed the shipment of the first batch of the engines to Turkey in May 2023, a year late.',
]);

/** A report whose verb is a kind of the deed a question asks about ("lapse" is a way to end). */
const permit = added('permit', 'The fishing permit', '2024-12', [
  'THE FISHING PERMIT',
  '',
  'In April 2022 Malta granted Greek trawlers a permit to fish off Gozo.',
  '',
  'In August 2024 the Maltese government let the fishing permit lapse.',
]);

const ask = askingWith([report, ridge, summit, ferry, engines, permit]);

describe('the deed a question asks about', () => {
  it('is answered in the words the lexicon gives a phrasal verb ("give back": return)', () => {
    const answer = ask('Why did the Maltese navy give the frigates back to Greece?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('returned the frigates');
  });

  it('is not answered by a passage that shares its names and only the particle of its verb ("a stab in the back")', () => {
    const answer = ask('Why did Italy give Malta back to Greece?');
    expect(answer.abstained).toBe(true);
  });

  it('is told by a verb of its kind of happening, after a plural subject that ends before the bare verb', () => {
    const answer = ask('What did government troops take back from the rebel fighters in June 2024?');
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.text).toBe('the ridge above Lanta');
    expect(answer.citations[0]?.quote).toContain('recaptured');
  });

  it('is the happening dated, not the one it names: an apology for a killing is the apology', () => {
    for (const question of ['When did the Maltese premier apologise for killing the sailor on the ferry?', 'When did the Maltese premier finally apologise for killing the sailor on the ferry?']) {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.date).toBe('2024-10-09');
    }
  });

  it('is answered by the dated clause that tells a happening of its kind in other words (a shipment for an arrival)', () => {
    for (const question of ['When did the first engine parts arrive in Turkey?', 'when did the first parts of the engines arrive in turkey']) {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.date).toBe('2023-05');
    }
  });

  it('is told by a verb of a kind of it ("lapse" for "end")', () => {
    const answer = ask("When did the Maltese government's fishing permit end?");
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2024-08');
  });

  it('is none in a question that asks what was done, or asks a duration by its verb', async () => {
    const done = (await engineWith([wine])).ask('What did the US do in May 2024?');
    expect(done.abstained).toBe(false);
    expect(done.citations[0]?.quote).toContain('imposes sanctions');
    expect(ask('How long did the Valletta talks last?').fact?.text).toMatch(/five hours/u);
  });
});
