import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR, prepareDocument } from '../../src/corpus/load.ts';
import type { DocumentMeta, Language } from '../../src/corpus/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { analyseDocument } from '../../src/search/analysis.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { support } from '../../src/search/support.ts';
import { contentStems } from '../../src/text/dictionary.ts';
import { SortedTable } from '../../src/text/sorted-table.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

const meta = (id: string, language: Language, title: string): DocumentMeta => ({
  id,
  file: `${id}.txt`,
  title,
  publisher: null,
  language,
  published: { value: '2024-05-02', granularity: 'day', inferred: false },
  quality: [],
});

/** An index over documents written for the test, not taken from the corpus. */
function indexOf(...documents: Array<[string, Language, string]>): PassageIndex {
  const analysed = documents.map(([id, language, text]) => analyseDocument(prepareDocument(meta(id, language, `${id} report`), text), data.analyzer));
  return PassageIndex.build(data.analyzer, analysed);
}

describe('a fresh Swedish sentence, never seen before', () => {
  const sentence = 'Regeringen i Moskva hotar med nya sanktioner mot Turkiet efter flygräden.';

  it('is glossed word by word from the dictionary, names kept', () => {
    const gloss = data.gloss.gloss(sentence);
    for (const english of ['Moscow', 'threat', 'sanction', 'against Turkey', 'after the airstrike']) expect(gloss).toContain(english);
  });

  it('glosses the common words of news prose FreeDict lacks, from the news glossary and the function words', () => {
    const gloss = data.gloss.gloss('Regeringen bekräftade att vissa länder vill undvika en spricka i alliansen.');
    for (const english of ['confirmed', 'some', 'avoid', 'rift']) expect(gloss).toContain(english);
  });

  it('reads "ledning", which FreeDict lacks, in both its senses in news: a pipeline and a leadership', () => {
    expect(data.dictionary.translate('ledningen', 'sv')).toEqual(expect.arrayContaining(['pipeline', 'leadership']));
    const index = indexOf(['line', 'en', 'The new pipeline runs under the lake to the coast.\n'], ['other', 'en', 'The new bridge runs over the lake to the coast.\n']);
    expect(index.search('Var går ledningen?', { limit: 1 })[0]?.documentId).toBe('line');
  });

  it('reads "fånge" as a prisoner, not the verb "fånga" (capture) FreeDict puts first, and finds a prisoner swap by "fångutväxlingen"', () => {
    expect(data.dictionary.translate('fånge', 'sv')[0]).toBe('prisoner');
    const index = indexOf(['swap', 'en', 'Ten prisoners were freed in an exchange at the airport.\n'], ['fish', 'en', 'Fishermen landed a record catch at the harbour.\n']);
    expect(index.search('Berätta om fångutväxlingen', { limit: 1 })[0]?.documentId).toBe('swap');
  });

  it('is bridged: an English question finds it, and it finds an English passage', () => {
    const index = indexOf(
      ['hot', 'sv', sentence],
      ['weather', 'en', 'Heavy rain fell on Istanbul on Tuesday and closed two roads.'],
      ['threat', 'en', 'The government in Moscow threatened Ankara with new sanctions after the raid.'],
    );
    expect(index.search('Moscow threatens sanctions against Turkey', { limit: 3 }).map((h) => h.documentId)).toContain('hot');
    expect(index.search('sanktioner mot Turkiet', { limit: 2 }).map((h) => h.documentId)).toContain('threat');
  });
});

