import { beforeAll, describe, expect, it } from 'vitest';
import { askingOf } from '../../src/answers/asking.ts';
import type { FactType } from '../../src/answers/expected.ts';
import { findFact, type FoundFact } from '../../src/answers/facts.ts';
import type { Language } from '../../src/corpus/types.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

/** The fact of `type` a sentence of no document gives to a question (a sentence of a transcript when `speaker` says it). */
function factIn(type: FactType, question: string, sentence: string, language: Language = 'en', previous?: string, speaker?: string): FoundFact | null {
  const { analyzer, eventTypes } = base.language;
  const guess = detectLanguage(question);
  const asking = askingOf(question, guess, base.index);
  return findFact(type, { text: sentence, language, question, questionLanguage: guess.language, analyzer, eventTypes, asking, ...(previous ? { previous } : {}), ...(speaker ? { speaker } : {}) });
}

describe("a transcript's speaker: whom its 'I' stands for, whose words its sentences are", () => {
  it.each([
    ['Who called the plan optimism?', 'I would call that optimism more than analysis.'],
    ['Who remembers the crowds cheering?', 'Honestly, I remember people cheering when it docked.'],
    ['Vem kallade planen naiv?', 'Jag skulle kalla den naiv.'],
  ])('answers %s with the speaker of a first-person sentence', (question, sentence) => {
    expect(factIn('person', question, sentence, detectLanguage(question).language, undefined, 'Kerem Aydin')).toMatchObject({ text: 'Kerem Aydin', asked: true });
  });

  it('takes a name the sentence gives before its speaker, and no speaker outside a transcript', () => {
    expect(factIn('person', 'Who called the plan optimism?', 'Erdogan called the plan optimism.', 'en', undefined, 'Kerem Aydin')?.text).toBe('Erdogan');
    expect(factIn('person', 'Who called the plan optimism?', 'I would call that optimism more than analysis.')).toBeNull();
  });

  it("takes the asked speaker's sentence whole for what they said, not another's", () => {
    const sentence = 'I would call that optimism more than analysis.';
    expect(factIn('quotation', 'What did Bogdanov say about the optimism?', sentence, 'en', undefined, 'Mikhail Bogdanov')).toMatchObject({ text: 'I would call that optimism more than analysis', asked: true });
    expect(factIn('quotation', 'What did Lavrov say about the optimism?', sentence, 'en', undefined, 'Mikhail Bogdanov')).toBeNull();
  });
});

describe('counts: the number of the thing asked about, or none', () => {
  it('counts what the question counts, not the first number of the sentence', () => {
    expect(factIn('number', 'How many tanks were sent to the border?', 'The army sent 40 trucks and 12 tanks to the border.')?.text).toBe('12 tanks');
  });

  it('finds a count of the thing under another word for it', () => {
    expect(factIn('number', 'How many troops were stationed there?', 'About 300 soldiers were stationed in the town.')?.text).toBe('About 300 soldiers');
  });

  it('finds a count of a broader class of the thing asked about, though not of people in general', () => {
    expect(factIn('number', 'How many soldiers guarded the camp?', 'Officers ran the camp, with up to 40 servicemen from each unit.')?.text).toBe('up to 40 servicemen');
    expect(factIn('number', 'How many soldiers guarded the camp?', 'Officers ran the camp, and the raid on it killed 40 people.')).toBeNull();
  });

  it('finds the count of a thing the sentence words otherwise by the words that qualify it, unless it names the thing uncounted', () => {
    expect(factIn('number', 'How many observation points did the army set up?', 'The army set up 12 military observation posts in the area.')?.text).toBe('12 military observation posts');
    expect(factIn('number', 'How many military police were sent?', 'The army set up 12 military observation posts and sent military police.')).toBeNull();
  });

  it('ends a count at the preposition or the participle after what it counts', () => {
    expect(factIn('number', 'How many people did police arrest?', 'Police have detained six people over the killing.')?.text).toBe('six people');
    expect(factIn('number', 'How many soldiers died?', 'The attack left 33 soldiers killed and 30 wounded.')?.text).toBe('33 soldiers');
    expect(factIn('number', 'Hur många soldater dödades?', 'Mötet kom en vecka efter att mer än 30 turkiska soldater dödats i ett flyganfall.', 'sv')?.text).toBe('mer än 30 turkiska soldater');
  });

  it('gives no count when no number counts the thing asked about', () => {
    expect(factIn('number', 'How many passengers were on board?', 'The two pilots of the plane survived the crash.')).toBeNull();
  });

  it.each([
    ['How many ships sailed under the deal?', 'The two countries signed the deal in Istanbul.'],
    ['How many refugees fled across the border?', 'Three villages near the border were shelled.'],
  ])('counts the noun before a verb in the past, not the verb: %s', (question, sentence) => {
    expect(factIn('number', question, sentence)).toBeNull();
  });

  it.each([
    ['How many batteries did the army buy?', 'The army bought four S-400 batteries for $2 billion.'],
    ['Hur många batterier köpte armén?', 'The army bought four S-400 batteries for $2 billion.'],
  ])('reads a model name with digits as part of what a number counts: %s', (question, sentence) => {
    expect(factIn('number', question, sentence)?.text).toBe('four S-400 batteries');
  });

  it.each([
    ['How old was Lindqvist when he was shot?', null],
    ['Hur gammal var Lindqvist när han sköts?', null],
    ['How old was the gunman?', '22-year-old riot police officer'],
  ])('gives an age only to the one a sentence names, when the question asks a named one’s: %s', (question, age) => {
    const sentence = 'The minister says he was a 22-year-old riot police officer who was not on duty.';
    expect(factIn('number', question, sentence, 'en', 'Police shot the gunman dead after a standoff.')?.text ?? null).toBe(age);
  });

  it('gives an age to a named one the sentence names', () => {
    expect(factIn('number', 'How old was Lindqvist?', 'Lindqvist, a 62-year-old diplomat, was shot in the gallery.')?.text).toBe('62-year-old diplomat');
  });

  it('answers a price with an amount of money only', () => {
    expect(factIn('number', 'How much did the bridge cost?', 'The bridge, 3 kilometres long, cost $400 million to build.')?.text).toBe('$400 million');
    expect(factIn('number', 'How much did the bridge cost?', 'The bridge is 3 kilometres long.')).toBeNull();
  });

  it('reads "What percentage of …" as asking for a share', () => {
    expect(factIn('number', 'What percentage of the market does the firm hold?', 'With 40 shops, the firm holds about a third of the market.')?.text).toBe('about a third');
  });

  it('answers a share with a fraction, and a width with a length', () => {
    expect(factIn('number', 'How big a share of the market does the firm hold?', 'With 40 shops, the firm holds about a third of the market.')?.text).toBe('about a third');
    expect(factIn('number', 'How much of the grain goes to Egypt?', 'The port ships 2 million tonnes of grain a year, a third of it to Egypt.')?.text).toBe('a third');
    expect(factIn('number', 'What did the new port cost the city?', 'The city opened its 2 new piers, built at a cost of about $40 million.')?.text).toBe('about $40 million');
    expect(factIn('number', 'Hur bred är vägen?', 'Enligt planen ska en väg byggas som är sex meter bred.', 'sv')?.text).toBe('sex meter bred');
  });
});

describe('measures and times of day: only their own units answer', () => {
  it('answers "how long" with a length or a duration, not another count', () => {
    expect(factIn('number', 'How long is the bridge?', 'The two towns built the bridge, 3 kilometres long.')?.text).toBe('3 kilometres long');
    expect(factIn('number', 'How long is the bridge?', 'The two towns opened the bridge.')).toBeNull();
    expect(factIn('number', 'Hur länge pågick mötet?', 'Efter tre timmars möte enades parterna.', 'sv')?.text).toMatch(/^tre timmars/u);
  });

  it('answers "how old" with an age, its unit joined by a hyphen too ("a 34-year-old major", "en 34-årig major")', () => {
    expect(factIn('number', 'How old was the pilot?', 'The pilot, a 34-year-old major with 2 children, ejected safely.')?.text).toMatch(/^34-year-old major/u);
    expect(factIn('number', 'Hur gammal var piloten?', 'Piloten, en 34-årig major med 2 barn, klarade sig.', 'sv')?.text).toMatch(/^34-årig major/u);
  });

  it('answers "how long" with no area or volume, and "what is the length of" as "how long"', () => {
    expect(factIn('number', 'How long is the pipeline?', 'It can carry 31.5 billion cubic metres of gas a year.')).toBeNull();
    expect(factIn('number', 'What is the length of the pipeline?', 'Each of its 2 strings runs 930 kilometres.')?.text).toBe('930 kilometres');
  });

  it('answers "at what time" with a time of day, which a date is not', () => {
    expect(factIn('time', 'At what time did the talks begin?', 'The talks began at 9.30 local time on 4 May.')?.text).toBe('9.30 local time');
    expect(factIn('time', 'At what time did the talks begin?', 'The talks began on 4 May 2019.')).toBeNull();
    expect(factIn('time', 'Vilket klockslag sjönk färjan?', 'Färjan sjönk utanför Kreta på morgonen den 3 maj.', 'sv')?.text).toBe('på morgonen');
  });
});

