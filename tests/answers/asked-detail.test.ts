import { beforeAll, describe, expect, it } from 'vitest';
import { lacksAskedDetail } from '../../src/answers/asked-detail.ts';
import { deedOf } from '../../src/answers/deed.ts';
import { expectedFact } from '../../src/answers/expected.ts';
import { askingOf } from '../../src/answers/asking.ts';
import { findFact } from '../../src/answers/facts.ts';
import { analyzeQuestion } from '../../src/answers/question.ts';
import type { PlacedFact } from '../../src/answers/selection.ts';
import type { Language, Passage } from '../../src/corpus/types.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

const passageOf = (text: string, language: Language = 'en'): Passage => ({
  id: 'd/p1s1', documentId: 'd', language, kind: 'body', paragraph: 1, sentence: 1, text, cleanStart: 0, cleanEnd: text.length, start: 0, end: text.length,
});

/** Whether the sentence lacks what the question asks for, with the fact the answer would lead with. */
function lacks(question: string, text: string, language: Language = 'en'): boolean {
  const analysed = analyzeQuestion(question, new Date('2026-01-15T12:00:00Z'));
  const expected = expectedFact(analysed);
  const passage = passageOf(text, language);
  const { analyzer, eventTypes } = base.language;
  const asking = askingOf(question, detectLanguage(question), base.index);
  const found = expected ? findFact(expected, { text, language, question, questionLanguage: analysed.language, analyzer, eventTypes, asking }) : null;
  const fact: PlacedFact | null = found ? { ...found, passage } : null;
  return lacksAskedDetail(analysed, expected, text, fact, base.language.analyzer);
}

describe('the fact a question asks for', () => {
  it('reads "what made …", "how come" and "vad fick …" as asking for a reason', () => {
    for (const question of [
      'what made the strike collapse',
      'How come the talks failed?',
      'Vad fick strejken att upphöra?',
      // The reason named as someone's: "What was the council's reason for …".
      "What was the council's reason for closing the road?",
      'On what grounds was the ship held?',
      'Av vilken anledning stängdes vägen?',
    ]) {
      expect(expectedFact(analyzeQuestion(question, new Date('2026-01-15T12:00:00Z')))).toBe('reason');
    }
  });
});

describe('who-questions after a political party', () => {
  it.each(['Which party voted against the motion?', 'Which two parties walked out of the talks?', 'Vilket parti röstade emot förslaget?'])('%s asks for a group', (question) => {
    expect(expectedFact(analyzeQuestion(question, new Date('2026-01-15T12:00:00Z')))).toBe('person');
  });
});

describe('name-questions in other words', () => {
  it.each(['What name did the army give the operation?', 'What was the offensive known as?', 'What name was the project given?', 'Vilket namn fick operationen?'])('%s asks for a name', (question) => {
    expect(expectedFact(analyzeQuestion(question, new Date('2026-01-15T12:00:00Z')))).toBe('name');
  });

  it('reads "Vad kallade X …" as asking for words, not a name', () => {
    expect(expectedFact(analyzeQuestion('Vad kallade borgmästaren översvämningen?', new Date('2026-01-15T12:00:00Z')))).toBe('quotation');
  });
});

describe('said-questions in other words', () => {
  it.each(['What was the mayor\'s reaction to the flood?', 'What were the reactions of the farmers?', 'What was the minister\'s response?'])('%s asks for words', (question) => {
    expect(expectedFact(analyzeQuestion(question, new Date('2026-01-15T12:00:00Z')))).toBe('quotation');
  });
});

describe('who-questions in other words', () => {
  it.each([
    ['Which two other heads of state were at the opening?', 'person'],
    ['Vilka två andra ledare var på invigningen?', 'person'],
    ['What did government troops take back in June?', 'development'],
    ['Which country did the two states team up with?', 'person'],
  ])('%s asks for a %s', (question, type) => {
    expect(expectedFact(analyzeQuestion(question, new Date('2026-01-15T12:00:00Z')))).toBe(type);
  });
});

