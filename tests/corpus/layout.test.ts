import { describe, expect, it } from 'vitest';
import { transcriptTurns } from '../../src/corpus/layout.ts';
import { prepareDocument } from '../../src/corpus/load.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';

const meta = (title: string, language: 'en' | 'sv' = 'en'): DocumentMeta => ({
  id: 'doc',
  file: 'doc.txt',
  title,
  publisher: null,
  language,
  published: { value: '2020-12-15', granularity: 'day', inferred: false },
  quality: [],
});

/** Each passage as `kind: text`, and `↳ heading text` for the heading it stands under. */
function layout(original: string, title: string): string[] {
  const doc = prepareDocument(meta(title), original);
  const byId = new Map(doc.passages.map((p) => [p.id, p]));
  return doc.passages.map((p) => `${p.kind}: ${p.text}${p.headingId ? ` ↳ ${byId.get(p.headingId)?.text}` : ''}`);
}

describe('a chronology: headline, subtitle, "date — place:" headings and bulleted entries', () => {
  const original = [
    "TURKEY'S S-400 AFFAIR: A CHRONOLOGY",
    'How a purchase set Ankara against its allies',
    '',
    'September 12, 2017 — Ankara:',
    '● Erdogan says Turkey has signed. He paid a deposit.',
    '● He brushes aside objections.',
    '',
    'July 12, 2019 — Murted air base:',
    '- Cargo planes land with the first parts.',
    '* More flights follow.',
  ].join('\n');

  it('cuts bullet marks and heading colons off the text, and keeps entries under their heading', () => {
    expect(layout(original, "Turkey's S-400 affair: a chronology")).toEqual([
      "title: TURKEY'S S-400 AFFAIR: A CHRONOLOGY",
      'subtitle: How a purchase set Ankara against its allies',
      'heading: September 12, 2017 — Ankara',
      'entry: Erdogan says Turkey has signed. ↳ September 12, 2017 — Ankara',
      'entry: He paid a deposit. ↳ September 12, 2017 — Ankara',
      'entry: He brushes aside objections. ↳ September 12, 2017 — Ankara',
      'heading: July 12, 2019 — Murted air base',
      'entry: Cargo planes land with the first parts. ↳ July 12, 2019 — Murted air base',
      'entry: More flights follow. ↳ July 12, 2019 — Murted air base',
    ]);
  });

  it('keeps offsets into the original: a quote of an entry is the original text without its mark', () => {
    const doc = prepareDocument(meta("Turkey's S-400 affair: a chronology"), original);
    for (const p of doc.passages) expect(original.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('a timeline of dashed entries that open on their date', () => {
  it.each([
    ['a day in Swedish', '- 9 augusti 2016: Putin och Erdogan träffas.', 'entry: 9 augusti 2016: Putin och Erdogan träffas.'],
    ['a year alone', '- 2005: Blue Stream invigs.', 'entry: 2005: Blue Stream invigs.'],
    ['a day in English', '* 12 July 2019: The first parts land.', 'entry: 12 July 2019: The first parts land.'],
  ])('cuts the dash of %s off as a list mark, not as text', (_, line, passage) => {
    expect(layout(`Tidslinje\n\n${line}\n- Samma månad: Parlamentet röstar.`, 'Tidslinje').slice(1, 2)).toEqual([passage]);
  });
});

describe('a pipe table: one entry a row, its cells read as a label and sentences', () => {
  const table = ['Sanctions at a glance', '', '| Date | Measure | Effect |', '| :--- | --- | ---: |', '| 1 January 2016 | Visas return for Turks | Travel gets harder. |', '| 30 June 2016 | The tour ban is lifted. | Bookings resume |'].join('\n');

  it('drops the header row and its rule, and makes each row an entry of sentences opening on its first cell', () => {
    expect(layout(table, 'Sanctions at a glance').slice(1)).toEqual([
      'entry: 1 January 2016: Visas return for Turks.',
      'entry: Travel gets harder.',
      'entry: 30 June 2016: The tour ban is lifted.',
      'entry: Bookings resume.',
    ]);
  });

  it('keeps each row\'s offsets in the original, bars and all', () => {
    const doc = prepareDocument(meta('Sanctions at a glance'), table);
    const row = doc.passages.find((p) => p.text.startsWith('30 June'));
    expect(table.slice(row?.start, row?.end)).toBe('30 June 2016 | The tour ban is lifted.');
  });

  it('keeps offsets after a character outside the basic plane (an emoji in a cell)', () => {
    const withEmoji = 'Ferries\n\n| 1 May 2016 | 🚢 Ferries sail | Ports reopen |';
    const doc = prepareDocument(meta('Ferries'), withEmoji);
    expect(doc.passages.slice(1).map((p) => p.text)).toEqual(['1 May 2016: 🚢 Ferries sail.', 'Ports reopen.']);
    const row = doc.passages[1];
    expect(withEmoji.slice(row?.start, row?.end)).toBe('1 May 2016 | 🚢 Ferries sail ');
  });

  it('leaves a scraper\'s lone bar before a line markup, not a table', () => {
    expect(layout('Title\n\n| - Putin met Erdogan in Sochi.', 'Title').slice(1)).toEqual(['body: Putin met Erdogan in Sochi.']);
  });
});

describe('an agreement or joint statement: the signing line at its end', () => {
  it.each([
    ['Done in Moscow on 5 March 2020, in the Russian, Turkish and English languages.'],
    ['Done at Geneva, in duplicate, this 12th day of May 2021.'],
    ['Upprättat i Stockholm den 3 maj 2021 i två exemplar.'],
  ])('reads "%s" as a dateline, not a happening of the story', (line) => {
    expect(layout(`Joint statement\n\n1. The Sides agreed on a protocol.\n\n${line}`, 'Joint statement').slice(-1)).toEqual([`dateline: ${line}`]);
  });
});

describe('a Q&A explainer in Markdown: questions as headings', () => {
  it('makes `##` questions question passages the answers stand under, and `#` the headline', () => {
    const original = '# Akkuyu explained\n\nQuestions and answers about the plant.\n\n## What is Akkuyu?\n\nIt is a power station. It has four reactors.\n\n## Background\n\nMoscow and Ankara signed in 2010.';
    expect(layout(original, 'Akkuyu explained')).toEqual([
      'title: Akkuyu explained',
      'subtitle: Questions and answers about the plant.',
      'question: What is Akkuyu?',
      'body: It is a power station. ↳ What is Akkuyu?',
      'body: It has four reactors. ↳ What is Akkuyu?',
      'heading: Background',
      'body: Moscow and Ankara signed in 2010. ↳ Background',
    ]);
  });

  it('takes a short line ending in a question mark for a question in plain text too', () => {
    expect(layout('Akkuyu explained\n\nWho pays?\n\nRussia pays.', 'Akkuyu explained').slice(1)).toEqual(['question: Who pays?', 'body: Russia pays. ↳ Who pays?']);
  });

  it("reads a transcript's speaker labels as layout, and an interviewer's statements before a question as story", () => {
    const original = [
      'Grain talks',
      '',
      'MARIA HOLM: How did it start?',
      '',
      'KEREM AYDIN: No. The ports were sealed off.',
      '',
      'HOLM: Erdogan flew to Sochi on Monday. Did anything come of that?',
      '',
      'AYDIN: Not much.',
    ].join('\n');
    expect(layout(original, 'Grain talks').slice(1)).toEqual([
      'question: How did it start?',
      'body: No. ↳ How did it start?',
      'body: The ports were sealed off. ↳ How did it start?',
      'body: Erdogan flew to Sochi on Monday. ↳ How did it start?',
      'question: Did anything come of that?',
      'body: Not much. ↳ Did anything come of that?',
    ]);
    const doc = prepareDocument(meta('Grain talks'), original);
    for (const p of doc.passages) expect(original.slice(p.start, p.end)).toBe(p.text);
    const speakerAt = transcriptTurns(original);
    expect(doc.passages.map((p) => speakerAt?.(p.start) ?? '-')).toEqual(['-', 'Maria Holm', 'Kerem Aydin', 'Kerem Aydin', 'Maria Holm', 'Maria Holm', 'Kerem Aydin']);
  });

  it('keeps a name and a colon that open the lines of one speaker only, or once, as text', () => {
    expect(layout('Notes\n\nUpdate: Talks went on.\n\nUpdate: Talks ended.\n\nAnna: It was late.', 'Notes').slice(1)).toEqual([
      'body: Update: Talks went on.',
      'body: Update: Talks ended.',
      'body: Anna: It was late.',
    ]);
    expect(transcriptTurns('Notes\n\nUpdate: Talks went on.\n\nUpdate: Talks ended.\n\nAnna: It was late.')).toBeUndefined();
  });

  it('reads an interview\'s "Q:" and "A:" labels as layout, not words of the question or the answer', () => {
    expect(layout('Akkuyu explained\n\nQ: Who pays?\n\nA: Russia pays.\n\nAnna: Russia pays.', 'Akkuyu explained').slice(1)).toEqual([
      'question: Who pays?',
      'body: Russia pays. ↳ Who pays?',
      'body: Anna: Russia pays. ↳ Who pays?',
    ]);
  });
});

describe('a wire story: the dateline is structure, not the first sentence', () => {
  it.each([
    ['ISTANBUL, Jan 8 – The presidents opened the pipeline.', 'ISTANBUL, Jan 8', 'The presidents opened the pipeline.'],
    ['MOSCOW (Reuters) - Russia said on Monday it would retaliate.', 'MOSCOW (Reuters)', 'Russia said on Monday it would retaliate.'],
    ['ANKARA, Turkey — Turkish troops entered Syria.', 'ANKARA, Turkey', 'Turkish troops entered Syria.'],
    ['STOCKHOLM (TT) – Regeringen kommenterade mötet.', 'STOCKHOLM (TT)', 'Regeringen kommenterade mötet.'],
    ['GÖTEBORG (TT) Regeringen kommenterade mötet.', 'GÖTEBORG (TT)', 'Regeringen kommenterade mötet.'],
  ])('%s', (opening, dateline, sentence) => {
    expect(layout(`Headline of the story\n\n${opening}\n\nMore text follows here.`, 'Headline of the story').slice(1, 3)).toEqual([`dateline: ${dateline}`, `body: ${sentence}`]);
  });

  it.each([
    ['a sentence in capitals at the start', 'NATO leaders, meeting in Rome on a cold day – they said – agreed.'],
    ['a dash later in the paragraph', 'The presidents met – and agreed.'],
    ['a dateline-like opening after the first paragraph', 'ISTANBUL was calm.'],
    ['capitals and brackets with no agency after them', 'NATO (the alliance) was calm.'],
  ])('not %s', (_what, opening) => {
    expect(layout(`Headline of the story\n\nThe story opens here.\n\n${opening}`, 'Headline of the story').every((p) => !p.startsWith('dateline'))).toBe(true);
  });
});

describe('ordinary articles keep their paragraphs', () => {
  it.each([
    ['a line ending in a colon before a quotation', 'Erdogan said on Monday:\n"We will respond."', ['body: Erdogan said on Monday:', 'body: "We will respond."']],
    ['a dated sentence that ends in a colon', 'On May 18, 2019, Erdogan said:\nTurkey will not back down.', ['body: On May 18, 2019, Erdogan said:', 'body: Turkey will not back down.']],
    ['a negative number at a line start', '-5 degrees was the low.', ['body: -5 degrees was the low.']],
    ['a bullet glyph before a year', '● 2016: Erdogan apologises.', ['entry: 2016: Erdogan apologises.']],
    ['a dash before a number', '– 30 soldiers died.', ['body: – 30 soldiers died.']],
    ['a quoted question in the story', '"Why now?" he asked.', ['body: "Why now?" he asked.']],
  ])('%s', (_what, original, expected) => {
    expect(layout(original, 'Another title')).toEqual(expected);
  });
});

describe('an explainer with numbered headings above short answers', () => {
  const original = [
    'Five things to know about the deal',
    '',
    'By Ann Writer',
    '',
    'The two presidents signed a memorandum on Tuesday after six hours of talks. Here is what it says.',
    '',
    '1. What came before it',
    '',
    'Turkey sent its army across the border on 9 October. Eight days later, Ankara agreed a pause.',
    '',
    '2. What comes next',
    '',
    'The first joint patrol is expected next week.',
  ].join('\n');

  it('makes the numbered lines headings of the paragraphs below them, not sentences glued to them', () => {
    expect(layout(original, 'Five things to know about the deal')).toEqual([
      'title: Five things to know about the deal',
      'body: The two presidents signed a memorandum on Tuesday after six hours of talks.',
      'body: Here is what it says.',
      'heading: What came before it',
      'body: Turkey sent its army across the border on 9 October. ↳ What came before it',
      'body: Eight days later, Ankara agreed a pause. ↳ What came before it',
      'heading: What comes next',
      'body: The first joint patrol is expected next week. ↳ What comes next',
    ]);
  });

  it('keeps a numbered list of short points a list', () => {
    const points = ['The memorandum has three points.', '', '1. A pause', '2. A withdrawal', '3. Joint patrols', '', 'Both sides signed it.'].join('\n');
    expect(layout(points, 'Points').filter((p) => p.startsWith('entry'))).toEqual(['entry: A pause', 'entry: A withdrawal', 'entry: Joint patrols']);
  });

  it('still rejoins a hard-wrapped text whose broken lines reach the width', () => {
    const wrapped = [
      'The two presidents met in Moscow on Tuesday and agreed to',
      'extend the ceasefire in the north of the country for another',
      'month, officials from both governments told reporters at the',
      'end of the talks, which lasted for more than six hours.',
      'A second round of talks is planned for the spring of the',
      'next year, the officials said.',
    ].join('\n');
    expect(layout(wrapped, 'Talks')).toHaveLength(2);
  });
});

describe('a live blog: day headings above timestamped entries', () => {
  const original = [
    'Live: the ambassador is shot in Ankara',
    '',
    'Our rolling coverage. All times GMT.',
    '',
    'Monday 19 December 2016',
    '',
    '16:25 GMT',
    'A gunman shot the ambassador at a gallery.',
    '',
    '18:15 GMT',
    'Police killed the attacker.',
    '',
    'Tuesday, 20 December 2016',
    '',
    '09:20',
    'Investigators landed in Ankara.',
  ].join('\n');

  it('makes the day lines headings, drops the times, and keeps each entry under its day', () => {
    expect(layout(original, 'Live: the ambassador is shot in Ankara').slice(3)).toEqual([
      'heading: Monday 19 December 2016',
      'body: A gunman shot the ambassador at a gallery. ↳ Monday 19 December 2016',
      'body: Police killed the attacker. ↳ Monday 19 December 2016',
      'heading: Tuesday, 20 December 2016',
      'body: Investigators landed in Ankara. ↳ Tuesday, 20 December 2016',
    ]);
  });

  it.each([
    ['16:50 GMT – A gunman fired.', 'A gunman fired.'],
    ['19:30: Erdogan called Putin.', 'Erdogan called Putin.'],
    ['Kl. 17.10 Ambassadören sköts.', 'Ambassadören sköts.'],
    ['4.05pm Police arrived.', 'Police arrived.'],
    ['24.11 – Turkiet skjuter ned ett plan.', '24.11 – Turkiet skjuter ned ett plan.'],
    ['11.20 Turkish lira bought a dollar.', '11.20 Turkish lira bought a dollar.'],
    ['16:50 UN Security Council members met.', 'UN Security Council members met.'],
  ])('a time stamp opening an entry is layout: %s', (line, text) => {
    expect(layout(`Live\n\nMonday 19 December 2016\n\n${line}`, 'Live').at(-1)).toBe(`body: ${text} ↳ Monday 19 December 2016`);
  });

  it.each([
    ['a sentence that opens with a date', 'December 19, 2016 was a Monday.'],
    ['a date with more words than a date', 'Monday 19 December 2016 in Ankara and Moscow'],
    ['a lone month', 'December'],
  ])('not %s', (_what, line) => {
    expect(layout(`Headline of the story\n\nThe story opens here.\n\n${line}`, 'Headline of the story').some((p) => p.startsWith('heading'))).toBe(false);
  });
});
