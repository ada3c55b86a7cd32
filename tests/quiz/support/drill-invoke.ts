import { findButton, findCommand } from '../../../src/discord/commands/index.ts';
import type { Member, Services } from '../../../src/discord/commands/types.ts';
import { InMemoryFeedbackSink } from '../../../src/discord/feedback.ts';
import type { Locale } from '../../../src/discord/i18n.ts';
import type { Options } from '../../../src/discord/input.ts';
import type { ButtonResult, Reply, ReplyButton } from '../../../src/discord/reply.ts';
import type { Engine } from '../../../src/engine.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { decodeSeed, practiceQuestion } from '../../../src/discord/commands/quiz/practice-card.ts';
import { customIdFields } from '../../../src/discord/customId.ts';

export interface Who {
  userId?: string;
  guildId?: string | null;
  locale?: Locale;
  member?: Member | null;
}

/** Runs /quiz and /admin subcommands and presses buttons as both adapters do, on a clock the test moves. */
export function drillHandlers(engine: Engine, quizStore: QuizStore | undefined, clock: { now: Date }, extra: Partial<Services> = {}) {
  const services: Services = { engine, feedback: new InMemoryFeedbackSink(), ...(quizStore && { quizStore }), now: () => clock.now, ...extra };
  const base = ({ userId = 'u1', guildId = 'g1', locale = 'en', member }: Who) => ({ locale, userId, guildId, services, ...(member !== undefined && { member }) });
  return {
    services,
    run(command: string, subcommand: string[], options: Options = {}, who: Who = {}): Promise<Reply> {
      const found = findCommand(command);
      if (!found) throw new Error(`no command ${command}`);
      return found.run({ ...base(who), options, subcommand, defer: async () => {} });
    },
    press(button: ReplyButton | undefined, who: Who = {}): Promise<ButtonResult> {
      const found = button && findButton(button.customId);
      if (!found) throw new Error(`no handler for button ${button?.customId}`);
      return found.handler.run({ ...base(who), fields: found.fields, message: { id: 'm1', title: undefined } });
    },
  };
}

export const labelled = (reply: Reply, face: string) => reply.buttons?.find((b) => b.label === face || b.emoji === face);

/** The card, seed and question a practice reply's answer buttons stand for, the letter of the right option and of a wrong one. */
export function practiceAsked(engine: Engine, reply: Reply) {
  const [, seedText = '', cardId = ''] = customIdFields(labelled(reply, 'A')?.customId ?? '', 3) ?? [];
  const seed = decodeSeed(seedText) ?? 0;
  const question = practiceQuestion(engine, cardId, seed, 'en');
  if (!question) throw new Error(`no question for ${cardId}`);
  return { cardId, seed, question, right: 'ABCD'[question.answer] as string, wrong: 'ABCD'[(question.answer + 1) % 4] as string };
}
