import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.ts';

const clean = (original: string, title?: string) => cleanText(original, title ? { title } : {});
const paragraphs = (original: string, title?: string) => {
  const cleaned = clean(original, title);
  return cleaned.paragraphs.map((p) => ({ kind: p.kind, text: cleaned.text.slice(p.start, p.end) }));
};

describe('cleaning removes what is not article text', () => {
  it.each([
    ['a scraping field name', 'schema:articleBody\n| - Putin met Erdogan.', 'Putin met Erdogan.'],
    ['a table pipe and bullet before the text', '| - The talks ended.\n|', 'The talks ended.'],
    ['a trailing desk signature', 'The talks ended. acm-jmy/har\n|', 'The talks ended.'],
    ['a metadata field before the text', ' date 2017-03 Relationerna frös till is.', 'Relationerna frös till is.'],
    ['page headers with address, e-mail and page number', 'www.example.com    news@example.com    1\n\nIt began in Moscow.\n\nwww.example.com    news@example.com    2', 'It began in Moscow.'],
    ['a banner in another script', 'آزاد افغانستان – افغانستان آزاد\nEuropean Languages زبانهای اروپائی\nIt began in Moscow.', 'It began in Moscow.'],
    ['a banner code, a byline and a dateline', 'AA-AA\nBy Ulas Atesci\n05.09.2019\nIt began in Moscow.', 'It began in Moscow.'],
  ])('%s', (_what, original, expected) => {
    expect(clean(original).text).toBe(expected);
  });
});

describe('cleaning keeps and marks what the reader needs', () => {
  it('keeps a photo caption as its own paragraph marked caption', () => {
    expect(paragraphs('Troops patrol in Idlib, March 15, 2020. (AP Photo)\nBogdanov said Monday.')).toEqual([
      { kind: 'caption', text: 'Troops patrol in Idlib, March 15, 2020. (AP Photo)' },
      { kind: 'body', text: 'Bogdanov said Monday.' },
    ]);
  });

  it('marks a headline that repeats the title, even wrapped over two lines', () => {
    const original = 'Russia and Turkey intensify military cooperation \nover US objections \nTurkish President Erdogan visited Moscow on August 27 and \n\nmet Putin there at the air show near the city of Moscow in \n\nRussia. In Moscow he advanced plans to buy missiles and jets \n\nfor the Turkish air force and army and navy and more. \n\nShort line.';
    const result = paragraphs(original, 'Russia and Turkey intensify military cooperation over US objections');
    expect(result[0]).toEqual({ kind: 'title', text: 'Russia and Turkey intensify military cooperation over US objections' });
    expect(result[1]?.text.startsWith('Turkish President Erdogan visited Moscow on August 27 and met Putin')).toBe(true);
  });
});

describe('hard-wrapped text is rejoined', () => {
  const wrapped = (lines: string[]) => lines.map((line) => `${line} \n\n`).join('');
  const body = [
    'The same day Erdogan and Putin met, a second batch of S-',
    '400 air defence systems had been delivered to Murted Airbase in Ankara. Putin',
    'replied that Turkey could buy Russia’s Su-57 fifth-',
    'generation jet fighter, and the F-',
    '35—and the Su-57 were discussed at the air show near Moscow by both delegations.',
    'That was all.',
    'A new paragraph starts here and runs on to the end of the line as they all do',
    'until it ends.',
  ];

  it('rejoins words broken at a line end, keeping their hyphen', () => {
    const text = clean(wrapped(body)).text;
    expect(text).toContain('a second batch of S-400 air defence systems');
    expect(text).toContain('Su-57 fifth-generation jet fighter');
    expect(text).toContain('the F-35—and the Su-57');
  });

  it('joins other line ends with a space and keeps paragraph ends', () => {
    const result = paragraphs(wrapped(body));
    expect(result).toHaveLength(2);
    expect(result[0]?.text).toMatch(/delivered to Murted Airbase in Ankara\. Putin replied that .* delegations\. That was all\.$/u);
    expect(result[1]?.text).toBe('A new paragraph starts here and runs on to the end of the line as they all do until it ends.');
  });

  it('does not glue lines of a text written one paragraph a line', () => {
    const text = clean('On 24 November 2015, the jet was shot down.\n\nMoscow imposed sanctions.\n').text;
    expect(text).toBe('On 24 November 2015, the jet was shot down.\n\nMoscow imposed sanctions.');
  });
});

