import type { Language } from '../corpus/types.ts';
import { extractDates } from '../dates/index.ts';
import type { Engine } from '../engine.ts';
import { quizContext } from '../quiz/context.ts';
import type { CurationAction, QuizCuration } from '../quiz/curation.ts';
import { questionBank } from '../quiz/generate.ts';
import { questionId } from '../quiz/question.ts';
import type { QuizKind, QuizQuestion } from '../quiz/types.ts';
import { validateQuestion } from '../quiz/validate.ts';
import { foldLetters, fold } from '../text/fold.ts';
import { detectLanguage } from '../text/language.ts';
import type { Change } from '../store/types.ts';
import { quoteOffset } from '../events/added.ts';
import { commit, engineOf, type Actor, type Moderation } from './context.ts';
import { refuse } from './problems.ts';

/**
 * Moderators curate a server's quiz questions: list the bank, hide a question (it never comes
 * back in that server), edit one, add one of their own (checked like a generated one: its answer
 * cited from a document of the server), or put a generated one back as it was. Each decision is
 * one audited commit, exported and imported with the server's data.
 */

export const MAX_STEM = 300;
export const MAX_OPTION = 200;
const LANGUAGES: readonly Language[] = ['en', 'sv'];

export interface QuestionEdit {
  question?: string | undefined;
  /** The options in order, replacing all of them. */
  options?: string[] | undefined;
  /** The right option, by its letter (A–D) or number (1–4). */
  answer?: string | undefined;
}

export interface NewQuestion {
  question: string;
  options: string[];
  answer: string;
  passageId: string;
  /** Verbatim part of the passage that proves the answer; the whole passage when absent. */
  quote?: string | undefined;
  language?: string | undefined;
}

export interface CuratedEntry {
  question: QuizQuestion;
  /** What the moderators did to it; null for a generated question left as it is. */
  action: CurationAction | null;
}

async function curations(m: Moderation, guildId: string): Promise<QuizCuration[]> {
  return (await m.store.guild(guildId)).quizCurations;
}

/** Every question of the server in every language, as generated, and the moderators' decisions. */
async function everything(m: Moderation, guildId: string): Promise<{ engine: Engine; generated: QuizQuestion[]; decided: QuizCuration[] }> {
  const engine = await engineOf(m, guildId);
  const generated = LANGUAGES.flatMap((language) => questionBank(engine.quizSource, { language }));
  return { engine, generated, decided: await curations(m, guildId) };
}

/** The server's questions: generated ones (hidden ones marked), edited ones as edited, and the moderators' own. */
export async function listQuestions(m: Moderation, guildId: string, filter: { kind?: string | undefined; language?: string | undefined } = {}): Promise<CuratedEntry[]> {
  const { generated, decided } = await everything(m, guildId);
  const byId = new Map(decided.map((c) => [c.questionId, c]));
  const entries: CuratedEntry[] = [
    ...generated.map((q) => {
      const c = byId.get(q.id);
      return { question: c?.action === 'edit' && c.question ? c.question : q, action: c?.action ?? null };
    }),
    ...decided.filter((c) => c.action === 'add' && c.question).map((c) => ({ question: c.question as QuizQuestion, action: c.action })),
  ];
  return entries.filter((e) => (!filter.kind || e.question.kind === filter.kind) && (!filter.language || e.question.language === filter.language));
}

export async function showQuestion(m: Moderation, guildId: string, id: string): Promise<CuratedEntry> {
  const found = (await listQuestions(m, guildId)).find((e) => e.question.id === id.trim());
  return found ?? refuse({ code: 'no-question', id });
}

function curation(actor: Actor, m: Moderation, questionId: string, action: CurationAction, question: QuizQuestion | null): QuizCuration {
  return { questionId, action, question, by: actor.who, at: m.now().toISOString() };
}

/** Hides a question in this server; a moderator's own question is removed. */
export async function hideQuestion(m: Moderation, actor: Actor, id: string): Promise<CuratedEntry> {
  const entry = await showQuestion(m, actor.guildId, id);
  if (entry.action === 'hide') refuse({ code: 'question-hidden', id });
  const { question } = entry;
  const changes: Change[] = entry.action === 'add'
    ? [{ kind: 'delete-quiz-curation', questionId: question.id }]
    : [{ kind: 'put-quiz-curation', curation: curation(actor, m, question.id, 'hide', null) }];
  await commit(m, actor, changes, { action: 'quiz.hide', target: question.id, before: question, after: null });
  return { question, action: 'hide' };
}

/** Puts a hidden or edited generated question back as generated. */
export async function restoreQuestion(m: Moderation, actor: Actor, id: string): Promise<CuratedEntry> {
  const entry = await showQuestion(m, actor.guildId, id);
  if (entry.action === null || entry.action === 'add') refuse({ code: 'question-not-curated', id });
  const generated = (await everything(m, actor.guildId)).generated.find((q) => q.id === entry.question.id) as QuizQuestion;
  await commit(m, actor, [{ kind: 'delete-quiz-curation', questionId: generated.id }], { action: 'quiz.restore', target: generated.id, before: { action: entry.action, question: entry.question }, after: generated });
  return { question: generated, action: null };
}

/** The option a letter (A–D) or number (1–4) names. */
function answerIndex(raw: string, options: readonly string[]): number {
  const value = raw.trim().toUpperCase();
  const index = /^[A-D]$/u.test(value) ? value.charCodeAt(0) - 65 : /^[1-4]$/u.test(value) ? Number(value) - 1 : -1;
  if (index < 0 || index >= options.length) refuse({ code: 'bad-answer', value: raw, count: options.length });
  return index;
}