describe('a sentence that tells the story but not the detail asked for', () => {
  it("gives nobody's words when it only says that two people met", () => {
    expect(lacks('What did the mayor tell the minister in Paris?', 'The minister flew in from Paris, where he had met the mayor a day earlier.')).toBe(true);
    expect(lacks('What did the mayor tell the minister in Paris?', 'The mayor told the minister in Paris that the bridge would reopen in June.')).toBe(false);
  });

  it('counts another thing than the one the question counts, though it names that one', () => {
    expect(lacks('How many engineers were sent to the dam?', 'Under the plan the city builds 12 pumping stations and the army sends engineers to the dam.')).toBe(true);
    expect(lacks('How many engineers were sent to the dam?', 'The army sent about 40 engineers to the dam.')).toBe(false);
    // Counted in other words: the sentence does not name the question's thing, so its count may be the answer.
    expect(lacks('How many troops were inside the base?', 'There are reportedly about 200 soldiers in the base.')).toBe(false);
  });

  it('names no holder of the role the question asks about', () => {
    expect(lacks('Who was the captain of the ferry that sank?', 'One of the captains died, and the ferry sank off Crete.')).toBe(true);
    expect(lacks('Who was the captain of the ferry that sank?', 'The ferry sank off Crete on 3 May 2019.')).toBe(true);
    expect(lacks('Who was the captain of the ferry that sank?', 'The ferry, steered by captain Nikos Pappas, sank off Crete.')).toBe(false);
    expect(lacks('Vem är Greklands sjöfartsminister?', 'Sjöfartsministern Ioannis Plakiotakis besökte hamnen.', 'sv')).toBe(false);
    expect(lacks('Vem är Greklands sjöfartsminister?', 'Hamnen i Pireus stängdes i maj.', 'sv')).toBe(true);
    expect(lacks('Vem var Greklands sjöfartsminister vid mötet i Pireus?', 'Premiärminister Kyriakos Mitsotakis träffade redarna i Pireus.', 'sv')).toBe(true);
    expect(lacks("Who was Greece's shipping minister at the meeting in Piraeus?", 'Shipping minister Ioannis Plakiotakis met the owners in Piraeus.')).toBe(false);
    expect(lacks('Who was the Greek shipping chief who wrote to the owners?', 'Shipping Minister Ioannis Plakiotakis wrote to the owners in May.')).toBe(false);
    expect(lacks('Who was the Greek shipping chief who wrote to the owners?', 'The owners wrote to the port in May.')).toBe(true);
  });
});

describe('the deed of a question', () => {
  const deed = (question: string) => {
    const analysed = analyzeQuestion(question, new Date('2026-01-15T12:00:00Z'));
    return deedOf(analysed, expectedFact(analysed), base.language.analyzer)?.verb;
  };

  it.each([
    ['When did the Maltese premier apologise for the collision?', 'apologise'],
    ['When did the Turkish defence minister visit Moscow?', 'visit'],
    ['When did Erdogan first say sorry over the downed jet?', 'say'],
    ['When did the Maltese premier finally apologise?', 'apologise'],
    ['What did government troops take back from the rebels?', 'take back'],
    ['When did the two leaders meet?', 'meet'],
    ['Where did the leaders get together in 2018?', 'get together'],
    ['Where did Putin and Erdogan get together to discuss Idlib?', 'get together'],
    ['Why did Russia impose sanctions?', 'impose'],
    ['When did Russia end support for Assad?', 'end'],
    ['why did russia punish turkey economically', 'punish'],
    ['When did the second lot of radar equipment leave Qormi?', 'leave'],
    ['When did the head of the agency resign?', 'resign'],
    ['Why did the leaders think of a truce?', 'think of'],
    ['Why did the union come back to the talks?', 'come back'],
    ['Why did Malta lead the rescue?', 'lead'],
  ])('of %j is %j: the subject, its nouns and an adverb stand before it', (question, verb) => {
    expect(deed(question)).toBe(verb);
  });

  it('has no particle among its objects when the lexicon makes no phrasal verb of them ("ship … back")', () => {
    const analysed = analyzeQuestion('When did Ankara ship its S-400 batteries back to Russia?', new Date('2026-01-15T12:00:00Z'));
    const found = deedOf(analysed, expectedFact(analysed), base.language.analyzer);
    expect(found?.verb).toBe('ship');
    expect(found?.objects).toContain('batteries');
    expect(found?.objects).not.toContain('back');
  });
});