describe('a Swedish particle verb is asked for by its English', () => {
  it.each([
    ['När ägde toppmötet rum?', ['take', 'place'], 'rum'],
    ['När trädde avtalet i kraft?', ['take', 'effect'], 'kraft'],
    ['Vem tog emot leveransen?', ['receiv'], 'emot'],
  ])('%s asks for %j, not for the particle "%s" as a word of its own', (question, english, particle) => {
    const index = indexOf(['any', 'sv', 'Presidenterna möttes i Sotji.\n']);
    const { terms } = index.analyse(question, { language: 'sv', confident: true });
    for (const term of english) expect(terms).toContain(term);
    expect(terms).not.toContain(data.analyzer.terms(particle, 'sv')[0]);
  });

  it('"hoppa av" is to withdraw from something, not to jump: a Swedish question finds the English passage of a withdrawal', () => {
    const index = indexOf(['withdrew', 'en', 'The team withdrew from the tournament in May.\n'], ['jumped', 'en', 'The team jumped to first place in the tournament in May.\n']);
    const { terms } = index.analyse('När hoppade laget av turneringen?', { language: 'sv', confident: true });
    expect(terms).toContain('withdraw');
    expect(terms).not.toContain(data.analyzer.terms('hoppade', 'sv')[0]);
    expect(index.search('När hoppade laget av turneringen?', { limit: 1 })[0]?.documentId).toBe('withdrew');
  });

  it("across a question's subject, which stands between the verb and its particle", () => {
    const index = indexOf(['any', 'sv', 'Presidenterna möttes i Sotji.\n']);
    const { terms } = index.analyse('När lades den gemensamma ryska militärbasen i Syrien ned?', { language: 'sv', confident: true });
    expect(terms).toContain('shut');
    expect(terms).not.toContain(data.analyzer.terms('lades', 'sv')[0]);
  });

  it('so an English question finds the Swedish passage that tells it so, and a Swedish one the English passage', () => {
    const index = indexOf(
      ['kraft', 'sv', 'Det nya handelsavtalet trädde i kraft den 1 januari.\n'],
      ['annat', 'sv', 'Handelsavtalet förhandlades i flera år.\n'],
      ['place', 'en', 'The summit took place in Sochi in October.\n'],
      ['other', 'en', 'The summit was planned for months.\n'],
    );
    expect(index.search('When did the trade deal take effect?', { limit: 1 })[0]?.documentId).toBe('kraft');
    expect(index.search('När ägde toppmötet rum?', { limit: 1 })[0]?.documentId).toBe('place');
  });

  it('while a passage keeps its verb and particle too: a question that splits them ("kom X och Y överens") still finds it', () => {
    const terms = data.analyzer.analyze('De kom överens i Sotji.', 'sv');
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['agre', ...data.analyzer.terms('kom', 'sv')]));
  });
});

describe('a Swedish word that puts a particle verb’s particle first means the particle verb', () => {
  it('so a Swedish question about the "nedskjutning" finds the English passage that tells what was shot down', () => {
    const index = indexOf(['other', 'en', 'The helicopter landed in the valley.\n'], ['down', 'en', 'A missile shot down the helicopter over the valley.\n']);
    expect(index.search('Vad hände efter nedskjutningen av helikoptern?', { limit: 1 })[0]?.documentId).toBe('down');
  });
});

describe('a Swedish compound head is read as the word it inflects', () => {
  it('"Sotjimötet" is Sochi and möte, as "mötet i Sotji" is', () => {
    const compound = data.analyzer.terms('Sotjimötet', 'sv');
    for (const term of data.analyzer.terms('mötet Sotji', 'sv')) expect(compound).toContain(term);
  });
});

describe('an English phrasal verb written closed up as one word', () => {
  it.each([
    ['shootdown', 'shot down'],
    ['pushback', 'pushed back'],
  ])('"%s" is read with the verb of "%s", which WordNet lists apart', (closed, open) => {
    expect(data.analyzer.terms(closed, 'en')).toContain(data.analyzer.terms(open, 'en')[0]);
  });

  it('while a word WordNet lists itself keeps its own meaning ("crackdown" is no "crack")', () => {
    expect(data.analyzer.terms('crackdown', 'en')).toEqual([data.analyzer.terms('crackdown', 'en')[0]]);
    expect(data.analyzer.terms('crackdown', 'en')).not.toContain(data.analyzer.terms('crack', 'en')[0]);
  });

  it('so a question that says "shootdown" finds the passage that says "shot down"', () => {
    const index = indexOf(['jets', 'en', 'In May 2024 two fighters shot down a drone over the bay.\n\nIn June 2024 the navy held drills in the bay.']);
    expect(index.search('When was the shootdown over the bay?')[0]?.passageId).toBe('jets/p1s1');
  });
});

