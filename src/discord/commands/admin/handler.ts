import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
import type { Options } from '../../input.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import { admit, explained, type AdminAction } from './context.ts';
import { addDocumentCommand, listDocumentsCommand, removeDocumentCommand, showDocumentCommand } from './documents.ts';
import { eventActions } from './events.ts';
import { exportCommand, importCommand } from './exchange.ts';
import { auditCommand, feedbackCommand, settingsCommand } from './records.ts';
import { quizReportsCommand } from './quiz-reports.ts';
import { quizActions } from './quiz.ts';

/** Each subcommand of /admin, by its (English) path; a forged path (`constructor`) is simply not there. */
const actions = new Map<string, AdminAction>([
  ['documents add', addDocumentCommand],
  ['documents list', listDocumentsCommand],
  ['documents show', showDocumentCommand],
  ['documents remove', removeDocumentCommand],
  ...eventActions,
  ...quizActions,
  ['feedback', feedbackCommand],
  ['quiz-reports', quizReportsCommand],
  ['settings', settingsCommand],
  ['export', exportCommand],
  ['import', importCommand],
  ['audit', auditCommand],
]);

/** What works on a server whose stored data cannot be read: seeing what changed, and the repair (export, fix, import). */
const withoutServerKnowledge = new Set(['export', 'import', 'audit']);

/** `documents add` without a file opens the form to paste the text into. */
const opensForm = (options: Options, subcommand: readonly string[]) => subcommand.join(' ') === 'documents add' && options.file === undefined;

/** Every answer of /admin is private; a form cannot follow a deferral, so opening one has none. */
export function adminDeferral(options: Options, subcommand: readonly string[]): { ephemeral: boolean } | undefined {
  return opensForm(options, subcommand) ? undefined : { ephemeral: true };
}

export async function runAdmin(invocation: CommandInvocation): Promise<Reply> {
  const subcommand = invocation.subcommand ?? [];
  const path = subcommand.join(' ');
  const ctx = await admit(invocation, `/admin ${path}`);
  const action = actions.get(path);
  if (!action) throw new UserError(strings(invocation.locale).errors.unknownCommand);
  return explained(ctx.locale, async () => {
    // Any other subcommand first says what is wrong with the server's data, if anything is; a form,
    // which must open at once, does not wait for the server's knowledge to be made.
    const { engines } = ctx.m;
    if (opensForm(invocation.options, subcommand)) await engines.current(ctx.actor.guildId);
    else if (!withoutServerKnowledge.has(path)) await engines.engineFor(ctx.actor.guildId);
    return action(ctx, invocation);
  });
}
