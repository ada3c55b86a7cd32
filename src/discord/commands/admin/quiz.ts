import { addQuestion, editQuestion, hideQuestion, listQuestions, restoreQuestion, type CuratedEntry } from '../../../moderation/index.ts';
import { encodeCustomId } from '../../customId.ts';
import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
import { limits } from '../../limits.ts';
import type { Reply } from '../../reply.ts';
import type { ButtonHandler } from '../types.ts';
import { admit, explained, textOption, type AdminAction, type AdminContext } from './context.ts';
import { adminReply, fitLines } from './render.ts';

const LETTERS = ['A', 'B', 'C', 'D'];
/** The button under a 🚩 report that hides its question: `aqh:<question id>`. */
export const HIDE_KIND = 'aqh';

const optionsOf = (value: string | undefined) => (value === undefined ? undefined : value.split('|'));

function entryLine(entry: CuratedEntry, t: AdminContext['t']): string {
  const mark = entry.action ? ` [${t.quiz.marks[entry.action]}]` : '';
  return `${entry.question.id} · ${entry.question.kind}${mark}: ${entry.question.question.slice(0, 120)}`;
}

function entryReply(title: string, { question }: CuratedEntry): Reply {
  const options = question.options.map((o, i) => `${i === question.answer ? '**' : ''}${LETTERS[i]}) ${o}${i === question.answer ? '**' : ''}`);
  const proof = question.citations.slice(0, 1).map((c) => `“${c.quote}” (${c.passageId})`);
  return adminReply({ title, description: [question.question, '', ...options, '', ...proof].join('\n'), footer: question.id });
}

/** Making a server's question bank after a change takes a moment: every quiz action answers privately after deferring. */
const deferred = (action: AdminAction): AdminAction => async (ctx, invocation) => {
  await invocation.defer(true);
  return action(ctx, invocation);
};

export const quizActions: Array<[string, AdminAction]> = Object.entries({
  'quiz list': async ({ m, actor, t }, { options }) => {
    const entries = await listQuestions(m, actor.guildId, { kind: textOption(options, 'kind'), language: textOption(options, 'language') });
    return adminReply({ title: t.quiz.listTitle(entries.length), description: fitLines(entries.map((e) => entryLine(e, t)), t.events.more, t.quiz.empty, limits.description) });
  },
  'quiz hide': async ({ m, actor, t }, { options }) => entryReply(t.quiz.hidden, await hideQuestion(m, actor, textOption(options, 'question') ?? '')),
  'quiz restore': async ({ m, actor, t }, { options }) => entryReply(t.quiz.restored, await restoreQuestion(m, actor, textOption(options, 'question') ?? '')),
  'quiz edit': async ({ m, actor, t }, { options }) =>
    entryReply(t.quiz.edited, await editQuestion(m, actor, textOption(options, 'question') ?? '', { question: textOption(options, 'text'), options: optionsOf(textOption(options, 'options')), answer: textOption(options, 'answer') })),
  'quiz add': async ({ m, actor, t }, { options }) =>
    entryReply(
      t.quiz.added,
      await addQuestion(m, actor, {
        question: textOption(options, 'text') ?? '',
        options: optionsOf(textOption(options, 'options')) ?? [],
        answer: textOption(options, 'answer') ?? '',
        passageId: textOption(options, 'passage') ?? '',
        quote: textOption(options, 'quote'),
        language: textOption(options, 'language'),
      }),
    ),
} satisfies Record<string, AdminAction>).map(([path, action]) => [path, deferred(action)]);

/** One click under a 🚩 report hides its question in the server; moderators only, checked again. */
export const hideQuestionButton: ButtonHandler = {
  kind: HIDE_KIND,
  fields: 1,
  async run(invocation) {
    const [id = ''] = invocation.fields;
    if (!/^q[0-9a-f]{11}$/u.test(id)) throw new UserError(strings(invocation.locale).errors.staleButton);
    const ctx = await admit(invocation, `/admin quiz-reports hide ${id}`);
    const entry = await explained(ctx.locale, () => hideQuestion(ctx.m, ctx.actor, id));
    return { reply: entryReply(ctx.t.quiz.hidden, entry), updatesMessage: false };
  },
};

export const hideButton = (questionId: string, label: string) => ({ customId: encodeCustomId(HIDE_KIND, [questionId]), label, style: 'danger' as const });
