import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A reference article whose infobox names the office's town; the section on its closure does not, and the
 * only sentence that names the town tells another happening.
 */
const article = added('ferry-office', 'Joint Ferry Inspection Office', '2022-05-10', [
  'Joint Ferry Inspection Office',
  '',
  'Official name: Joint Russian-Turkish Office for the inspection of ferries at Trabzon',
  'Type: Customs inspection office',
  'Established: 2 March 2016',
  'Dissolved: 14 June 2021',
  'Location: Trabzon harbour, Turkey',
  '',
  'The Joint Ferry Inspection Office was a customs post run by Russian and Turkish officials.',
  '',
  'Background',
  '',
  'On 4 February 2016 a storm sank two fishing boats outside Trabzon.',
  '',
  'Closure',
  '',
  'With the ferry line suspended, the office had nothing left to inspect. It shut down on 14 June 2021 after a short ceremony.',
]);

const ask = askingWith([article]);

describe("a reference article's infobox", () => {
  it('names the subject of every section, as its title does: a sentence need not name the town the infobox gives', () => {
    const answer = ask('When did the office in Trabzon shut down?');
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2021-06-14');
    expect(answer.citations[0]?.quote).toContain('It shut down on 14 June 2021');
  });
});

describe("a reference article's infobox on a topic timeline", () => {
  it('puts the sections\' events on the timeline of the place its infobox names, where neither they nor the headline name it', () => {
    const answer = ask('Timeline of the office in Trabzon');
    expect(answer.events.map((e) => e.date)).toContain('2021-06-14');
  });
});