function stem(raw: string): string {
  const value = raw.replace(/\s+/gu, ' ').trim();
  if (value === '') refuse({ code: 'question-missing' });
  if (value.length > MAX_STEM) refuse({ code: 'too-long', what: 'question', max: MAX_STEM });
  return value;
}

function optionList(raw: readonly string[]): string[] {
  const options = raw.map((o) => o.replace(/\s+/gu, ' ').trim()).filter((o) => o !== '');
  if (options.length < 2 || options.length > 4) refuse({ code: 'options-count', count: options.length });
  if (options.some((o) => o.length > MAX_OPTION)) refuse({ code: 'too-long', what: 'option', max: MAX_OPTION });
  if (new Set(options.map(foldLetters)).size !== options.length) refuse({ code: 'options-repeat' });
  return options;
}

/** Whether a quote states an answer: its words, its number, or its date. */
export function quoteProves(answer: string, quote: string, language: Language, reference: string): boolean {
  const words = fold(answer).match(/[\p{L}\p{N}]+/gu) ?? [];
  const said = new Set(fold(quote).match(/[\p{L}\p{N}]+/gu) ?? []);
  if (words.length > 0 && words.every((w) => said.has(w))) return true;
  const [asked] = extractDates(answer, { reference, lang: language });
  if (!asked) return false;
  return extractDates(quote, { reference, lang: language }).some((d) => d.value.startsWith(asked.value) || asked.value.startsWith(d.value));
}

/** Changes a question's stem, options or right answer; the edit is asked in this server instead, with the same citations. */
export async function editQuestion(m: Moderation, actor: Actor, id: string, edit: QuestionEdit): Promise<CuratedEntry> {
  const entry = await showQuestion(m, actor.guildId, id);
  if (entry.action === 'hide') refuse({ code: 'question-hidden', id });
  const before = entry.question;
  if (edit.question === undefined && edit.options === undefined && edit.answer === undefined) refuse({ code: 'nothing-to-change' });
  const options = edit.options ? optionList(edit.options) : before.options;
  const answer = edit.answer !== undefined ? answerIndex(edit.answer, options) : edit.options ? refuse({ code: 'bad-answer', value: '', count: options.length }) : before.answer;
  const right = options[answer] as string;
  const sameAnswer = foldLetters(right) === foldLetters(before.options[before.answer] ?? '');
  const engine = await engineOf(m, actor.guildId);
  if (!sameAnswer && !before.citations.some((c) => quoteProves(right, c.quote, c.language, publishedOf(engine, c.documentId)))) refuse({ code: 'answer-not-cited', answer: right });
  const edited: QuizQuestion = {
    ...before,
    question: edit.question !== undefined ? stem(edit.question) : before.question,
    options,
    // What an edited option stands for is its own text, unless it is the generated option unchanged.
    values: options.map((o) => before.values[before.options.indexOf(o)] ?? o),
    answer,
    origin: entry.action === 'add' ? 'moderator' : 'edited',
  };
  const action: CurationAction = entry.action === 'add' ? 'add' : 'edit';
  await commit(m, actor, [{ kind: 'put-quiz-curation', curation: curation(actor, m, before.id, action, edited) }], { action: 'quiz.edit', target: before.id, before, after: edited });
  return { question: edited, action };
}

function publishedOf(engine: Engine, documentId: string): string {
  return engine.sources().find((s) => s.id === documentId)?.published.value ?? '2000';
}

/** A moderator's own question: its answer must be stated by a verbatim quote of a passage of the server's documents. */
export async function addQuestion(m: Moderation, actor: Actor, input: NewQuestion): Promise<CuratedEntry> {
  const engine = await engineOf(m, actor.guildId);
  const passage = engine.passage(input.passageId.trim()) ?? refuse({ code: 'no-passage', id: input.passageId });
  const quote = input.quote?.trim() ? input.quote.trim() : passage.text;
  if (quoteOffset(passage, quote) < 0) refuse({ code: 'quote-not-verbatim', passageId: passage.id });
  const question = stem(input.question);
  const options = optionList(input.options);
  const answer = answerIndex(input.answer, options);
  const right = options[answer] as string;
  if (!quoteProves(right, quote, passage.language, publishedOf(engine, passage.documentId))) refuse({ code: 'answer-not-cited', answer: right });
  const language = input.language?.trim() ? input.language.trim() : detectLanguage(question).language;
  if (language !== 'en' && language !== 'sv') refuse({ code: 'bad-language', value: language });
  const about = engine.timeline().filter((e) => e.citations.some((c) => c.passageId === passage.id)).map((e) => e.id);
  const id = questionId('custom', [question, ...options]);
  if ((await curations(m, actor.guildId)).some((c) => c.questionId === id)) refuse({ code: 'question-exists', id });
  const added: QuizQuestion = {
    id,
    kind: 'custom' as QuizKind,
    language,
    question,
    options,
    answer,
    values: options,
    difficulty: 2,
    eventIds: about,
    answerEvents: about.length > 0 ? about : [`custom:${id}`],
    thread: 'custom',
    citations: [{ documentId: passage.documentId, passageId: passage.id, quote, language: passage.language }],
    origin: 'moderator',
  };
  const problems = validateQuestion(added, quizContext(engine.quizSource, language));
  if (problems.length > 0) refuse({ code: 'question-invalid', detail: problems[0]?.detail ?? '' });
  await commit(m, actor, [{ kind: 'put-quiz-curation', curation: curation(actor, m, id, 'add', added) }], { action: 'quiz.add', target: id, before: null, after: added });
  return { question: added, action: 'add' };
}