describe('reasons: the clause that gives the cause, tied to what the question asks about', () => {
  it('takes a reason on past a name set off by commas', () => {
    const reason = factIn('reason', 'Why did the strike end?', 'The strike ended because the union, warned by its lawyers, accepted the offer.');
    expect(reason?.text).toBe('because the union, warned by its lawyers, accepted the offer');
    expect(reason?.asked).toBe(true);
  });

  it('reads a Swedish cause ("berodde på")', () => {
    expect(factIn('reason', 'Varför stängdes bron?', 'Enligt polisen var det ett misstag som berodde på dålig planering.', 'sv')?.text).toBe('berodde på dålig planering');
  });

  it('ties a reason that opens its sentence to the whole main clause after it, however long', () => {
    const sentence = 'After the collapse of the old bridge over the river in March, under a plan drawn up in 2019 by the regional council, the city closed the harbour road.';
    expect(factIn('reason', 'Why did the city close the harbour road?', sentence)).toMatchObject({ text: expect.stringMatching(/^After the collapse/u), asked: true });
  });

  it('takes the clause before a ", so" for the cause of the one after it, and "so that" for a purpose', () => {
    expect(factIn('reason', 'Why did the council turn to the bank?', 'The bank lends to both towns, so the council asked it to broker the deal.')).toMatchObject({ text: 'The bank lends to both towns', asked: true, tentative: false });
    expect(factIn('reason', 'Why did the council hire the bank?', 'The bank was small, so far as the council knew, and it hired the bank.')).toBeNull();
    expect(factIn('reason', 'Why did the army pause the fighting?', 'The army halted the fighting for a week so that the villagers could leave.')?.text).toBe('so that the villagers could leave');
  });

  it('takes the condition a deed is held to ("only if …") for the reason it is not done', () => {
    expect(factIn('reason', 'Why would the union not sign the deal?', 'The union said it would sign the deal only if the company raised wages.')?.text).toBe('only if the company raised wages');
  });

  it('takes no time reckoned from for a cause ("för första gången sedan krisen inleddes")', () => {
    expect(factIn('reason', 'Varför talade ledarna i telefon?', 'Två dagar senare talar ledarna i telefon för första gången sedan krisen inleddes.', 'sv')).toBeNull();
  });

  it('takes what went on during a change as a circumstance of it, less sure than a cause word', () => {
    const reason = factIn('reason', 'Why did work on the bridge slow down?', 'Work on the bridge slowed down during the strike that followed the pay talks.');
    expect(reason).toMatchObject({ text: 'during the strike that followed the pay talks', tentative: true });
  });

  it('takes a when-clause as a circumstance, less sure than a cause word', () => {
    const reason = factIn('reason', 'Why did the army enter the city?', 'The army entered the city in May, when the defenders appeared close to surrender.');
    expect(reason).toMatchObject({ text: 'when the defenders appeared close to surrender', tentative: true });
  });

  it('takes no restatement of the event asked about for its cause, and no place for a reason', () => {
    expect(factIn('reason', 'Why did the rebels shoot down the helicopter?', 'In May, army jets shot down a rebel helicopter, resulting in the death of its crew.')).toBeNull();
    expect(factIn('reason', 'Why did the planes collide?', 'The planes collided over the Black Sea.')).toBeNull();
    expect(factIn('reason', 'Why did the two states quarrel?', 'The two states quarrelled over the purchase of new missiles.')?.text).toBe('over the purchase of new missiles');
  });

  it('takes no -ing word after a short opening phrase for a participle clause: it opens the subject', () => {
    expect(factIn('reason', 'Why did the board drop the plan?', 'On May 6, acting chairman John Smith dropped the plan.')).toBeNull();
    expect(factIn('reason', 'Why did the board drop the plan?', 'The board dropped the plan in May, fearing the cost.')?.text).toBe('fearing the cost');
  });

  it('takes no participle of the verb asked about for its cause ("…, leaving 20 dead" for "Why did they leave …")', () => {
    expect(factIn('reason', 'Why did the army leave the town?', 'Heavy fighting took place in the town, leaving around 20 dead.')).toBeNull();
  });

  it.each([
    ['Why does Norway oppose Sweden building the dam?', 'Norway believes the dam is a danger to the salmon rivers of the north, which it has shared with Sweden and Finland for many centuries.', 'en', 'the dam is a danger to the salmon rivers of the north'],
    ['Varför motsätter sig Norge att Sverige bygger dammen?', 'Norge anser att dammen hotar laxälvarna i norr.', 'sv', 'dammen hotar laxälvarna i norr'],
    ['why does the union oppose the dam', 'The union believes the dam is a danger to the salmon rivers.', 'en', 'the dam is a danger to the salmon rivers'],
    ['why do the farmers oppose the dam', 'The farmers see it as a danger to the salmon rivers of the north.', 'en', 'a danger to the salmon rivers of the north'],
    ['varför är fiskarna emot dammen', 'Fiskarna ser den som ett hot mot laxälvarna nedanför dammen.', 'sv', 'ett hot mot laxälvarna nedanför dammen'],
  ])("takes the view the question's subject holds for its reason: %s", (question, sentence, language, view) => {
    expect(factIn('reason', question, sentence, language as Language)).toMatchObject({ text: view, asked: true, tentative: false });
  });

  it("takes no one else's view for the reason of a subject typed in lower case", () => {
    expect(factIn('reason', 'why does the union oppose the dam', 'The company believes the dam is a danger to the salmon rivers.')).toBeNull();
  });

  it("takes no one else's view for the reason of the question's subject, nor a plain report of words", () => {
    expect(factIn('reason', 'Why does Norway oppose Sweden building the dam?', 'Sweden believes the dam is safe for the salmon rivers.')).toBeNull();
    expect(factIn('reason', 'Why does Norway oppose Sweden building the dam?', 'Norway said the dam would be discussed in May.')).toBeNull();
  });

  it.each([
    ['Why did the union call a strike?', 'The decision angered the union, which called a strike.', 'en', 'The company cut all wages by a tenth in May.'],
    ['Varför utlyste facket strejk?', 'Beskedet ledde till att facket utlyste strejk.', 'sv', 'Bolaget sänkte alla löner med en tiondel i maj.'],
  ])('takes a cause that only points back ("The decision …", "Beskedet …") for the sentence before: %s', (question, sentence, language, previous) => {
    expect(factIn('reason', question, sentence, language as Language, previous)).toMatchObject({ text: previous.replace(/\.$/u, ''), inPrevious: true, asked: true });
  });

  it('keeps a cause that says what it is in its own sentence', () => {
    expect(factIn('reason', 'Why did the union call a strike?', 'The wage cut angered the union, which called a strike.', 'en', 'The company met the union in May.')).toMatchObject({ text: 'The wage cut', inPrevious: false });
    expect(factIn('reason', 'Why did the union call a strike?', 'The union called a strike because of the crisis.', 'en', 'The company met the union in May.')).toMatchObject({ text: 'because of the crisis', inPrevious: false });
    expect(factIn('reason', 'Why did the union call a strike?', 'The union called a strike because of this decision.', 'en', 'The company cut all wages in May.')).toMatchObject({ text: 'The company cut all wages in May', inPrevious: true });
  });

  it.each([
    ['Why did the mill open early?', 'The owners agreed at the mayor’s request to open the mill a week early.', 'en', 'at the mayor’s request'],
    ['Why did the mill open early?', 'At the request of Mayor Lund the owners opened the mill a week early.', 'en', 'At the request of Mayor Lund'],
    ['Why did Holm visit the mill?', 'Holm visited the mill at the invitation of the Lund family in May.', 'en', 'at the invitation of the Lund family'],
    ['Varför öppnade kvarnen tidigare?', 'Ägarna öppnade kvarnen en vecka tidigare på Lunds begäran.', 'sv', 'på Lunds begäran'],
  ])('takes the one at whose request a deed was done, not the deed, for its reason: %s', (question, sentence, language, reason) => {
    expect(factIn('reason', question, sentence, language as Language)).toMatchObject({ text: reason, tentative: false });
  });

  it.each([
    ['Why did the union leave the talks?', 'In May the union left the talks, blaming a pay cut at the plant.', 'en', 'blaming a pay cut at the plant'],
    ['Why did the union leave the talks?', 'In May the union left the talks, citing threats against its members.', 'en', 'citing threats against its members'],
    ['Why did the farmers block the road?', 'The farmers blocked the road in protest at the new grain tax.', 'en', 'in protest at the new grain tax'],
    ['Varför blockerade bönderna vägen?', 'Bönderna blockerade vägen i protest mot den nya skatten.', 'sv', 'i protest mot den nya skatten'],
    ['Varför lämnade facket samtalen?', 'Facket lämnade samtalen med hänvisning till hoten mot dess medlemmar.', 'sv', 'med hänvisning till hoten mot dess medlemmar'],
  ])('is sure of a cause the deed is done blaming, citing or in protest at: %s', (question, sentence, language, reason) => {
    expect(factIn('reason', question, sentence, language as Language)).toMatchObject({ text: reason, tentative: false });
  });

  it.each([
    ['Why did the council close the road?', 'This came after the sea wall cracked in a storm.', 'en', 'after the sea wall cracked in a storm'],
    ['Why did the council close the road?', 'It came days after a storm had cracked the sea wall.', 'en', 'after a storm had cracked the sea wall'],
    ['Why did the council close the road?', 'The reason was that the sea wall had cracked in a storm.', 'en', 'The reason was that the sea wall had cracked in a storm'],
    ['Varför stängde kommunen vägen?', 'Det skedde efter att havsmuren spruckit i en storm.', 'sv', 'efter att havsmuren spruckit i en storm'],
    ['Varför stängde kommunen vägen?', 'Skälet var att havsmuren hade spruckit i en storm.', 'sv', 'Skälet var att havsmuren hade spruckit i en storm'],
  ])('ties the cause a sentence gives of the one before it to the question that one answers: %s', (question, sentence, language, reason) => {
    const previous = language === 'sv' ? 'Kommunen stängde hamnvägen i måndags.' : 'The council closed the harbour road on Monday.';
    expect(factIn('reason', question, sentence, language as Language, previous)).toMatchObject({ text: reason, asked: true });
  });

  it('does not tie the cause a sentence gives of the one before it when that one tells something else', () => {
    expect(factIn('reason', 'Why did the council close the road?', 'This came after the sea wall cracked in a storm.', 'en', 'Trade grew in May.')?.asked).toBe(false);
  });

  it('does not tie a reason to the question when the sentence does not tell what the question asks about', () => {
    expect(factIn('reason', 'Why did the minister resign?', 'Trade grew after the new port opened.')?.asked).toBe(false);
  });
});

