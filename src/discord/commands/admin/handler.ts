import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
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

export async function runAdmin(invocation: CommandInvocation): Promise<Reply> {
  const path = (invocation.subcommand ?? []).join(' ');
  const ctx = await admit(invocation, `/admin ${path}`);
  const action = actions.get(path);
  if (!action) throw new UserError(strings(invocation.locale).errors.unknownCommand);
  return explained(ctx.locale, async () => {
    // Any other subcommand first says what is wrong with the server's data, if anything is.
    if (!withoutServerKnowledge.has(path)) await ctx.m.engines.engineFor(ctx.actor.guildId);
    return action(ctx, invocation);
  });
}