describe('Swedish compounds no dictionary lists are split into their parts', () => {
  it.each([
    ['turkietambassadören', ['turkey', 'ambassador'], 'Turkey ambassador'],
    ['Astanasamtalen', ['astana', 'samtal'], 'Astana talks'],
    ['säkerhetskorridor', ['sakerhet', 'korrid'], 'security corridor'],
    ['drönarattacker', ['dron', 'attack'], undefined],
    // A head in its definite neuter form, which Snowball leaves whole.
    ['spannmålsavtalet', ['spannmal', 'avtal'], 'grain agreement'],
    ['sotjiavtalet', ['sochi', 'avtal'], 'Sochi agreement'],
  ])('%s', (word, parts, english) => {
    expect(data.analyzer.terms(word, 'sv')).toEqual(expect.arrayContaining(parts));
    if (english) expect(data.gloss.word(word)).toBe(english);
  });

  it.each(['timmars', 'bekräftade', 'leveranserna', 'samtal', 'upprättade', 'upprätta', 'överenskommelsen', 'halvåret'])('but not a word that is no compound: %s', (word) => {
    expect(data.analyzer.lexicon.dictionary.splitCompound(word)).toBeUndefined();
  });

  it('a known compound whose first part is an English loan FreeDict lacks is split at the loan, and a question finds the passage by it', () => {
    const [loan] = data.analyzer.terms('charter', 'sv');
    expect(data.analyzer.terms('charterresorna', 'sv')).toEqual(expect.arrayContaining([loan, ...data.analyzer.terms('resa', 'sv')]));
    expect(data.analyzer.terms('charterflygen', 'sv')).toContain(loan);
    const index = indexOf(['flights', 'sv', 'I maj förbjöds alla charterflyg till kusten.\n'], ['trains', 'sv', 'I maj förbjöds alla godståg till kusten.\n']);
    expect(index.search('När förbjöds charterresorna?')[0]?.documentId).toBe('flights');
  });

  it.each([
    ['trepartsmötet', 'möte'],
    ['fredsavtalsförslaget', 'förslag'],
  ])('one whose first part is a compound itself, before its linking s, is split at the s: %s', (word, head) => {
    expect(data.analyzer.terms(word, 'sv')).toEqual(expect.arrayContaining(data.analyzer.terms(head, 'sv')));
  });

  it.each(['kopplingar', 'förbundskapten'])('but not at an opening that is no English word: %s', (word) => {
    expect(data.analyzer.lexicon.dictionary.splitCompound(word)).toBeUndefined();
  });

  it('a question naming one the passages never hold whole is asked by its parts, and the name is known', () => {
    const index = indexOf(['astana', 'en', 'In January 2017 Russia, Turkey and Iran launched talks in Astana.\n'], ['other', 'en', 'The presidents met in Sochi.\n']);
    const query = index.analyse('När började Astanasamtalen?');
    expect(index.unknownNames(query)).toEqual([]);
    expect(query.terms).toEqual(expect.arrayContaining(['astana', 'samtal']));
    expect(query.terms).not.toContain('astanasamtal');
    const [hit] = index.search(query, { limit: 1 });
    expect(hit?.documentId).toBe('astana');
    expect(support(index, query, index.termsOf(hit?.passageId ?? ''))).toBeGreaterThan(0.5);
  });

  it('while a name no passage holds in any part stays unknown', () => {
    const index = indexOf(['other', 'en', 'The presidents met in Sochi.\n']);
    expect(index.unknownNames(index.analyse('När började Canberrasamtalen?'))).toEqual(['Canberrasamtalen']);
  });
});

describe('misspelt and variant names in a question read as the name', () => {
  it.each([
    ['Turky', 'Turkey'],
    ['Rusian', 'Russian'],
    ['Erdogn', 'Erdogan'],
    ['Erdoğan', 'Erdogan'],
    ['Moskva', 'Moscow'],
    ['Su 24', 'Su-24'],
    ['Puttin', 'Putin'],
  ])('%s as %s', (variant, name) => {
    const index = indexOf(['x', 'en', 'Nothing here.']);
    expect(index.analyse(`When did ${variant} act?`).terms).toEqual(index.analyse(`When did ${name} act?`).terms);
  });

  it('but leaves dictionary words alone ("tuned" is not "Tunis")', () => {
    expect(indexOf(['x', 'en', 'Nothing here.']).respell('When was it tuned?')).toBe('When was it tuned?');
  });

  it('so a near-spelling never vetoes an answer: support counts it in full', () => {
    const index = indexOf(['jet', 'en', 'Turkish jets shot down a Russian warplane near the border.']);
    const question = index.analyse('When did Turky shot down the Rusian warplan?');
    expect(support(index, question, index.termsOf('jet/p1s1'))).toBe(1);
  });
});

describe('a light verb weighs less than the words it lends a verb to', () => {
  it('so a text that says "sorry" without "say" lacks less than one without a verb of the same rarity', () => {
    const index = indexOf(['c', 'en', 'The mayor was sorry for the flood.\n'], ['e', 'en', 'Rain fell on the town.\n']);
    const terms = index.termsOf('c/p1s1');
    const light = index.analyse('When did the mayor say sorry for the flood?');
    const content = index.analyse('When did the mayor sing sorry for the flood?');
    expect(index.idf(light.terms.find((t) => !content.terms.includes(t)) ?? '')).toBe(index.idf(content.terms.find((t) => !light.terms.includes(t)) ?? ''));
    expect(support(index, light, terms)).toBeGreaterThan(support(index, content, terms));
  });
});

describe('a question word no document uses, in any wording, is the asker\'s', () => {
  it('and lacks less than a word some document uses elsewhere', () => {
    const index = indexOf(['c', 'en', 'The mayor opened the bridge over the river.\n'], ['e', 'en', 'Rain fell on the town in a gale.\n']);
    const terms = index.termsOf('c/p1s1');
    const asker = index.analyse('When did the mayor zorgle open the bridge?');
    const story = index.analyse('When did the mayor gale open the bridge?');
    expect(index.unheardTerms(asker)).toContain('zorgl');
    expect(support(index, asker, terms)).toBeGreaterThan(support(index, story, terms));
  });
});