describe("quotations: the words of the one the question names", () => {
  it('reads a "that" after a noun phrase as relating it, and one after a time as opening what was said', () => {
    expect(factIn('quotation', 'What did Jones say about the deal?', 'Tom Jones said the part that concerned Wales had never been kept.')?.text).toBe('the part that concerned Wales had never been kept');
    expect(factIn('quotation', 'What did Jones say about the deal?', 'Tom Jones said last week that the deal had never been kept.')?.text).toBe('the deal had never been kept');
  });

  it('gives the words someone calls a thing, without the pronoun that names it', () => {
    expect(factIn('quotation', 'What did Jones call the drill?', 'Defence Minister Tom Jones later calls it routine work foreseen in the plan.')?.text).toBe('routine work foreseen in the plan');
  });

  it('is sure of words the speaker reports in the setting the question asks about, though they name none of its words', () => {
    expect(factIn('quotation', 'Vad sa Jones efter mötet i Paris?', 'Jones sade efter mötet att landet behåller rätten att svara.', 'sv')).toMatchObject({ text: 'landet behåller rätten att svara', tentative: false });
    expect(factIn('quotation', 'What did Jones say after the summit?', 'Jones said on Monday that the port stays closed.')).toMatchObject({ tentative: true });
  });

  it("skips words another speaker is said to have spoken", () => {
    expect(factIn('quotation', 'What did Jones reply?', 'Asked about the deal, Smith replied, "Never."')).toBeNull();
    expect(factIn('quotation', 'What did Jones reply?', '"Perhaps," Jones replied.')).toMatchObject({ text: 'Perhaps', asked: true });
  });

  it.each([
    ['What did the mayors promise at the summit?', 'The two mayors promised to keep the bridge open all winter.', 'en', 'to keep the bridge open all winter'],
    ['What did Jones promise after the flood?', 'After the flood Jones vowed to rebuild every house by spring.', 'en', 'to rebuild every house by spring'],
    ['What did Jones vow after the flood?', 'After the flood Jones promised to rebuild every house by spring.', 'en', 'to rebuild every house by spring'],
    ['What did the union threaten to do?', 'In May the union threatened to strike for a week.', 'en', 'to strike for a week'],
    ['Vad hotade facket med?', 'Facket hotade att strejka i en vecka.', 'sv', 'att strejka i en vecka'],
    ['Vad lovade Jones efter översvämningen?', 'Jones lovade att bygga upp varje hus före våren.', 'sv', 'att bygga upp varje hus före våren'],
  ])('takes the deed someone pledged for their words: %s', (question, sentence, language, words) => {
    expect(factIn('quotation', question, sentence, language as Language)).toMatchObject({ text: words, asked: true });
  });

  it.each([
    ['What did Jones say about the bridge?', 'At the opening Jones praised ten years of work on the bridge.', 'en', 'ten years of work on the bridge'],
    ['Vad sa Jones om bron?', 'Jones hyllade tio års arbete med bron.', 'sv', 'tio års arbete med bron'],
    ['What did Jones say about the bridge?', 'The bridge was opened by the mayor and Tom Jones, the head of the port board, who hailed ten years of work on it.', 'en', 'ten years of work on it'],
  ])('takes what someone praises or hails for their words, and who speaks from the name before "who": %s', (question, sentence, language, words) => {
    expect(factIn('quotation', question, sentence, language as Language)).toMatchObject({ text: words, asked: true });
  });

  it.each([
    ['What did Jones say about the port?', 'The port will reopen before the summer, Jones said, after a week of talks.', 'en', 'The port will reopen before the summer'],
    ['What did Jones say about the port?', 'The port will reopen before the summer, said Tom Jones.', 'en', 'The port will reopen before the summer'],
    ['Vad sa Jones om hamnen?', 'Hamnen öppnar igen före sommaren, sade Jones.', 'sv', 'Hamnen öppnar igen före sommaren'],
  ])('takes words reported without quotation marks before the speaker named after them: %s', (question, sentence, language, words) => {
    expect(factIn('quotation', question, sentence, language as Language)).toMatchObject({ text: words, asked: true });
  });

  it('takes no words reported before another speaker for those of the one asked about', () => {
    expect(factIn('quotation', 'What did Jones say about the port?', 'The port will reopen before the summer, Smith said.')).toBeNull();
  });

  it('takes no judgement spoken by another named before "who" for the words of the one asked about', () => {
    expect(factIn('quotation', 'What did Jones say about the bridge?', 'Jones opened the bridge with Ann Smith, the head of the port board, who praised ten years of work on it.')).toBeNull();
  });

  it('takes reported words when nothing is quoted', () => {
    expect(factIn('quotation', 'What did Jones say about the talks?', 'Jones said that the talks would resume in spring.')?.text).toBe('the talks would resume in spring');
    expect(factIn('quotation', 'Vad sade Jones om samtalen?', 'Jones sade att samtalen skulle fortsätta i vår.', 'sv')?.text).toBe('samtalen skulle fortsätta i vår');
  });

  it('knows whose words a Swedish question asks for, and skips another speaker reported without quotation marks', () => {
    expect(factIn('quotation', 'Vad sade Jones om samtalen?', 'Smith sade att samtalen skulle fortsätta i vår.', 'sv')).toBeNull();
    expect(factIn('quotation', 'Vad sade Jones om samtalen?', '"Samtalen fortsätter", sade Jones.', 'sv')).toMatchObject({ text: 'Samtalen fortsätter', asked: true });
  });

  it('takes words told as someone\'s ("according to the Kremlin"), but not "according to reports"', () => {
    expect(factIn('quotation', 'What did the ministry say about the crash?', 'According to the Ministry, the crash was caused by a fault.')?.text).toBe('the crash was caused by a fault');
    expect(factIn('quotation', 'What phrase did Jones use for the crash?', 'The plane crashed, according to reports.')).toBeNull();
  });

  it('gives words that a pronoun speaks to the one the sentence before names', () => {
    const previous = 'On 3 May, Jones confirmed that the talks would go on.';
    expect(factIn('quotation', 'What did Jones say about the talks?', '"We are close to a deal", he said.', 'en', previous)).toMatchObject({ text: 'We are close to a deal', asked: true });
    expect(factIn('quotation', 'What did Jones say about the weather?', '"It rains", he said.', 'en', 'Smith met the press.')?.asked).toBe(false);
  });

  it.each([
    ['a sentence opening on a conjunction', 'But he warned that "the harvest will be poor".', 'the harvest will be poor'],
    ['a definite role for its subject', 'The Swedish minister calls it a betrayal of the farmers.', 'a betrayal of the farmers'],
  ])('gives words to the one the sentence before names, with %s', (_, sentence, words) => {
    const previous = '"We have done our best", Jones said after the meeting.';
    expect(factIn('quotation', 'What did Jones say?', sentence, 'en', previous)).toMatchObject({ text: words, asked: true });
    expect(factIn('quotation', 'What did Jones say?', sentence, 'en', 'Smith met Jones after the meeting.')?.asked).not.toBe(true);
  });

  it.each([
    ['Jones told him the port would reopen once the storm passed.', 'the port would reopen once the storm passed'],
    ['Jones warned reporters the talks could fail.', 'the talks could fail'],
    ['Mayor Tom Jones says he was a retired fisherman from the coast.', 'he was a retired fisherman from the coast'],
  ])('takes words told someone without "that": %s', (sentence, words) => {
    expect(factIn('quotation', 'What did Jones say?', sentence)).toMatchObject({ text: words, asked: true });
  });

  it.each([
    ['Jones brushes aside the protests, saying the port stays open.', undefined],
    ['He brushes aside the protests, saying the port stays open.', 'Jones met the press on Monday.'],
  ])('takes words told in a participle clause as its subject\'s: %s', (sentence, previous) => {
    expect(factIn('quotation', 'What did Jones say?', sentence, 'en', previous)).toMatchObject({ text: 'the port stays open', asked: true });
    expect(factIn('quotation', 'What did Smith say?', sentence, 'en', previous)?.asked).not.toBe(true);
  });

  it('takes no time or topic after whom words were told to for the words', () => {
    expect(factIn('quotation', 'What did Jones say?', 'Jones told CNN on Monday.')).toBeNull();
    expect(factIn('quotation', 'What did Jones say?', 'Jones told Smith about the port.')).toBeNull();
  });

  it('skips words an agency reported for another than the speaker asked about', () => {
    expect(factIn('quotation', 'What did Jones say about the truce?', 'The state agency ANA reported on Jones\'s visit that "a source announced a truce".')?.asked).not.toBe(true);
  });

  it('takes what someone is accused of', () => {
    expect(factIn('quotation', 'What did Jones accuse Smith of?', 'Jones accused Smith of lying to the council.')?.text).toBe('lying to the council');
  });
});

