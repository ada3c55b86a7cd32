import { adminDefinition } from './admin/definition.ts';
import { documentFormHandler } from './admin/documents.ts';
import { adminDeferral, runAdmin } from './admin/handler.ts';
import { suggestAdmin } from './admin/autocomplete.ts';
import { hideQuestionButton } from './admin/quiz.ts';
import { askDefinition } from './ask/definition.ts';
import { askDeferral, runAsk } from './ask/handler.ts';
import { sourcesButton, voteButton } from './ask/buttons.ts';
import { barometerDefinition } from './barometer/definition.ts';
import { runBarometer } from './barometer/handler.ts';
import { helpDefinition } from './help/definition.ts';
import { helpFor } from './help/handler.ts';
import { quizDefinition } from './quiz/definition.ts';
import { quizAnswerButton } from './quiz/answer.ts';
import { quizDeferral, runQuiz } from './quiz/handler.ts';
import { practiceAnswerButton, practiceNextButton } from './quiz/practice.ts';
import { practiceReportHandler, sessionReportButton } from './quiz/report.ts';
import { sourcesDefinition } from './sources/definition.ts';
import { runSources } from './sources/handler.ts';
import { timelineDefinition } from './timeline/definition.ts';
import { runTimeline, timelinePageButton } from './timeline/handler.ts';
import { customIdFields, customIdKind } from '../customId.ts';
import type { ButtonHandler, Command, ModalHandler } from './types.ts';
import { whenDefinition } from './when/definition.ts';
import { runWhen, suggestWhen } from './when/handler.ts';

/** A deferral everyone in the channel sees, as the answer will be. */
const inPublic = () => ({ ephemeral: false });

/** Every slash command the bot registers and answers; nothing is discovered from the file system. */
export const commands: readonly Command[] = [
  { definition: askDefinition, run: runAsk, deferral: askDeferral },
  { definition: whenDefinition, run: runWhen, autocomplete: async (invocation) => suggestWhen(invocation), deferral: inPublic },
  { definition: timelineDefinition, run: runTimeline, deferral: inPublic },
  { definition: barometerDefinition, run: runBarometer, deferral: inPublic },
  { definition: quizDefinition, run: runQuiz, deferral: quizDeferral },
  { definition: sourcesDefinition, run: runSources, withoutServerKnowledge: true, deferral: inPublic },
  // Help is for everyone: it leaves out what only moderators see.
  { definition: helpDefinition, run: helpFor(() => commands.map((command) => command.definition).filter((d) => !d.default_member_permissions)), withoutServerKnowledge: true, deferral: inPublic },
  { definition: adminDefinition, run: runAdmin, autocomplete: suggestAdmin, withoutServerKnowledge: true, deferral: adminDeferral },
];

/** Every kind of button the bot's messages carry, by the prefix of its custom_id. */
export const buttons: readonly ButtonHandler[] = [sourcesButton, voteButton, timelinePageButton, practiceAnswerButton, practiceNextButton, sessionReportButton, practiceReportHandler, quizAnswerButton, hideQuestionButton];

/** Every form the bot's commands open, by the prefix of its custom_id. */
export const modals: readonly ModalHandler[] = [documentFormHandler];

export function findModal(customId: string): { handler: ModalHandler; fields: string[] } | undefined {
  const handler = modals.find((modal) => modal.kind === customIdKind(customId));
  const fields = handler && (handler.fields === 0 ? [] : customIdFields(customId, handler.fields));
  return handler && fields && { handler, fields };
}

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.definition.name === name);
}

/** The handler of a button and the state its custom_id carries; undefined for ids we no longer make. */
export function findButton(customId: string): { handler: ButtonHandler; fields: string[] } | undefined {
  const handler = buttons.find((button) => button.kind === customIdKind(customId));
  const fields = handler && customIdFields(customId, handler.fields);
  return handler && fields && { handler, fields };
}