describe('WordNet rewords a question below its own words', () => {
  const index = () =>
    indexOf(
      ['green', 'en', 'Putin and Erdogan gave the green light to build the first nuclear reactor in Turkey.'],
      ['ahead', 'en', 'Erdogan gave the go-ahead to build the first nuclear reactor in Turkey.'],
      ['other', 'en', 'The two leaders discussed trade and tourism in Sochi.'],
    );

  it('finds a synonym the passage uses ("go-ahead" ↔ "green light", "atomic" ↔ "nuclear")', () => {
    expect(index().search('go-ahead for the atomic plant', { limit: 2 }).map((h) => h.documentId)).toEqual(['ahead', 'green']);
  });

  it('and ranks the passage with the question’s own word first', () => {
    expect(index().search('go-ahead for the nuclear reactor', { limit: 1 })[0]?.documentId).toBe('ahead');
  });

  it('leaves names unreworded: Turkey is no fowl, Moscow no capital in general', () => {
    const query = index().analyse('When did Turkey and Moscow talk?');
    expect(query.expansions.get('turkey')).toBeUndefined();
    // Only as the state it is the seat of (see below).
    expect(query.expansions.get('moscow')?.map((e) => e.term)).toEqual(['russia']);
    expect(query.expansions.get('talk')?.length).toBeGreaterThan(0);
  });

  it('looks a phrase up with its particle, a stop word ("kicked out" → suspended, a way of kicking out)', () => {
    const index = indexOf(
      ['suspended', 'en', 'Washington suspended Turkish participation in the F-35 program.'],
      ['other', 'en', 'Washington praised Turkish participation in the F-35 program.'],
    );
    expect(index.analyse('Turkey was kicked out of the F-35 program').expansions.get('kick')?.map((e) => e.term)).toEqual(expect.arrayContaining(['expel', 'suspend']));
    expect(index.search('Turkey was kicked out of the F-35 program', { limit: 1 })[0]?.documentId).toBe('suspended');
  });

  it('looks a phrase up that opens on a particle before the word ("a down payment" → deposit)', () => {
    const index = indexOf(
      ['deposit', 'en', 'The buyer has already paid a deposit on the order.'],
      ['other', 'en', 'The buyer has already praised the order.'],
    );
    expect(index.analyse('How big was the down payment on the order?').expansions.get('payment')?.map((e) => e.term)).toContain('deposit');
    expect(index.search('How big was the down payment on the order?', { limit: 1 })[0]?.documentId).toBe('deposit');
  });

  it('but not with a preposition: "looks at" is a look, not "look at" (consider, study)', () => {
    const wordings = indexOf(['any', 'en', 'Erdogan looked at the jets.']).analyse('Erdogan looks at buying jets').expansions.get('look')?.map((e) => e.term) ?? [];
    expect(wordings).toContain('gaze');
    expect(wordings).not.toContain('consid');
  });

  it('reads the irregular forms of a phrase ("shot down")', () => {
    expect(data.analyzer.lexicon.wordnet.related('shot down', ['synonym'])).toEqual(data.analyzer.lexicon.wordnet.related('shoot down', ['synonym']));
    expect(data.analyzer.lexicon.wordnet.related('shot down', ['synonym'])).toContain('kill');
  });
});

describe('distributional neighbours reword a word the documents never use', () => {
  const index = () =>
    indexOf(
      ['fines', 'en', 'Moscow lifted the remaining fines on Turkish firms in May.'],
      ['other', 'en', 'Moscow welcomed Turkish firms at the trade fair in May.'],
    );

  it('finds the passage that words it otherwise ("penalties" ↔ "fines"), which WordNet does not relate', () => {
    expect(data.analyzer.lexicon.wordnet.related('penalties', ['synonym', 'hypernym', 'hyponym', 'derivation'])).not.toContain('fines');
    expect(index().search('Moscow dropped its penalties on Turkish firms', { limit: 1 })[0]?.documentId).toBe('fines');
  });

  it('weighs each by how alike the two words are used, below the word itself', () => {
    const wordings = index().analyse('penalties').expansions.get('penalti') ?? [];
    const weight = (term: string) => wordings.find((e) => e.term === term)?.weight ?? 0;
    // GloVe: "fines" is used more like "penalties" than "punishment" is.
    expect(weight('fine')).toBeGreaterThan(weight('punish'));
    expect(weight('punish')).toBeGreaterThan(0);
    expect(weight('fine')).toBeLessThan(1);
  });

  it('while a word the documents use finds its own passages first: "fines" is reworded as "penalties" lower than "penalties" as "fines"', () => {
    const weight = (text: string, term: string, wording: string) => index().analyse(text).expansions.get(term)?.find((e) => e.term === wording)?.weight ?? 0;
    expect(weight('fines', 'fine', 'penalti')).toBeLessThan(weight('penalties', 'penalti', 'fine') / 2);
  });
});