describe('people: who did the deed asked about', () => {
  it('never gives a span that runs into what someone said: a name holds no quotation mark', () => {
    expect(factIn('person', 'Who apologised for the flood?', 'The council spoke of Maltese "apologies".')).toBeNull();
  });

  it.each([
    ['Which Maltese minister played down the collision?', 'Transport Minister Anna Berg later calls it a minor scrape.', 'Transport Minister Anna Berg'],
    ['Vilken minister tonade ned kollisionen?', 'Transportministern Anna Berg kallar den en liten skråma.', 'Transportministern Anna Berg'],
  ])('answers "%s" with the holder of the role it asks for, though the sentence words the deed otherwise', (question, sentence, holder) => {
    expect(factIn('person', question, sentence, detectLanguage(sentence).language)).toMatchObject({ text: holder });
  });

  it.each([
    ['Who announced that the port would close?', 'On 3 May Captain Anna Berg, the spokeswoman of the port authority, announced that it would shut.', 'Captain Anna Berg, the spokeswoman of the port authority'],
    ['Who at the port authority announced the closure?', 'On 3 May Anna Berg, a deputy director of the authority, announced the closure.', 'Anna Berg, a deputy director of the authority'],
    ['Who in the Maltese navy said the port would close?', 'Anna Berg, the navy spokeswoman, said that it would shut.', 'Anna Berg, the navy spokeswoman'],
  ])('answers "%s" with the name a role is set off after, with the role', (question, sentence, doer) => {
    expect(factIn('person', question, sentence)).toMatchObject({ text: doer, asked: true });
  });

  it.each([
    ['Who is the Russian president?', 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin.', 'Russian President Vladimir Putin'],
    ['Who is the Turkish president?', 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin.', 'Turkish President Recep Tayyip Erdogan'],
    ["Who is Turkey's president?", 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan.', 'Turkish President Recep Tayyip Erdogan'],
  ])('answers "%s" with the holder of the office of the country it names', (question, sentence, holder) => {
    expect(factIn('person', question, sentence)).toMatchObject({ text: holder });
  });

  it("takes no holder of another country's office: a title without a country is of the one its sentence names", () => {
    expect(factIn('person', 'Who is the Turkish president?', 'In Moscow, a furious president Vladimir Putin spoke of a stab in the back.')).toBeNull();
  });

  it.each([
    ['Who runs Rosatom?', 'Rosatom chief Alexei Likhachev flew the fuel in by sea.', 'Rosatom chief Alexei Likhachev'],
    ['Who heads the Valletta port authority?', 'Anna Berg, the head of the Valletta port authority, resigned.', 'Anna Berg'],
    ['Vem leder Rosatom?', 'Rosatoms chef Aleksej Lichatjov flög in bränslet.', 'Rosatoms chef Aleksej Lichatjov'],
    ['Who was in charge of the port authority the council fined?', 'The council fined the port authority and its head, Lars Holm.', 'Lars Holm'],
    ['who is in charge of norway\'s fisheries agency', 'Reporters were told by the director of the Norwegian Fisheries Agency, Kari Lund, that quotas would hold.', 'Kari Lund'],
  ])('answers "%s" with the one a title names head of it', (question, sentence, head) => {
    expect(factIn('person', question, sentence, detectLanguage(sentence).language)).toMatchObject({ text: head, asked: true });
  });

  it('takes no head of another thing for the head of the one asked about', () => {
    expect(factIn('person', 'Who runs Rosatom?', 'Army chief Anna Berg said Rosatom was late.')?.asked).not.toBe(true);
  });

  it('takes what a compound says its doer backed only when that doer is the one the question names', () => {
    expect(factIn('person', 'Who did Malta back in the war?', 'Greece brokered a truce between Malta-backed Gozo and Comino.')).toMatchObject({ text: 'Gozo', asked: true });
    expect(factIn('person', 'Who did Malta back in the war?', 'The quarrel ended in a Rome and Athens-backed coup attempt against the mayor.')?.asked).not.toBe(true);
  });

  it('takes a doer set off by commas before its verb', () => {
    const doer = factIn('person', 'Which official told the press about the deal?', 'According to the agency, the head of the trade office, Anna Berg, told reporters that the deal was close.');
    expect(doer).toMatchObject({ text: 'Anna Berg', asked: true });
  });

  it('answers with the one a pronoun doer stands for, named in the sentence before, and not with a name the question gives', () => {
    const warned = factIn('person', 'Who warned that the road ahead was hard?', 'But he warned that "the road ahead is hard".', 'en', '"We have come far", Jones said.');
    expect(warned).toMatchObject({ text: 'Jones', inPrevious: true });
    expect(factIn('person', 'Who warned Jones about the road?', 'But he warned that "the road ahead is hard".', 'en', '"We have come far", Jones said.')?.text).not.toBe('Jones');
    expect(factIn('person', 'Who rejected the offer?', 'He rejected the offer from the council.', 'en', 'Mayor Anna Berg spoke to reporters.')).toMatchObject({ text: 'Anna Berg', inPrevious: true });
  });

  it('takes the doer of the clause before a participle after a comma ("…, claiming")', () => {
    expect(factIn('person', 'Who claimed the price was too low?', 'Jones rejected the offer, claiming the price was too low.')?.text).toBe('Jones');
    expect(factIn('person', 'Who claimed the price was too low?', 'He rejected the offer, claiming the price was too low.', 'en', 'On Monday, Anna Berg met the council.')?.text).toBe('Anna Berg');
  });

  it('takes the main clause\'s subject after an opening adverbial, not the name set off just before the participle', () => {
    const sentence = 'On 3 May, acting Mayor Anna Berg wrote to her Danish counterpart, Lars Holm, threatening to close the port.';
    expect(factIn('person', 'Who threatened to close the port?', sentence)?.text).toBe('Anna Berg');
  });

  it('takes the doer a possessive asker owns ("Which country\'s planes …", "Whose jets …")', () => {
    const sentence = 'In May, two Turkish helicopters shot down a rebel drone over the valley.';
    for (const question of ["Which country's helicopters shot down the drone?", 'Whose helicopters shot down the drone?']) {
      expect(factIn('person', question, sentence), question).toMatchObject({ text: 'two Turkish helicopters', asked: true });
    }
  });

  it("matches an English verb's particle in a Swedish sentence, also after a subject that follows the verb (\"sköt två plan ned\")", () => {
    expect(factIn('person', 'Who shot down the drone?', 'Den 3 maj, då turkiska F-16-plan sköt ned en drönare, frös relationerna.', 'sv')).toMatchObject({ text: 'turkiska F-16-plan', asked: true });
    expect(factIn('person', 'Who shot down the drone?', 'I maj sköt två turkiska F-16-plan ned en drönare över dalen.', 'sv')).toMatchObject({ text: 'två turkiska F-16-plan', asked: true });
  });

  it('answers "Who did X …" with what X did the deed to, or with the one named together with X', () => {
    expect(factIn('person', 'Who did the rebels shoot down?', 'In May, the rebels shot down an army helicopter over the valley.')?.text).toBe('an army helicopter');
    expect(factIn('person', 'Whom did Jones meet in Lyon?', 'In May, meeting in Lyon, Jones and Berg agree to end the dispute.')?.text).toBe('Berg');
    // Asked in lower case, the other side stands before "and": the fact ends on its name.
    expect(factIn('person', 'who was jones planning to meet in lyon', 'In May, meeting in Lyon, Berg and Jones agree to end the dispute.')?.text).toBe('Berg');
    expect(factIn('person', 'Who did the council fine in May?', 'The council imposes fines on the port company and its chief.')?.text).toBe('the port company');
    expect(factIn('person', 'Who did the council fine in May?', 'It was the first time the council used its fines law.')).toBeNull();
  });

  it('reads a deed told by the thing it is done to, though not by its verb ("Vem skrev ett brev …" — "i ett brev … framför Berg")', () => {
    expect(factIn('person', 'Vem skrev ett brev till Jones i maj?', 'I ett brev till Jones i maj framför Berg sina kondoleanser.', 'sv')).toMatchObject({ text: 'Berg', asked: false });
  });

  it('answers a question that may ask for either side of a deed done together with the other side, not with an opening adverbial', () => {
    expect(factIn('person', 'Vem träffade Jones i Lyon?', 'In May 2018, meeting in Lyon, Jones and Berg agree to end the dispute.', 'en')?.text).toBe('Berg');
  });

  it('takes no words after a verb that opens its sentence for the other side of the deed ("Vem byggde …?" — "Work has begun on …")', () => {
    expect(factIn('person', 'Vem byggde bron i Lyon?', 'Work has begun on the Lyon bridge, the first of its kind.', 'en')?.text).not.toBe('has begun');
  });

  it('answers "the name of the <role>" with a name next to the role, not with a place the sentence sends someone to', () => {
    expect(factIn('name', 'What was the name of the pilot sent to the base?', 'The council proposed to send a pilot to the Northern Air Base in May.')).toBeNull();
    expect(factIn('name', 'What was the name of the pilot sent to the base?', 'The pilot, Anna Berg, flew to the Northern Air Base in May.')?.text).toBe('Anna Berg');
  });

  it('gives no name for a role the sentence does not mention: the name there is someone else\'s', () => {
    expect(factIn('name', 'What was the name of the pilot who died?', 'In May a gunman shot Ambassador Carl Olsen in Lyon.')).toBeNull();
    expect(factIn('name', 'Vad hette den ryska piloten som dog?', 'I maj sköt en polis ambassadören Carl Olsen i Lyon.', 'sv')).toBeNull();
    expect(factIn('name', 'Vad hette piloten som dog?', 'I maj dog piloten Anna Berg.', 'sv')?.text).toBe('Anna Berg');
  });

  it('answers "what name did X give Y" with the name the naming words give, before other names', () => {
    expect(factIn('name', 'What name did the army give its spring push?', 'The army moved against the Lyon-based Red Hand militia, an offensive it calls Operation Blue River.')?.text).toBe('Operation Blue River');
    expect(factIn('name', 'What was the offensive known as?', 'The Lyon-based Red Hand militia faced a push dubbed North Wind Rising.')?.text).toBe('North Wind Rising');
  });

  it('answers a question after a demand with what was wanted or called for, and only such a question', () => {
    expect(factIn('quotation', 'What did the union demand from the port?', 'The union wanted higher wages for the dock workers.')?.text).toBe('higher wages for the dock workers');
    expect(factIn('quotation', 'Vad krävde facket?', 'Facket krävde högre löner för hamnarbetarna.', 'sv')?.text).toBe('högre löner för hamnarbetarna');
    expect(factIn('quotation', 'What did the union say about the port?', 'The union wanted higher wages for the dock workers.')).toBeNull();
  });

  it('leaves out the adverb that focuses the doer ("only the Green Party voted against")', () => {
    expect(factIn('person', 'Which party voted against the plan?', 'The council passed the plan on Monday; only the Green Party voted against.')?.text).toBe('the Green Party');
  });

  it('gives a role that names no one with the full name set off after it ("his Danish counterpart, Anna Berg,")', () => {
    expect(factIn('person', 'Who did the mayor write to in May?', 'In May the mayor wrote to his Danish counterpart, Anna Berg, about the bridge.')?.text).toBe('Danish counterpart, Anna Berg');
    expect(factIn('person', 'Who did the mayor write to in May?', 'In May the mayor wrote to Governor Anna Berg, a former judge.')?.text).toBe('Governor Anna Berg');
    // A name before the comma is no description of the one named after it.
    const sentence = 'Officials of both towns get on well when it comes to Lyon, French Deputy Transport Minister Anna Berg said Monday.';
    expect(factIn('person', 'Which French deputy transport minister praised the ties?', sentence)?.text ?? '').not.toMatch(/^Lyon, /u);
  });

  it('takes the name next to the office a verb asks about ("Who heads …" — "its head, X")', () => {
    expect(factIn('person', 'Who heads the shipping company?', 'The ban hits the shipping company and its head, Carl Olsen.')?.text).toBe('Carl Olsen');
  });

  it('finds the doer under another verb of the same kind of deed', () => {
    expect(factIn('person', 'Who brought down the helicopter?', 'Rebel fighters shot down the helicopter near the border.')?.text).toBe('Rebel fighters');
  });

  it('does not take "bring together" for "bring down"', () => {
    expect(factIn('person', 'Who brought down the helicopter?', 'The two countries would bring together their air forces.')).toBeNull();
  });

  it('reads the subject after the verb of a Swedish clause that opens on an adverbial', () => {
    expect(factIn('person', 'Vem sköt ihjäl ambassadören?', 'I december skjuter en ung polis ihjäl ambassadören under en utställning.', 'sv')?.text).toBe('en ung polis');
  });

  it('reads a Swedish "då"-clause after a comma in subject–verb order, and takes no opening adverbial for a doer', () => {
    expect(factIn('person', 'Vem sköt ned helikoptern?', 'Kriget började den 3 maj, då rebeller sköt ned helikoptern.', 'sv')?.text).toBe('rebeller');
    expect(factIn('person', 'Vem förhandlade fram avtalet?', 'Efter tre timmars förhandlingar i Oslo blev avtalet klart.', 'sv')?.text ?? '').not.toMatch(/timmars/u);
  });

  it('answers "Who was the minister who …" with the name the office goes with, or not at all', () => {
    expect(factIn('person', 'Who was the finance minister who resigned?', 'On Monday, Finance Minister Lena Dahl resigned after the vote.')?.text).toBe('Finance Minister Lena Dahl');
    expect(factIn('person', 'Who was the pilot of the plane that crashed?', 'The plane crashed, killing its pilot.')).toBeNull();
    expect(factIn('person', 'Who was the first minister to visit the town?', 'In May Lena Dahl was the first minister to visit the town.')?.text).toBe('Lena Dahl');
  });

  it('keeps names joined by "and" together, and finds the doer of the second of two verbs', () => {
    expect(factIn('person', 'Who opened the bridge?', 'The mayors of Lund and Malmö opened the bridge on Friday.')?.text).toBe('The mayors of Lund and Malmö');
    expect(factIn('person', 'Who builds the dam?', "The country's state firm Hydroco designs and builds the dam.")?.text).toBe("The country's state firm Hydroco");
  });

  it('takes the subject of the verb whose object is the deed asked about ("imposes sanctions on" for "Who sanctioned")', () => {
    expect(factIn('person', 'Who sanctioned the firm?', 'The European Union imposes sanctions on the firm and its owner.')?.text).toBe('The European Union');
  });

  it('finds the verb asked about in other words, as a gerund, and after "and" with the clause\'s first subject', () => {
    expect(factIn('person', 'Which firm will operate the dam?', 'The state firm Hydroco designs and builds the dam and will run it.')?.text).toBe('The state firm Hydroco');
    expect(factIn('person', 'Which country took part in founding the club?', 'In 2001, France, Spain and Italy founded the club in Rome.')?.text).toMatch(/Italy/u);
  });

  it('takes no doer before an infinitive ("gave the green light to build")', () => {
    expect(factIn('person', 'Who built the dam?', 'The two leaders gave the green light to build the dam.')).toBeNull();
  });

  it('answers "Who did X see" with another than X, not with X as the doer', () => {
    expect(factIn('person', 'Who did Lena Dahl meet in Oslo?', 'In Oslo, Lena Dahl met the Norwegian Prime Minister Ola Berg.')?.text).not.toMatch(/Dahl/u);
  });

  it('names no one when the sentence does not tell the deed asked about', () => {
    expect(factIn('person', 'Who led the delegation?', 'In May, the three countries opened talks in Vienna.')).toBeNull();
  });

  it('takes one verb of saying for another, and a stop-word verb in its other forms', () => {
    expect(factIn('person', 'Who described the vote as a farce?', 'Opposition leader Sara Holm calls it a farce.')?.text).toBe('Opposition leader Sara Holm');
    expect(factIn('person', 'Who said the border stays closed?', 'Mayor Per Lind spoke at noon.', 'en', 'He ended the talks, saying the border stays closed.')).toBeNull();
    expect(factIn('person', 'Who said the border stays closed?', 'He ended the talks, saying the border stays closed.', 'en', 'Mayor Per Lind spoke at noon.')?.text).toBe('Per Lind');
    // A capitalised word of a name ("State") is no verb of saying.
    expect(factIn('person', 'Who told reporters about the deal?', 'A State Department official told reporters of the deal.')?.text).toBe('A State Department official');
  });

  it('takes the Swedish subject after the verb when a conjunction comes before the opening adverbial, up to the object', () => {
    expect(factIn('person', 'Vem framförde en hälsning till kungen?', 'Och i ett tal den 3 maj framför Berg sina hälsningar till kungen.', 'sv')?.text).toBe('Berg');
  });

  it('answers "Who was <done to>" with the one the deed was done to, not with its doer', () => {
    expect(factIn('person', 'Who was arrested by the police?', 'On Monday the police arrested the mayor of Lund, Per Lind, at his home.')?.text).toBe('the mayor of Lund, Per Lind');
    expect(factIn('person', 'Who was arrested in Lund?', 'The mayor Per Lind was arrested in Lund on Monday.')?.text).toBe('The mayor Per Lind');
    expect(factIn('person', 'Vem stoppades av polisen?', 'I maj stoppar polisen den förre borgmästaren Per Lind vid gränsen.', 'sv')?.text).toBe('den förre borgmästaren Per Lind');
  });

  it('answers a question ending on its preposition with the name after that preposition', () => {
    expect(factIn('person', 'Who did Lena Dahl tour the factory with?', 'Lena Dahl toured the factory outside Oslo with Ola Berg.')?.text).toBe('Ola Berg');
  });

  it('and one whose preposition is followed by what the deed was for, falling back on the doers of that deed', () => {
    expect(factIn('person', 'which country did ankara agree with to pause the fighting for five days', 'Eight days later, Ankara agreed with Washington to halt the fighting for five days so that the fighters could leave.')?.text).toBe('Washington');
    expect(factIn('person', 'Which country did Norway and Sweden team up with to launch the talks?', 'In May, Norway, Sweden and Finland launch talks in Oslo.')?.text).toContain('Finland');
  });

  it('answers "Who is the <role> of X" with the holder the sentence says the role of X of, not a verb of the role\'s stem', () => {
    const sentence = 'Norway has been the main backer of the fishermen, while Sweden has been the main backer of the farmers.';
    expect(factIn('person', 'Who is the main backer of the farmers?', sentence)?.text).toBe('Sweden');
    expect(factIn('person', 'Who is the main supporter of the farmers?', 'Norway support the fishermen.')).toBeNull();
  });

  it('takes a doer named by a role for a named one, as Swedish writes nationalities in lower case', () => {
    expect(factIn('person', 'Who shot the diplomat dead?', 'I maj skjuter en svensk polis ihjäl den norske diplomaten.', 'sv')).toMatchObject({ text: 'en svensk polis', asked: true });
  });

  it('ties a speaker to a question that quotes words only when the sentence has those words', () => {
    expect(factIn('person', "Who replied 'we agree' when asked?", 'Asked about the plan, Mayor Per Lind replied, "Never."')?.asked).toBe(false);
    expect(factIn('person', "Who replied 'we agree' when asked?", '"We agree," Mayor Per Lind replied.')).toMatchObject({ text: 'Mayor Per Lind', asked: true });
  });

  it('takes the two sides of a deed done between them for its doers ("was brokered between X and Y")', () => {
    expect(factIn('person', 'Who brokered the truce?', 'A fragile truce was brokered between Oslo and Stockholm in May.')?.text).toBe('Oslo and Stockholm');
  });

  it('reads a role after a possessive, ending the question or before a year', () => {
    expect(factIn('person', "Who was Norway's fisheries minister in 2019?", 'Fisheries Minister Ola Berg later called it routine.')?.text).toBe('Fisheries Minister Ola Berg');
    expect(factIn('person', 'Vem var Norges fiskeminister 2019?', 'Fiskeminister Ola Berg kallade det rutin.', 'sv')?.text).toMatch(/Ola Berg$/u);
  });

  it('answers "Who is X?" with a role that heads a Swedish compound, and reads a name written in lower case', () => {
    expect(factIn('person', 'Who is Per Lind?', 'I maj avgår den svenska Norgeambassadören Per Lind.', 'sv')?.text).toBe('svenska Norgeambassadören Per Lind');
    expect(factIn('person', 'who is kowalczyk', 'The talks were led by Deputy Minister Anna Kowalczyk.')?.text).toBe('Deputy Minister Anna Kowalczyk');
  });

  it('answers "Which company …" with a name the sentence titles a company, though it words the deed otherwise', () => {
    expect(factIn('person', 'Which company is putting up the bridge?', 'The Danish engineering company Nordbro designs and builds the bridge.')).toMatchObject({ text: 'Danish engineering company Nordbro', asked: true });
    expect(factIn('person', 'Which companies are putting up the bridge?', 'The Danish engineering company Nordbro designs and builds the bridge.')).toMatchObject({ text: 'Danish engineering company Nordbro', asked: true });
  });

  it.each([
    ['Who is Ola Berg?', 'On Monday the Norwegian prime minister Ola Berg met the king.', 'en', 'Norwegian prime minister Ola Berg'],
    ['Vem är Ola Berg?', 'I går träffade den norske premiärministern Ola Berg kungen.', 'sv', 'norske premiärministern Ola Berg'],
    ['Who is Ola Berg?', 'The talks were led by Deputy Foreign Minister Ola Berg.', 'en', 'Deputy Foreign Minister Ola Berg'],
  ] as const)('answers "%s" with the whole title a determiner opens, its words in lower case too: %s', (question, sentence, language, title) => {
    expect(factIn('person', question, sentence, language)?.text).toBe(title);
  });

  it('answers "Who is X?" with an indefinite apposition that says what X is, though no role word names it, and not with one of time', () => {
    expect(factIn('person', 'who is mira talvik', 'The host talks to Mira Talvik, a historian who studies the Baltic ports.')?.text).toBe('Talvik, a historian who studies the Baltic ports');
    expect(factIn('person', 'Who is Mira Talvik?', 'The council met Mira Talvik, a week later, in Oslo.')).toBeNull();
  });

  it('takes the name before a participle joined to it for the doer of the deed done to what follows ("Norway-backed fishermen")', () => {
    expect(factIn('person', 'Who supports the fishermen?', 'The talks between the Norway-backed fishermen and the farmers failed.')?.text).toBe('Norway');
    expect(factIn('person', 'Who supports the farmers?', 'The talks between the Norway-backed fishermen and the farmers failed.')?.text).not.toBe('Norway');
  });

  it('takes the names joined to such a compound with it ("a Norway and Denmark-backed strike")', () => {
    expect(factIn('person', 'Who backed the strike?', 'The dispute ended in a Norway and Denmark-backed strike at the port.')?.text).toBe('Norway and Denmark');
    expect(factIn('person', 'Who backed the strike?', 'The dispute ended in a Sweden, Norway and Denmark-backed strike at the port.')?.text).toBe('Sweden, Norway and Denmark');
  });

  it('answers a role worded otherwise by the doer of the deed its relative clause tells, named with a role of their own', () => {
    expect(factIn('person', 'Who was the Norwegian fisheries chief who wrote to Sweden about the quota?', 'On 6 May, acting Fisheries Minister Ola Berg wrote a letter to his Swedish counterpart about the quota.')?.text).toBe(
      'acting Fisheries Minister Ola Berg',
    );
    expect(factIn('person', 'Vem var den norska fiskechefen som skrev till Sverige om kvoten?', 'I maj skrev fiskeriminister Ola Berg ett brev till Sverige om kvoten.', 'sv')?.text).toMatch(/Ola Berg$/u);
    // The doers of the deed, named with no role, are not the holder of the one asked about.
    expect(factIn('person', 'Who was the pilot who shot down the helicopter?', 'Two Norwegian jets shot down the helicopter near the border.')).toBeNull();
  });

  it.each([
    ['Who did the mayor say had lied to the council?', 'The mayor said Anna Berg had lied to the council.', 'en', 'Anna Berg'],
    ['Who did Lind accuse of lying?', 'Lind accuses council leader Anna Berg of lying to the voters.', 'en', 'council leader Anna Berg'],
    ['Vem menade Lind hade ljugit för fullmäktige?', 'Lind anklagar kommunalrådet Anna Berg för lögner i fullmäktige.', 'sv', 'kommunalrådet Anna Berg'],
  ])('answers whom a named speaker says it of with the one their words are about: %s', (question, sentence, language, person) => {
    expect(factIn('person', question, sentence, language as Language)).toMatchObject({ text: person, asked: true });
  });

  it("takes no one for whom another speaker's words are about, nor the one a speaker charges with another deed", () => {
    expect(factIn('person', 'Who did the mayor say had lied to the council?', 'The governor said Anna Berg had lied to the council.')?.asked).not.toBe(true);
    expect(factIn('person', 'Who did Lind accuse of stealing funds?', 'Lind accuses council leader Anna Berg of lying to the voters.')?.asked).not.toBe(true);
  });

  it('answers whom a deed intended would be done to, named after "with" a few words past the noun of the deed', () => {
    const sentence = 'Jones said on Monday that next month he will hold a meeting in Paris with Mayor Anna Berg on the port.';
    expect(factIn('person', 'who was jones planning to meet in france about the port', sentence)).toMatchObject({ text: 'Mayor Anna Berg', asked: true });
    expect(factIn('person', 'Who is Jones hoping to meet about the port?', 'Jones hopes to have a first meeting with Mayor Anna Berg in May.')).toMatchObject({ text: 'Mayor Anna Berg', asked: true });
    expect(factIn('person', 'Vem skulle Jones träffa i Frankrike om hamnen?', sentence)).toMatchObject({ text: 'Mayor Anna Berg', asked: true });
    // A place after the noun of the deed is no one it is done with.
    expect(factIn('person', 'Who was Jones planning to meet about the port?', 'Jones will hold a meeting in Paris on the port.')?.asked).not.toBe(true);
  });

  it('takes no weekday for a name', () => {
    expect(factIn('person', 'Who delivered the fuel?', 'On Thursday the two ministers watched as the fuel was delivered.')).toBeNull();
  });

  it('takes a role after capitalised words for a doer the sentence names by nationality', () => {
    expect(factIn('person', 'Who inaugurated the bridge?', 'In May 2019, the Danish and Swedish ministers open the new bridge over the strait.')?.text).toMatch(/Danish and Swedish ministers$/u);
  });

  it('gives the subject of the verb a deed hangs on, not the verbs with it', () => {
    expect(factIn('person', 'Who bought the tanks?', 'The Polish government later began to discuss buying the tanks.')?.text).toBe('The Polish government');
    expect(factIn('person', 'Vem köpte stridsvagnarna?', 'Polen vill köpa stridsvagnarna.', 'sv')?.text).toBe('Polen');
  });

  it('takes no one who wants or gets a deed done for its doer', () => {
    expect(factIn('person', 'Who apologised to Warsaw?', 'Warsaw wants to have an apology.')).toBeNull();
    expect(factIn('person', 'Who apologised to Warsaw?', 'Warsaw demanded an apology.')).toBeNull();
    expect(factIn('person', 'Vem bad om ursäkt?', 'Polen kräver en ursäkt.', 'sv')).toBeNull();
  });

  it('answers with the subject of a reported clause, not its speaker', () => {
    expect(factIn('person', 'Who apologised to Warsaw?', 'The ministry says he also apologised to Warsaw.', 'en', 'Anna Berg, the Danish prime minister, wrote a letter in May.')?.text).toMatch(/Berg/u);
  });

  it('takes no phrase that opens on a preposition for what a deed is done to', () => {
    expect(factIn('person', 'Who does Warsaw back in Belarus?', 'The visit came amid the crisis in Belarus between the army and Warsaw-backed opposition leader Anna Nowak.')?.text).toBe('opposition leader Anna Nowak');
  });

  it('finds the one a deed worded as a noun is done to after its preposition', () => {
    expect(factIn('person', 'Who was sanctioned by Brussels?', 'Brussels imposes sanctions on the Polish energy agency.')?.text).toBe('the Polish energy agency');
    expect(factIn('person', 'Who did Brussels sanction?', 'Brussels imposes sanctions on the Polish energy agency.')?.text).toBe('the Polish energy agency');
  });

  it('takes no one the question names for the doer of its deed: the victim of "Who killed the mayor?" is no killer', () => {
    expect(factIn('person', 'Who killed the Maltese mayor?', 'The mayor died of his wounds in hospital.')?.text ?? '').not.toMatch(/^the mayor$/iu);
    expect(factIn('person', 'Who killed the Maltese mayor?', 'Police said that the mayor died in hospital.')?.text ?? '').not.toMatch(/^the mayor$/iu);
  });

  it.each([
    ['Who was Nowak\'s killer?', 'A Maltese policeman killed Nowak outside the gallery.', 'A Maltese policeman'],
    ['Who was the buyer of the Valletta plant?', 'Rosatom bought the Valletta plant in 2010.', 'Rosatom'],
  ])('answers "%s", a role named by its verb, with the doer of the verb', (question, sentence, doer) => {
    expect(factIn('person', question, sentence)).toMatchObject({ text: doer, asked: true });
  });

  it.each([
    ['Who did Malta back in the war?', 'the rebels'],
    ['Who did Italy back in the war?', 'the government'],
  ])('answers "%s" with what the subject is the agent noun of the deed to ("the main backer of …")', (question, object) => {
    const sentence = 'Malta has been the main backer of the rebels, while Italy has been the main backer of the government.';
    expect(factIn('person', question, sentence)).toMatchObject({ text: object, asked: true });
  });

  it.each<[string, string, Language, string]>([
    ['Who lays the pipes?', 'In May the state fined the firms that lay the pipes.', 'en', 'the firms'],
    ['Who lays the pipes?', 'Staten inför böter mot företag som lägger rör.', 'sv', 'företag'],
  ])('takes the noun a relative pronoun stands for as the doer of its clause, not the clause before it: %s %s', (question, sentence, language, doer) => {
    expect(factIn('person', question, sentence, language)?.text).toBe(doer);
  });

  it('takes no clause for a doer', () => {
    expect(factIn('person', 'Who joined the talks?', 'The mayor of Gdansk and I mapped out joint plans.')?.text ?? '').not.toMatch(/mapped/u);
    // The names the question gives are the subject: what follows them is their verb, no one else.
    expect(factIn('person', 'Who joined Nowak and Berg at the ceremony?', 'Nowak and Berg open Baltic gas link')?.asked).not.toBe(true);
  });

  it('asks a country a deed ends on a preposition for the same as "who"', () => {
    expect(factIn('person', 'Which country did Poland buy the tanks from?', 'In May, Poland took the first tanks, its largest purchase from Seoul.')?.text).toBe('Seoul');
  });
});

describe('places: the place of what the question asks about', () => {
  it('keeps a direction with the place, and takes the place next to a name the question gives', () => {
    const sentence = 'While the army retook the town of Alder, the Brook camp in northern Fenland was surrounded.';
    expect(factIn('place', 'Where is the Brook camp?', sentence)?.text).toBe('northern Fenland');
  });

  it.each([
    ['In what city was the exile killed?', 'He was jailed for the killing of an exile in a Lyon park.', 'Lyon'],
    ['Where did the ship dock?', 'The ship docked at an Alder quay the next day.', 'Alder'],
  ])('takes a name that modifies a noun after an indefinite article for the place: %s', (question, sentence, place) => {
    expect(factIn('place', question, sentence)?.text).toBe(place);
  });

  it('ties a place to the question through the words of its own clause, however far they stand from it', () => {
    const sentence = 'A group of Fenland inspectors and officials has landed in Lyon to take part in the inquiry.';
    expect(factIn('place', 'Where did the Fenland inspectors fly to?', sentence)).toMatchObject({ text: 'Lyon', asked: true });
  });

  it.each([
    ['In which village was the camp set up?', 'The camp opened near the village of Alder in the Brook district.', 'Alder'],
    ['In which district was the camp set up?', 'The camp opened near the village of Alder in the Brook district.', 'the Brook district'],
    ['From what settlement do the patrols start?', 'The patrols start from the settlement of Alder.', 'Alder'],
  ])('takes the place the text calls the kind the question asks for: %s', (question, sentence, place) => {
    expect(factIn('place', question, sentence)?.text).toBe(place);
  });

  it.each([
    ['In which city did the plane land?', 'The first plane, a jet with 300 passengers, landed in Lyon.'],
    ['Vilken stad landade planet i?', 'Det första planet landade i Lyon.'],
  ])('reads the question word that opens a question as asking, not as a relative clause: %s', (question, sentence) => {
    expect(factIn('place', question, sentence, question.startsWith('Vilken') ? 'sv' : 'en')).toMatchObject({ text: 'Lyon', asked: true });
  });

  it("takes a visit's destination for where something happened, and a line's origin for where it starts", () => {
    expect(factIn('place', 'Where did the two sides sign the deal?', 'The two sides signed the deal during the mayor\'s visit to Lyon.')?.text).toBe('Lyon');
    expect(factIn('place', 'Where does the canal start?', 'The canal runs 40 kilometres from Brook to Fenland.')?.text).toBe('Brook');
  });

  it.each([
    ['Where did the mayor fly in from?', 'The mayor opened the bridge at a ceremony in Lyon.', null],
    ['Varifrån flög borgmästaren?', 'Borgmästaren invigde bron vid en ceremoni i Lyon.', null],
    ['From what village do the patrols set off?', 'The patrols begin along the road, from the settlement of Brook, to the settlement of Fenland.', 'Brook'],
  ])('answers a question after a starting point only with a place something comes from: %s', (question, sentence, place) => {
    expect(factIn('place', question, sentence, question.startsWith('Varifrån') ? 'sv' : 'en')?.text ?? null).toBe(place);
  });

  it('takes the place a where-clause follows for where that clause happened ("from Lyon, where he had met …")', () => {
    expect(factIn('place', 'Where did the mayor meet the bishop?', 'The mayor flew in from Lyon, where he had met the bishop a day earlier.')?.text).toBe('Lyon');
  });

  it('takes a destination or an origin only for a question after a way, a goal or a start', () => {
    const sentence = 'The leaders opened the new bridge that will carry trains to Fenland.';
    expect(factIn('place', 'Where was the bridge inaugurated?', sentence)).toBeNull();
    expect(factIn('place', 'Where will the bridge carry trains to?', sentence)?.text).toBe('Fenland');
    expect(factIn('place', 'Var invigdes bron?', 'Ledarna öppnade bron som ska leda trafiken till Fenland.', 'sv')).toBeNull();
  });

  it.each([
    ['Where were the ships inspected?', 'Inspectors there checked the ships for weapons.', 'A coordination centre opened in Istanbul.', 'Istanbul'],
    ['Where did the envoy die?', 'He died there two hours later.', 'The envoy was taken to a hospital in Ankara.', 'Ankara'],
  ])('reads "there" as the place the sentence before names: %s', (question, sentence, previous, place) => {
    expect(factIn('place', question, sentence, 'en', previous)).toMatchObject({ text: place, inPrevious: true });
  });

  it.each([
    ['Where were the envoys met before flying them home?', 'The envoys fly home from Lyon with the minister.', 'Lyon'],
    ['Where was the convoy stopped while moving the aid?', 'The aid convoy moves on from Brook after a day.', 'Brook'],
    ['Where were the trains checked before running again?', 'The trains run again from Fenland on Monday.', 'Fenland'],
    ['Where did the strikers gather before sending their letter?', 'The strikers send their letter from Alder.', 'Alder'],
  ])('reads a question whose verb of going is in its -ing form as one after a way, which an origin or a goal answers: %s', (question, sentence, place) => {
    expect(factIn('place', question, sentence)?.text).toBe(place);
  });

  it('takes no place from the sentence before for the "there" of what exists', () => {
    expect(factIn('place', 'Where were the talks held?', 'There were talks on the deal.', 'en', 'The ministers met in Ankara.')).toBeNull();
  });

  it('takes a road named by a letter and a number ("on the M4 highway"), though a name with a number is otherwise no place', () => {
    expect(factIn('place', 'Where did the soldiers patrol?', 'The soldiers patrol on the A7 highway, which runs north of the town.')?.text).toBe('the A7 highway');
    expect(factIn('place', 'Where did the air force train its pilots?', 'The air force trained its pilots in the F-35 programme.')).toBeNull();
  });

  it('takes the place of what the question asks about, not of the words of a clause describing it', () => {
    const question = 'Where were the talks that ended the strike held?';
    expect(factIn('place', question, 'The talks in Lyon ended the strike in Brook.')?.text).toBe('Lyon');
    expect(factIn('place', question, 'The agreement ended the strike in Brook.')).toMatchObject({ text: 'Brook', asked: false });
  });

  it('reads a Swedish abbreviation with a colon as part of the name ("S:t Eriksplan"), but not the colon after one', () => {
    expect(factIn('place', 'Var samlades demonstranterna?', 'Demonstranterna samlades vid S:t Eriksplan på lördagen.', 'sv')?.text).toBe('S:t Eriksplan');
    expect(factIn('place', 'Where did the minister speak?', 'The minister spoke in Brook: the town has a new bridge.')?.text).toBe('Brook');
  });
});

describe('developments: what the question\'s subject did its deed to', () => {
  it('takes the object of the verb asked about', () => {
    expect(factIn('development', 'What did the city offer the workers?', 'The mayor said the city is ready to offer free housing to the workers.')?.text).toBe('free housing');
    expect(factIn('development', 'What did the army take back in May?', 'In May, the army took back the town of Brook from the rebels.')?.text).toBe('the town of Brook');
  });

  it.each([
    ['What happened to the fishing deal?', 'The two towns signed a fishing deal in 2018, but the deal collapsed a year later.', 'en', 'collapsed a year later'],
    ['what ended up happening to the harbour agreement', 'I maj enades städerna om hamnen, men den överenskommelsen föll samman.', 'sv', 'föll samman'],
    ['Vad hände med avtalet om hamnen?', 'The new harbour agreement was torn up by the council in March.', 'en', 'was torn up by the council in March'],
  ])('answers what became of a thing with the predicate of the clause it is the subject of: %s', (question, sentence, language, fate) => {
    expect(factIn('development', question, sentence, language as Language)?.text).toBe(fate);
  });

  it('takes no fate of a thing the sentence names only after a verb or a preposition', () => {
    expect(factIn('development', 'What happened to the fishing deal?', 'The two towns signed the deal in 2018.')).toBeNull();
  });

  it('takes the object of a verb of the kind of happening asked about ("recaptured" for "take back")', () => {
    expect(factIn('development', 'What did the army take back from the rebels?', 'In June the army recaptured the port of Brook from the rebels.')?.text).toBe('the port of Brook');
  });

  it('takes a plural after "did" for the subject\'s noun, not the verb ("What did the harbour talks produce?")', () => {
    expect(factIn('development', 'What did the harbour talks produce?', 'The talks on fishing between the two mayors ended in May.')).toBeNull();
    expect(factIn('development', 'What did the harbour talks produce?', 'In May the harbour talks produced a new fishing treaty.')?.text).toBe('a new fishing treaty');
  });

  it.each([
    ['What did the mayors sign in May?', 'The fishing treaty was signed the same day by the two mayors.', 'The fishing treaty'],
    ['What did the army hand over to the town?', 'In June the old barracks were formally handed over to the town.', 'the old barracks'],
    ['What did the mayors sign in May?', 'After long talks, a new fishing treaty was signed in Brook by the mayors.', 'a new fishing treaty'],
  ])('takes the subject of a passive verb of the deed for what the deed was done to: %s', (question, sentence, object) => {
    expect(factIn('development', question, sentence)?.text).toBe(object);
  });

  it('takes no time phrase after the verb for its object, nor a pronoun subject of a passive', () => {
    expect(factIn('development', 'What did the mayors sign in May?', 'The mayors signed the same day.')).toBeNull();
    expect(factIn('development', 'What did the mayors sign in May?', 'It was signed the same day by the two mayors.')).toBeNull();
  });

  it('ends a long one cut at its length on a word of its own, not on an article', () => {
    const sentence = 'In May the leaders agree to build a bridge across the big wide river in a bid to end a long dispute.';
    expect(factIn('development', 'What did the leaders agree to do?', sentence)?.text).not.toMatch(/\s(?:a|the|to|of)$/u);
  });
});

describe('Swedish counts', () => {
  it('take "en" and "ett" for the article they mostly are, not for a count of one', () => {
    expect(factIn('number', 'Hur långt från hamnen ska bron byggas?', 'Planen är att en ny bro ska byggas tre kilometer norr om hamnen.', 'sv')?.text).toMatch(/^tre kilometer/u);
  });

  it.each([
    ['Hur lång är bron över floden?', 'Tre dagar efter invigningen stängdes bron, som är 800 meter lång.', /^800 meter/u],
    ['Hur lång tid tog bygget av bron?', 'Bygget av bron tog fyra år, och bron är 800 meter lång.', /^fyra år/u],
    ['Hur länge pågick bygget av bron?', 'Bygget av bron pågick i fyra år, och bron är 800 meter lång.', /^fyra år/u],
  ])('answer "hur lång" with a length, "hur lång tid" and "hur länge" with a duration: %s', (question, sentence, answer) => {
    expect(factIn('number', question, sentence, 'sv')?.text).toMatch(answer);
  });

  it('count the thing named before a verb such as "får" ("hur många broar får staden")', () => {
    expect(factIn('number', 'hur många broar får staden', 'Staden får 40 bussar och tre broar.', 'sv')?.text).toBe('tre broar');
  });

  it('read "en miljon" as a count, with the word that makes it approximate', () => {
    expect(factIn('number', 'Hur många människor har lämnat staden?', 'Sedan i vintras har nära en miljon människor lämnat staden.', 'sv')?.text).toMatch(/^nära en miljon människor/u);
  });
});

describe('a name the sentence gives, when it words the deed otherwise than the question', () => {
  it.each([
    ['Who phoned the mayor first after the flood?', 'In March Jensen was the first minister to contact the mayor after the flood in Porto.'],
    ['Vem ringde borgmästaren först efter översvämningen?', 'In March Jensen was the first minister to contact the mayor after the flood in Porto.'],
    ['Who rang the mayor first after the flood?', 'On Monday Jensen was the first minister to contact the mayor after the flood in Porto.'],
  ])('%s is answered by the name after the month or weekday that opens the sentence, not by a later one', (question, sentence) => {
    expect(factIn('person', question, sentence)?.text).toBe('Jensen');
  });
});