describe('normalisation', () => {
  it.each([
    ['curly quotes', 'Putin called it a “stab in the back” and Ankara’s reply came.', 'Putin called it a "stab in the back" and Ankara\'s reply came.'],
    ['runs of white space and no-break spaces', 'Putin  \t met\u00A0Erdogan.', 'Putin met Erdogan.'],
    ['zero-width and control characters', 'Pu\u200Btin met\u0007 Erdogan.', 'Putin met Erdogan.'],
  ])('%s', (_what, original, expected) => {
    expect(clean(original).text).toBe(expected);
  });

  it('is deterministic', () => {
    const original = 'www.a.com 1\n\nIt began “here”.\n\nwww.a.com 2';
    expect(clean(original)).toEqual(clean(original));
  });

  it('maps every cleaned character back to the original', () => {
    const original = 'schema:articleBody\n| - Putin “met”  Erdogan.';
    const cleaned = clean(original);
    expect(cleaned.text).toBe('Putin "met" Erdogan.');
    expect(cleaned.origins.map((o) => original[o]).join('')).toBe('Putin “met” Erdogan.');
  });
});

describe("a reference work's layout: infobox, plain section headings, back matter", () => {
  const article = [
    'Joint Monitoring Centre',
    '',
    'Established: 30 January 2021',
    'Location: Aghdam district, Azerbaijan',
    'Personnel: Up to 60 servicemen from each side',
    '',
    'The centre was an observation post run by Russia and Turkey in Azerbaijan.[1]',
    '',
    'Closure',
    '',
    'On 18 April 2024 the Turkish defence ministry announced that the centre would stop working.[2]',
    '',
    'References',
    '',
    '1. Caucasus Watch, "Putin on the centre", 30 September 2021.',
    '2. Armenpress, "The centre to stop its activity", 18 April 2024.',
  ].join('\n');

  it.each([
    ['infobox lines are fields, the key kept as their context', 'Established: 30 January 2021', 'field'],
    ['the last line of the infobox', 'Personnel: Up to 60 servicemen from each side', 'field'],
    ['a few plain words above a paragraph are a section heading', 'Closure', 'heading'],
    ['the back matter has its heading', 'References', 'heading'],
    ['a reference is a source, not an entry of the story', 'Caucasus Watch, "Putin on the centre", 30 September 2021.', 'source'],
    ['the story stays body', 'On 18 April 2024 the Turkish defence ministry announced that the centre would stop working.[2]', 'body'],
  ])('%s', (_what, text, kind) => {
    expect(paragraphs(article, 'Joint Monitoring Centre').find((p) => p.text === text)?.kind).toBe(kind);
  });

  it.each([
    ['one "Key: value" line in a story', 'Putin met Erdogan in Sochi.\nUpdate: talks resume on Monday\nThe talks went on.'],
    ['a transcript whose turns are sentences', 'Holm: We spoke in March. It was cold.\nAydin: Yes, I remember that day.\nHolm: And then?\nAydin: Then the deal came.'],
  ])('reads no infobox in %s', (_what, original) => {
    expect(paragraphs(original).some((p) => p.kind === 'field')).toBe(false);
  });

  it('reads a list under a heading that is no back matter as entries of the story', () => {
    const kinds = paragraphs('Timeline\n\n1. Russia and Turkey signed the memorandum.\n2. The centre opened near Aghdam.').map((p) => p.kind);
    expect(kinds).not.toContain('source');
  });

  it('reads Swedish back matter too', () => {
    expect(paragraphs('Centret stängdes i april 2024 efter tre års arbete i Aghdam.\n\nKällor\n\n1. Armenpress, 18 april 2024.').at(-1)?.kind).toBe('source');
  });
});

describe('a note on when the text was revised is layout, as a dateline is', () => {
  it.each([
    ['a revision note after a note on the source', 'From the reference collection. This article was last revised on 10 May 2024.', 'dateline'],
    ['a "Last updated" line', 'Last updated: 3 March 2020', 'dateline'],
    ['an "Updated" stamp', 'Updated 8 January 2020, 14:05 GMT', 'dateline'],
    ['a Swedish stamp', 'Uppdaterad 6 mars 2020', 'dateline'],
    ['a treaty revised in the story', 'The treaty was revised in 2021 after long talks between the two sides.', 'body'],
    ['a leader who updated another', 'Putin updated Erdogan on the talks with Assad by telephone.', 'body'],
  ])('%s', (_what, line, kind) => {
    expect(paragraphs(`Putin and Erdogan met in Sochi on Tuesday for six hours of talks.\n\n${line}\n\nThe talks went on.`).find((p) => p.text === line)?.kind).toBe(kind);
  });
});