describe('a word the documents use is reworded by its mutual neighbours only, each among the other’s closest', () => {
  // "station" and "forces" are words of the documents, so "stationed" and "forces" are no words they never use.
  const index = () =>
    indexOf(
      ['deployed', 'en', 'Hundreds of Russian troops are deployed across Syria.'],
      ['station', 'en', 'Russia builds the nuclear station in Mersin.'],
      ['market', 'en', 'Market forces decide the price of gas.'],
      ['other', 'en', 'Russian diplomats praised the talks in Syria.'],
    );
  const wordings = (text: string, term: string) => index().analyse(text).expansions.get(term) ?? [];

  it.each([
    // asked, its term, a mutual neighbour WordNet does not relate, a one-way neighbour (used like it, but its closest words are others)
    ['How many Russian soldiers are stationed in Syria?', 'station', 'deploi', 'battalion'],
    ['Which Russian forces are in Syria?', 'forc', 'troop', undefined],
  ])('%s', (asked, term, mutual, oneWay) => {
    const terms = wordings(asked, term).map((e) => e.term);
    expect(terms).toContain(mutual);
    if (oneWay) expect(terms).not.toContain(oneWay);
  });

  it('below the weight a word no document uses gives its neighbours', () => {
    const mutual = wordings('stationed', 'station').find((e) => e.term === 'deploi')?.weight ?? 0;
    const unused = indexOf(['any', 'en', 'Russia builds a plant.']).analyse('stationed').expansions.get('station')?.find((e) => e.term === 'deploi')?.weight ?? 0;
    expect(mutual).toBeGreaterThan(0);
    expect(mutual).toBeLessThan(unused);
  });

  it('so the passage that words it otherwise is found first', () => {
    expect(index().search('Which Russian forces are in Syria?', { limit: 1 })[0]?.documentId).toBe('deployed');
  });
});

describe('a Swedish question is reworded as its English translations would be, below them', () => {
  const index = () =>
    indexOf(
      // First, so that it ranks first among equal scores.
      ['other', 'en', 'Russia joined the talks in Syria in September 2015.'],
      ['conflict', 'en', 'Russia joined the conflict in Syria in September 2015.'],
    );

  it.each([
    // asked, its term, its translation, a word WordNet relates to the translation (war → conflict, a hypernym)
    ['När gick Ryssland in i kriget i Syrien?', 'krig', 'war', 'conflict'],
    ['När började vapenvilan?', 'vapenvil', 'truce', 'armistic'],
  ])('%s', (asked, term, translation, related) => {
    const wordings = index().analyse(asked).expansions.get(term) ?? [];
    const weight = (wording: string) => wordings.find((e) => e.term === wording)?.weight ?? 0;
    expect(weight(related)).toBeGreaterThan(0);
    expect(weight(related)).toBeLessThan(weight(translation));
  });

  it('so it finds the English passage that words it otherwise', () => {
    expect(index().search('När gick Ryssland in i kriget i Syrien?', { limit: 1 })[0]?.documentId).toBe('conflict');
  });

  it('while an English question read also as Swedish is not reworded through its Swedish reading ("as" is no carcass, no body)', () => {
    const wordings = index().analyse('Erdogan praised it as historic').expansions.get('as')?.map((e) => e.term) ?? [];
    expect(wordings).not.toContain('bodi');
  });
});

describe('a seat of government stands for its state, well below its own name', () => {
  const index = () =>
    indexOf(
      // First, so that it ranks first among equal scores.
      ['other', 'en', 'Troops patrolled the border near Idlib.'],
      ['russian', 'en', 'Russian troops patrolled the border near Idlib.'],
    );

  it.each([
    // asked, the seat's term, the state's
    ["Moscow's troops near Idlib", 'moscow', 'russia'],
    ['What did the Kremlin say?', 'kremlin', 'russia'],
    ['Ankara sent troops', 'ankara', 'turkey'],
    ['Damascus accused Ankara', 'damascu', 'syria'],
  ])('%s', (asked, seat, state) => {
    const weight = index().analyse(asked).expansions.get(seat)?.find((e) => e.term === state)?.weight ?? 0;
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(0.5);
  });

  it('so a passage that names the state is found for its capital', () => {
    expect(index().search("Moscow's troops near Idlib", { limit: 1 })[0]?.documentId).toBe('russian');
  });

  it('while a state is not reworded as its capital, and a name no seat is not reworded at all', () => {
    expect(index().analyse('Russian troops').expansions.get('russia')).toBeUndefined();
    expect(index().analyse('Putin said').expansions.get('putin')).toBeUndefined();
  });
});

