import { addQuestion, editQuestion, hideQuestion, listQuestions, restoreQuestion, showQuestion, type CuratedEntry } from '../../moderation/index.ts';
import { optionalString, requiredString, type CommandInput, type CommandOutput } from '../command.ts';
import { cliActor, requiredGuild } from '../guild.ts';
import { dispatch, oneId } from '../subcommands.ts';
import { LETTERS } from './quiz-round.ts';

/** `--options "A|B|C|D"`: the options in order. */
const optionsOf = (value: string | boolean | undefined) => (typeof value === 'string' ? value.split('|') : undefined);

export function renderEntry({ question, action }: CuratedEntry): string {
  const mark = action === null ? '' : ` [${{ hide: 'hidden', edit: 'edited', add: 'own' }[action]}]`;
  return [
    `${question.id} ${question.kind} (${question.language})${mark}: ${question.question}`,
    ...question.options.map((o, i) => `   ${i === question.answer ? '*' : ' '}${LETTERS[i]}) ${o}`),
    ...question.citations.slice(0, 1).map((c) => `   [${c.passageId}] ${c.quote}`),
  ].join('\n');
}

const one = (entry: CuratedEntry, verb: string): CommandOutput => ({ json: entry, text: `${verb}:\n${renderEntry(entry)}` });

/** `quiz questions …`: a server's question bank as its moderators curate it. */
export function curateCommand(input: CommandInput, args: string[]): Promise<CommandOutput> {
  return dispatch('quiz questions', {
    list: async ({ options, moderation }) => {
      const entries = await listQuestions(await moderation(), requiredGuild(options), { kind: optionalString(options.kind), language: optionalString(options.lang) });
      return { json: entries, text: entries.length === 0 ? 'No quiz questions.' : entries.map(renderEntry).join('\n\n') };
    },
    show: async ({ options, moderation }, rest) => one(await showQuestion(await moderation(), requiredGuild(options), oneId(rest, 'question')), 'Question'),
    hide: async ({ options, moderation }, rest) => one(await hideQuestion(await moderation(), cliActor(options), oneId(rest, 'question')), 'Hidden'),
    restore: async ({ options, moderation }, rest) => one(await restoreQuestion(await moderation(), cliActor(options), oneId(rest, 'question')), 'Restored'),
    edit: async ({ options, moderation }, rest) =>
      one(await editQuestion(await moderation(), cliActor(options), oneId(rest, 'question'), { question: optionalString(options.question), options: optionsOf(options.options), answer: optionalString(options.answer) }), 'Edited'),
    add: async ({ options, moderation }) =>
      one(
        await addQuestion(await moderation(), cliActor(options), {
          question: requiredString(options.question, 'question'),
          options: optionsOf(requiredString(options.options, 'options')) ?? [],
          answer: requiredString(options.answer, 'answer'),
          passageId: requiredString(options.passage, 'passage'),
          quote: optionalString(options.quote),
          language: optionalString(options.lang),
        }),
        'Added',
      ),
  })({ ...input, positionals: args });
}