describe("a press review's item labels are layout, and their day heads the item", () => {
  it.each([
    ['an agency and a day', 'REUTERS (12 March): The envoys met in Baku.', '12 March', 'The envoys met in Baku.'],
    ['a paper of two words, a weekday and a year', 'FINANCIAL TIMES (Monday 2 May 2016): Talks resumed in Geneva.', 'Monday 2 May 2016', 'Talks resumed in Geneva.'],
  ])('%s', (_what, line, day, text) => {
    expect(paragraphs(`The week began quietly.\n\n${line}\n\nThe talks went on.`).slice(1, 3)).toEqual([
      { kind: 'heading', text: day },
      { kind: 'body', text },
    ]);
  });

  it.each([
    ['a bracket that holds no date', 'NATO (the alliance): It met in Brussels.'],
    ['a label in lower case', 'Reuters (12 March): The envoys met in Baku.'],
  ])('leaves %s as text', (_what, line) => {
    expect(paragraphs(`The week began quietly.\n\n${line}\n\nThe talks went on.`)[1]).toEqual({ kind: 'body', text: line });
  });
});

describe("a press release's frame is layout: labels, masthead, dateline, issuer boilerplate, end mark", () => {
  const release = [
    'NEWS RELEASE',
    'Ministry of Energy | Press Service',
    'For immediate release',
    '',
    'Pipeline talks end with a deal on prices',
    '',
    'Both sides agree to review the contract each year',
    '',
    'MOSCOW, 14 March 2021 — The two energy ministers signed a price agreement in Moscow yesterday after three days of talks.',
    '',
    'Main points:',
    '• Deliveries rise by a tenth from next winter.',
    '• The price is reviewed every spring.',
    '',
    'About Gasworks',
    'Gasworks is a state company founded in 1989 that runs the export pipelines.',
    '',
    'Media enquiries: Press Service, +7 495 000 00 00',
    '',
    '- ENDS -',
  ].join('\n');
  const kinds = paragraphs(release, 'Pipeline talks end with a deal on prices');
  const kindOf = (text: string) => kinds.find((p) => p.text === text)?.kind;

  it.each([
    ['the issuer named above the headline is a masthead, told as a subtitle', 'Ministry of Energy | Press Service', 'subtitle'],
    ['the headline below the masthead is the title', 'Pipeline talks end with a deal on prices', 'title'],
    ['the deck below it is a subtitle', 'Both sides agree to review the contract each year', 'subtitle'],
    ['the place and date opening the lead are its dateline', 'MOSCOW, 14 March 2021', 'dateline'],
    ['the lead without its dateline is the story', 'The two energy ministers signed a price agreement in Moscow yesterday after three days of talks.', 'body'],
    ['a bullet is an entry', 'Deliveries rise by a tenth from next winter.', 'entry'],
    ['the issuer boilerplate is back matter, not story', 'Gasworks is a state company founded in 1989 that runs the export pipelines.', 'source'],
  ])('%s', (_what, text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([['NEWS RELEASE'], ['For immediate release'], ['Media enquiries: Press Service, +7 495 000 00 00'], ['- ENDS -']])('drops the frame line "%s"', (line) => {
    expect(clean(release, 'Pipeline talks end with a deal on prices').text).not.toContain(line);
  });

  it.each([
    ['"###"', '###'],
    ['"-30-"', '-30-'],
    ['an embargo', 'EMBARGOED UNTIL 10:00 CET, 5 MAY'],
    ['a Swedish label', 'PRESSMEDDELANDE'],
    ['a Swedish contact', 'Presskontakt: Anna Berg, pressavdelningen'],
  ])('drops %s too', (_what, line) => {
    expect(clean(`The ministers met in Ankara on Monday.\n\n${line}`).text).toBe('The ministers met in Ankara on Monday.');
  });

  it.each([
    ['a sentence that starts with "About" and a number', 'About 300 soldiers crossed the border that night.'],
    ['a sentence on contact between the armies', 'Contact between the two armies was lost at dawn.'],
    ['a sentence ending a release', 'The release of the prisoners ends a long dispute.'],
  ])('keeps %s as story', (_what, line) => {
    expect(paragraphs(`The ministers met in Ankara on Monday.\n\n${line}\n\nThe talks went on.`).find((p) => p.text === line)?.kind).toBe('body');
  });

  it('reads no masthead before a headline that the first line already spells', () => {
    expect(paragraphs('Talks end in Sochi\n\nThe two leaders met for six hours.', 'Talks end in Sochi')[0]).toEqual({ kind: 'title', text: 'Talks end in Sochi' });
  });
});