describe('the news glossary rewords a question in its own language', () => {
  it('translates a compound with its modifier: "gasledningen" is a gas pipeline, which a "gas transport project" answers in part', () => {
    expect(data.analyzer.lexicon.dictionary.translate('gasledningen', 'sv')).toContain('gas pipeline');
  });

  it('finds the word of the same entry the passage uses ("soldiers" ↔ "troops"), below the question’s own word', () => {
    const index = indexOf(
      ['troops', 'en', 'Hundreds of Russian troops are deployed across Syria.'],
      ['other', 'en', 'Russian diplomats are posted across Syria.'],
      ['soldiers', 'en', 'Hundreds of Russian soldiers are deployed across Syria.'],
    );
    expect(index.analyse('Russian soldiers in Syria').expansions.get('soldier')?.map((e) => e.term)).toContain('troop');
    expect(index.search('Russian soldiers in Syria', { limit: 2 }).map((h) => h.documentId)).toEqual(['soldiers', 'troops']);
  });
});

describe('a Swedish definite neuter is read as its word', () => {
  it('"kriget" and "avtalet" are krig and avtal, which Snowball leaves apart', () => {
    expect(data.analyzer.terms('kriget avtalet', 'sv')).toEqual(data.analyzer.terms('krig avtal', 'sv'));
    const index = indexOf(['krig', 'sv', 'Ryssland gick in i ett krig i Syrien 2015.\n'], ['annat', 'sv', 'Ryssland och Turkiet talade om handel 2015.\n']);
    expect(index.search('När började kriget?', { limit: 1 })[0]?.documentId).toBe('krig');
  });

  it('"mötet" and "vapenvilan" are möte and vapenvila, and "möte" is no "mot" (against)', () => {
    expect(data.analyzer.terms('mötet vapenvilan frågan ceremonin', 'sv')).toEqual(data.analyzer.terms('möte vapenvila fråga ceremoni', 'sv'));
    // A capitalised word inside a text is a name: "Milan" is no definite "mila".
    expect(data.analyzer.terms('i Milan', 'sv')).toEqual(['milan']);
    expect(data.analyzer.terms('ett möte', 'sv')).toHaveLength(1);
    const index = indexOf(['mote', 'sv', 'Presidenterna hade ett möte i Sotji i oktober.\n'], ['annat', 'sv', 'Presidenterna talade i telefon i oktober.\n']);
    expect(index.search('Var hölls mötet?', { limit: 1 })[0]?.documentId).toBe('mote');
  });

  it('names of news text at large are one term in both languages (FN:s is the UN, Grekland is Greece)', () => {
    expect(data.analyzer.terms('FN:s generalsekreterare i Grekland', 'sv')).toEqual(expect.arrayContaining(data.analyzer.terms('the UN in Greece', 'en')));
    expect(data.analyzer.terms('ukrainska hamnar', 'sv')[0]).toBe(data.analyzer.terms('Ukraine', 'en')[0]);
  });

  it('the article "a" is a function word, which the English stop-word list lacks', () => {
    expect(data.analyzer.terms('How big a share of the power', 'en')).toEqual(data.analyzer.terms('big share power', 'en'));
  });

  it('a question that names its source ("according to the article on …") asks the documents for its topic, not for the word "article"', () => {
    expect(data.analyzer.terms('according to the article on the pipeline', 'en')).toEqual(data.analyzer.terms('pipeline', 'en'));
    expect(data.analyzer.terms('enligt artikeln om gasledningen', 'sv')).toEqual(data.analyzer.terms('gasledningen', 'sv'));
  });

  it('"sitt", "före", "genom", "annan", "mest" and "in" are function words, as "its", "before", "through", "other", "most" and "in" are', () => {
    expect(data.analyzer.terms('sitt brev före mötet genom ombud', 'sv')).toEqual(data.analyzer.terms('brev mötet ombud', 'sv'));
    expect(data.analyzer.terms('en annan ledare och det mesta av gasen', 'sv')).toEqual(data.analyzer.terms('ledare gasen', 'sv'));
    expect(data.analyzer.terms('Var ligger verket och vad ska det göra?', 'sv')).toEqual(data.analyzer.terms('verket göra', 'sv'));
    // "in" is "into", a preposition and a verb's particle ("skickade in soldater"), as English "in" is a stop word.
    expect(data.analyzer.terms('skickade in soldater', 'sv')).toEqual(data.analyzer.terms('skickade soldater', 'sv'));
    // "andra" is also "second": "den andra leveransen" asks for the second delivery.
    expect(data.analyzer.terms('den andra leveransen', 'sv')).toHaveLength(2);
  });

  it.each([
    ['ur', 'out of'],
    ['bland', 'among'],
    ['eftersom', 'because'],
    ['vissa', 'some'],
  ])('"%s" is a function word, as "%s" is', (swedish) => {
    expect(data.analyzer.terms(`soldaterna ${swedish} lägret`, 'sv')).toEqual(data.analyzer.terms('soldaterna lägret', 'sv'));
  });

});

