import { afterEach, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { addQuestion, editQuestion, exportServer, hideQuestion, importServer, listQuestions, ModerationError, restoreQuestion, showQuestion } from '../../src/moderation/index.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { guild, moderator, openTestKnowledge, otherGuild, tempDatabasePath } from './support/knowledge.ts';

const open: Knowledge[] = [];
async function knowledge(path = tempDatabasePath()): Promise<Knowledge> {
  const k = await openTestKnowledge(path);
  open.push(k);
  return k;
}
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
});

/** Every question a server may be asked, over many seeds. */
async function asked(k: Knowledge, guildId: string): Promise<Set<string>> {
  const engine = await k.engines.engineFor(guildId);
  return new Set(Array.from({ length: 30 }, (_, seed) => engine.quiz({ count: 20, seed })).flat().map((q) => q.id));
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ModerationError);
  return (error as ModerationError).problem.code;
};

/** A passage of the bundled corpus and words it states. */
const s400 = { passageId: 'ankara-moscow-journey/p24s1', quote: 'On September 12, 2017, Erdogan confirmed that Turkey had signed a contract with Russia for the purchase of the S400 anti-aircraft system' };

describe('moderators curate a server’s quiz questions', () => {
  it('hide one: it never comes back in that server, other servers still ask it, and the audit says who', async () => {
    const k = await knowledge();
    const [target] = (await listQuestions(k.moderation, guild, { kind: 'when' })).map((e) => e.question) as [QuizQuestion];
    await hideQuestion(k.moderation, moderator, target.id);
    expect(await asked(k, guild)).not.toContain(target.id);
    expect((await k.engines.engineFor(otherGuild)).quizBank().map((q) => q.id)).toContain(target.id);
    expect((await showQuestion(k.moderation, guild, target.id)).action).toBe('hide');
    const [entry] = await k.store.audit(guild, { limit: 1 });
    expect(entry).toMatchObject({ action: 'quiz.hide', target: target.id, actor: moderator.who });
    expect(await refusal(hideQuestion(k.moderation, moderator, target.id))).toBe('question-hidden');
    await restoreQuestion(k.moderation, moderator, target.id);
    expect((await k.engines.engineFor(guild)).quizBank().map((q) => q.id)).toContain(target.id);
  });

  it('edit one: the edit is asked instead, with the same citations; a new answer must be in them', async () => {
    const k = await knowledge();
    const who = (await listQuestions(k.moderation, guild, { kind: 'who' }))[0]?.question as QuizQuestion;
    const edited = await editQuestion(k.moderation, moderator, who.id, { question: 'Which leader ordered this?' });
    expect(edited.question).toMatchObject({ id: who.id, question: 'Which leader ordered this?', origin: 'edited', citations: who.citations });
    const bank = (await k.engines.engineFor(guild)).quizBank();
    expect(bank.find((q) => q.id === who.id)?.question).toBe('Which leader ordered this?');
    const wrongAnswer = who.options.findIndex((_, i) => i !== who.answer);
    expect(await refusal(editQuestion(k.moderation, moderator, who.id, { answer: 'ABCD'[wrongAnswer] }))).toBe('answer-not-cited');
    expect(await refusal(editQuestion(k.moderation, moderator, who.id, { options: ['Putin', 'putin!', 'Assad', 'Trump'], answer: 'A' }))).toBe('options-repeat');
    expect(await refusal(editQuestion(k.moderation, moderator, 'q00000000000', { question: 'x' }))).toBe('no-question');
  });

  it('add one of their own: its answer must be stated by a verbatim quote of the server’s documents, its options distinct', async () => {
    const k = await knowledge();
    const input = { question: 'Which air defence system did Turkey buy from Russia?', options: ['S400', 'Patriot', 'F-35', 'Pantsir'], answer: 'A', ...s400 };
    const added = await addQuestion(k.moderation, moderator, input);
    expect(added.question).toMatchObject({ kind: 'custom', origin: 'moderator', language: 'en', answer: 0 });
    expect(added.question.citations[0]).toMatchObject({ passageId: s400.passageId, quote: s400.quote });
    expect(await asked(k, guild)).toContain(added.question.id);
    expect(await refusal(addQuestion(k.moderation, moderator, { ...input, answer: 'B' }))).toBe('answer-not-cited');
    expect(await refusal(addQuestion(k.moderation, moderator, { ...input, options: ['S400', 's400', 'F-35', 'Pantsir'] }))).toBe('options-repeat');
    expect(await refusal(addQuestion(k.moderation, moderator, { ...input, quote: 'Turkey bought the S400 on a whim' }))).toBe('quote-not-verbatim');
    expect(await refusal(addQuestion(k.moderation, moderator, { ...input, passageId: 'nowhere/p1s1' }))).toBe('no-passage');
    expect(await refusal(addQuestion(k.moderation, moderator, { ...input, answer: 'E' }))).toBe('bad-answer');
    expect(await refusal(addQuestion(k.moderation, moderator, input))).toBe('question-exists');
    const dated = await addQuestion(k.moderation, moderator, { ...input, question: 'When did Erdogan confirm the S-400 contract?', options: ['12 September 2017', 'March 2017', 'July 2019', 'May 2018'] });
    expect(dated.question.answer).toBe(0);
  });

  it('keeps every decision through export and import into another server, and through a restart', async () => {
    const path = tempDatabasePath();
    const k = await knowledge(path);
    const [a, b] = (await listQuestions(k.moderation, guild, { kind: 'when' })).map((e) => e.question) as [QuizQuestion, QuizQuestion];
    await hideQuestion(k.moderation, moderator, a.id);
    await editQuestion(k.moderation, moderator, b.id, { question: 'When, then?' });
    const own = await addQuestion(k.moderation, moderator, { question: 'Who confirmed the S400 contract?', options: ['Erdogan', 'Putin', 'Assad', 'Trump'], answer: 'A', ...s400 });
    const file = await exportServer(k.moderation, guild);
    expect(file.quizQuestions.map((c) => c.action)).toEqual(['hide', 'edit', 'add']);
    const report = await importServer(k.moderation, { guildId: otherGuild, who: 'cli' }, new TextEncoder().encode(JSON.stringify(file)));
    expect(report.quizQuestions).toBe(3);
    await k.close();
    open.splice(open.indexOf(k), 1);

    const again = await knowledge(path);
    for (const server of [guild, otherGuild]) {
      const bank = (await again.engines.engineFor(server)).quizBank();
      expect(bank.map((q) => q.id)).not.toContain(a.id);
      expect(bank.find((q) => q.id === b.id)?.question).toBe('When, then?');
      expect(bank.map((q) => q.id)).toContain(own.question.id);
    }
  });

  it('keeps through export and import an edited question whose reveal quotes a sentence with the one before it', async () => {
    const k = await knowledge();
    const questions = (await listQuestions(k.moderation, guild)).map((e) => e.question);
    const engine = await k.engines.engineFor(guild);
    const joined = questions.find((q) => q.citations.some((c) => !engine.passage(c.passageId)?.text.includes(c.quote))) as QuizQuestion;
    expect(joined).toBeDefined();
    await editQuestion(k.moderation, moderator, joined.id, { question: 'Edited, its reveal two sentences?' });
    const file = await exportServer(k.moderation, guild);
    expect((await importServer(k.moderation, { guildId: otherGuild, who: 'cli' }, new TextEncoder().encode(JSON.stringify(file)))).quizQuestions).toBe(1);
    const imported = (await k.engines.engineFor(otherGuild)).quizBank().find((q) => q.id === joined.id);
    expect(imported).toMatchObject({ question: 'Edited, its reveal two sentences?', citations: joined.citations });
  });

  it('refuses an import whose own question cites a quote that is not in the passage', async () => {
    const k = await knowledge();
    await addQuestion(k.moderation, moderator, { question: 'Who confirmed the S400 contract?', options: ['Erdogan', 'Putin', 'Assad', 'Trump'], answer: 'A', ...s400 });
    const file = await exportServer(k.moderation, guild);
    const forged = { ...file, quizQuestions: file.quizQuestions.map((c) => ({ ...c, question: c.question && { ...c.question, citations: c.question.citations.map((x) => ({ ...x, quote: 'Putin confirmed it.' })) } })) };
    expect(await refusal(importServer(k.moderation, { guildId: otherGuild, who: 'cli' }, new TextEncoder().encode(JSON.stringify(forged))))).toBe('import-item');
  });

  it('leaves a running quiz as it was asked when a question it uses is edited', async () => {
    const k = await knowledge();
    const questions = (await k.engines.engineFor(guild)).quiz({ count: 3, seed: 4, kind: 'when' });
    const session = await k.store.startQuizSession({ id: 'running', guildId: guild, channelId: '910000000000000001', startedBy: 'u', locale: 'en', questions, secondsPerQuestion: 20, startedAt: '2026-01-15T12:00:00.000Z' });
    await editQuestion(k.moderation, moderator, questions[0]?.id ?? '', { question: 'Edited while the quiz ran?' });
    expect((await k.store.quizSession(session.id))?.questions).toEqual(questions);
  });
});