describe('a short vowel\'s m or n, doubled before an ending, is single in the word', () => {
  it('"programmet" is program, and no compound ("pro" + "grammet")', () => {
    expect(data.analyzer.terms('programmet', 'sv')).toEqual(data.analyzer.terms('program', 'sv'));
    expect(data.dictionary.splitCompound('programmet')).toBeUndefined();
  });

  it.each([
    ['gemensamma', 'joint'],
    ['vännen', 'friend'],
    ['tomma', 'empty'],
  ])('"%s" is translated as its word: %s', (form, english) => {
    expect(data.dictionary.translate(form, 'sv')).toContain(english);
  });

  it('but not as a function word: "sinnet" is no "sin" (its)', () => {
    expect(data.dictionary.translate('sinnet', 'sv')).not.toContain('its');
  });
});

describe('a foreign name in a Swedish text', () => {
  it('is the term its English analysis gives, not one cut by Swedish endings ("Esper" is no "esp" + -er)', () => {
    for (const name of ['Esper', 'Zafer', 'Anapa']) expect(data.analyzer.terms(`Mötet med ${name} hölls i maj.`, 'sv')).toContain(data.analyzer.terms(`The meeting with ${name} was held in May.`, 'en')[1]);
  });

  it('while a Swedish word that opens a sentence is still a Swedish word ("Relationerna")', () => {
    expect(data.analyzer.terms('Relationerna frös till is.', 'sv')[0]).toBe(data.analyzer.terms('relationerna', 'sv')[0]);
  });
});

describe('British and American spellings are one term', () => {
  it('when WordNet lists both in one synset, in any inflection', () => {
    for (const [british, american] of [['apologised', 'apologized'], ['organisations', 'organizations'], ['programmes', 'programs'], ['defence', 'defense'], ['centres', 'centers'], ['labour', 'labor'], ['analysed', 'analyzed']]) {
      expect(data.analyzer.terms(british as string, 'en'), british).toEqual(data.analyzer.terms(american as string, 'en'));
    }
  });

  it('but a word the rules only look like stays itself ("hour" is no "hor", "tour" no "tor", a hill)', () => {
    expect(data.analyzer.lexicon.wordnet.americanForm('hour')).toBeUndefined();
    expect(data.analyzer.lexicon.wordnet.americanForm('tours')).toBeUndefined();
    expect(data.analyzer.lexicon.wordnet.americanForm('precise')).toBeUndefined();
  });

  it('so a question in one spelling finds a passage in the other', () => {
    const index = indexOf(['defense', 'en', 'The defense ministry said the organization apologized.\n'], ['other', 'en', 'The ministry said the talks went well.\n']);
    expect(index.search('Which defence organisation apologised?', { limit: 1 })[0]?.documentId).toBe('defense');
  });
});

describe('a word of four letters finds the longer words it begins', () => {
  it('"pipe" finds the pipeline', () => {
    const index = indexOf(['other', 'en', 'The presidents met in Istanbul.'], ['pipeline', 'en', 'The presidents opened the pipeline in Istanbul.']);
    expect(index.search('the pipe in Istanbul', { limit: 1 })[0]?.documentId).toBe('pipeline');
  });
});

describe('the lexicon files are what their scripts make', () => {
  it.each(['freedict-swe-eng.tsv', 'freedict-eng-swe.tsv'])('%s: its stem columns are the stemmer’s', (name) => {
    const [from, to]: [Language, Language] = name === 'freedict-swe-eng.tsv' ? ['sv', 'en'] : ['en', 'sv'];
    const lines = readFileSync(join(BUNDLED_DATA_DIR, 'lexicon', name), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines.length).toBeGreaterThan(4000);
    for (const line of lines) {
      const [headword = '', translations = '', stems = '', translationStems = ''] = line.split('\t');
      expect(stems, headword).toBe(contentStems(headword, from).join(' '));
      expect(translationStems, headword).toBe(translations.split('|').map((t) => contentStems(t, to).join(' ')).join('|'));
    }
  });

  it.each(['wordnet-en.tsv', 'freedict-swe-eng.tsv', 'freedict-eng-swe.tsv', 'hunspell-sv-stems.tsv', 'neighbours-en.tsv'])('%s is sorted, as look-ups need', (name) => {
    expect(new SortedTable(readFileSync(join(BUNDLED_DATA_DIR, 'lexicon', name), 'utf8')).firstUnsorted()).toBeUndefined();
  });

  it.each(['wordnet-en.tsv', 'freedict-swe-eng.tsv', 'hunspell-sv-stems.tsv', 'neighbours-en.tsv'])('%s names its source and licence', (name) => {
    const header = readFileSync(join(BUNDLED_DATA_DIR, 'lexicon', name), 'utf8').split('\n', 3).join('\n');
    expect(header).toMatch(/^# .*(?:WordNet|FreeDict|dictionary-sv|GloVe)/u);
    expect(header).toMatch(/Licen[cs]e|GPL/u);
  });
});

describe('a document’s readings', () => {
  it('are what analysis reads; the quote stays as written', () => {
    const doc = prepareDocument(
      { ...meta('mt', 'en', 'MT report'), readings: [{ written: 'dropped', reads: 'shot down', why: 'machine translation' }] },
      'Two fighters dropped a Russian jet.',
    );
    const [passage] = doc.passages;
    expect(passage?.text).toBe('Two fighters dropped a Russian jet.');
    expect(passage?.reading).toBe('Two fighters shot down a Russian jet.');
    expect(analyseDocument(doc, data.analyzer).analysed[0]?.text).toContain('shoot');
  });
});

describe('a misspelt word of a question is read as the word it is near, once, on the text', () => {
  const index = () =>
    indexOf(
      ['pipe', 'en', 'The presidents opened the TurkStream pipeline in Istanbul.'],
      ['sanction', 'en', 'In late May, Putin orders the lifting of most remaining sanctions on Turkey.'],
    );

  it.each([
    ['Where was the pipline opened?', 'Where was the pipeline opened?'],
    ['When were the sactions lifted?', 'When were the sanctions lifted?'],
    ['When did Turky and Rusian leaders meet?', 'When did Turkey and Russian leaders meet?'],
    ['How did Putin dsecribe the talks?', 'How did Putin describe the talks?'],
    ['Give me a timelne of 2020', 'Give me a timeline of 2020'],
    // Two letters swapped across the ending, so that no base form is an edit away; of the words that are
    // (penalises, penalizes, penalties), the common one in news text.
    ['When were the penalites dropped?', 'When were the penalties dropped?'],
    ['When did the deliveires start?', 'When did the deliveries start?'],
  ])('%s', (asked, read) => {
    expect(index().respell(asked)).toBe(read);
  });

  it('leaves words of the language and the documents alone, and a name it does not know', () => {
    for (const text of ['When was the pipeline opened?', 'When did Biden visit Ankara?', 'När började leveranserna?']) expect(index().respell(text)).toBe(text);
  });

  it('leaves a common word of news text alone that WordNet does not list, though the documents use one a letter away', () => {
    const wherever = indexOf(['any', 'en', 'Troops may be sent wherever they are needed.']);
    expect(wherever.respell('Turkey will hit back whenever it is attacked')).toBe('Turkey will hit back whenever it is attacked');
  });

  it('so that a misspelt word is reworded as the word it stands for ("penalites" as penalties: fines)', () => {
    const fines = indexOf(['fines', 'en', 'Moscow lifted the remaining fines on Turkish firms in May.'], ['other', 'en', 'Moscow welcomed Turkish firms at the fair in May.']);
    const query = fines.analyse('When were the penalites on Turkish firms lifted?');
    expect(query.expansions.get('penalti')?.map((e) => e.term)).toContain('fine');
    expect(fines.search('When were the penalites on Turkish firms lifted?', { limit: 1 })[0]?.documentId).toBe('fines');
  });

  it('so that the misspelt question finds what the right one finds', () => {
    const hits = (text: string) => index().search(text, { limit: 1 }).map((h) => h.documentId);
    expect(hits('when were the sactions lifted')).toEqual(hits('when were the sanctions lifted'));
  });
});

describe('a rewording found in the noun English makes of it', () => {
  it.each([
    ['When did the town get its flood shield?', 'The town got its flood defences in May.', 'shield', 'defend'],
    ['How much did the mayor spend on the town hall?', 'The town hall expenses of the mayor were high.', 'spend', 'expend'],
  ])('%s is supported by "%s" (%s: %s → its noun)', (question, sentence, term, rewording) => {
    const index = indexOf(['a', 'en', `${sentence}\n`], ['b', 'en', 'Rain fell on the town.\n']);
    const query = index.analyse(question);
    expect(query.expansions.get(term)?.map((e) => e.term)).toContain(rewording);
    const without = { ...query, expansions: new Map([...query.expansions].map(([t, e]) => [t, e.filter((x) => x.term !== rewording)])) };
    expect(support(index, query, index.termsOf('a/p1s1'))).toBeGreaterThan(support(index, without, index.termsOf('a/p1s1')));
  });

  it('but not in a word that only begins alike ("command" is no "commas")', () => {
    const index = indexOf(['a', 'en', 'The commas were missing.\n'], ['b', 'en', 'Rain fell on the town.\n']);
    expect(support(index, { terms: ['order'], expansions: new Map([['order', [{ term: 'command', weight: 0.5 }]]]) }, index.termsOf('a/p1s1'))).toBe(0);
  });
});
