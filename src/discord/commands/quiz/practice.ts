import { nextDue, nextTurn, reviewCard, type PracticeTurn } from '../../../quiz/practice.ts';
import type { QuizQuestion } from '../../../quiz/types.ts';
import { encodeCustomId } from '../../customId.ts';
import { UserError } from '../../errors.ts';
import { citationField, documentCitation } from '../../format.ts';
import { strings } from '../../i18n.ts';
import type { ButtonResult, Reply } from '../../reply.ts';
import type { ButtonHandler, CommandInvocation, Invocation } from '../types.ts';
import { nowOf, quizStoreOf } from './drill-context.ts';
import { drillStrings, untilText } from './drill-strings.ts';
import { decodeSeed, encodeSeed, nextSeed, PRACTICE_ANSWER, practiceQuestion, practisableEvents, questionMaker, seedFor } from './practice-card.ts';
import { practiceReportButton } from './report.ts';

const LETTERS = ['A', 'B', 'C', 'D'];
const PRACTICE_NEXT = 'qpn';
const CITATIONS_SHOWN = 3;
const color = { question: 0x805ad5, right: 0x2f855a, wrong: 0xc05621 } as const;

const optionLine = (question: QuizQuestion, index: number) => `${LETTERS[index]}) ${question.options[index]}`;

/** /quiz practice: the member's next card, for their eyes only. */
export async function runPractice(invocation: CommandInvocation): Promise<Reply> {
  return practiceReply(invocation, seedFor(invocation.userId, nowOf(invocation)));
}

/** The next card's question with A–D and 🚩, or when there is none, when the next is due; `notice` goes above. */
async function practiceReply(invocation: Invocation, seed: number, notice?: string): Promise<Reply> {
  const t = drillStrings(invocation.locale);
  const now = nowOf(invocation);
  const { engine } = invocation.services;
  const cards = await quizStoreOf(invocation).practiceCards(invocation.guildId, invocation.userId);
  const turn = nextTurn({ cards, eventIds: practisableEvents(engine), now, seed, make: questionMaker(engine, invocation.locale) });
  const content = notice === undefined ? {} : { content: notice };
  if (!turn) {
    const due = nextDue(cards);
    const description = t.practice.done(due === null ? null : untilText(new Date(due), now, invocation.locale));
    return { ...content, embeds: [{ title: t.practice.title, description, color: color.question }], ephemeral: true };
  }
  return { ...content, ...questionReply(invocation, turn), ephemeral: true };
}

function questionReply(invocation: Invocation, { cardId, seed, question, due }: PracticeTurn): Reply {
  const t = drillStrings(invocation.locale).practice;
  return {
    embeds: [
      {
        title: t.title,
        description: [question.question, '', ...question.options.map((_, i) => optionLine(question, i))].join('\n'),
        footer: due === null ? t.newCard : t.dueCard,
        color: color.question,
      },
    ],
    buttons: [
      ...LETTERS.map((letter, i) => ({ customId: encodeCustomId(PRACTICE_ANSWER, [String(i), encodeSeed(seed), cardId]), label: letter, style: 'secondary' as const })),
      practiceReportButton(seed, cardId),
    ],
  };
}

/** A–D on a practice question: `qp:<option>:<seed>:<card id>`. Grades the card and shows why. */
export const practiceAnswerButton: ButtonHandler = {
  kind: PRACTICE_ANSWER,
  fields: 3,
  async run(invocation): Promise<ButtonResult> {
    const [optionText = '', seedText = '', cardId = ''] = invocation.fields;
    const seed = decodeSeed(seedText);
    if (!/^[0-3]$/u.test(optionText) || seed === undefined) throw new UserError(strings(invocation.locale).errors.staleButton);
    const t = drillStrings(invocation.locale).practice;
    const question = practiceQuestion(invocation.services.engine, cardId, seed, invocation.locale);
    if (!question) return { reply: await practiceReply(invocation, nextSeed(seed), t.changed), updatesMessage: true };

    const store = quizStoreOf(invocation);
    const now = nowOf(invocation);
    const option = Number(optionText);
    const correct = option === question.answer;
    const held = (await store.practiceCards(invocation.guildId, invocation.userId)).find((c) => c.cardId === cardId);
    const reviewed = reviewCard(held?.state, correct, now);
    const saved = await store.savePracticeCard({ guildId: invocation.guildId, userId: invocation.userId, cardId, ...reviewed, updatedAt: now.toISOString() }, held?.updatedAt ?? null);
    if (!saved) throw new UserError(t.answeredAlready);

    const { engine } = invocation.services;
    const lines = [question.question, '', ...(correct ? [] : [`${t.yours}: ${optionLine(question, option)}`]), `${t.answer}: ${optionLine(question, question.answer)}`];
    lines.push('', t.back(untilText(new Date(reviewed.due), now, invocation.locale)));
    const fields = question.citations.slice(0, CITATIONS_SHOWN).map((c, i) => citationField(documentCitation(engine, c.documentId, i + 1, c.quote), engine, invocation.locale));
    const reply: Reply = {
      embeds: [{ title: `${correct ? '✅' : '❌'} ${correct ? t.right : t.wrong}`, description: lines.join('\n'), fields, color: correct ? color.right : color.wrong }],
      buttons: [{ customId: encodeCustomId(PRACTICE_NEXT, [encodeSeed(nextSeed(seed))]), label: t.next, style: 'primary' }, practiceReportButton(seed, cardId)],
    };
    return { reply, updatesMessage: true };
  },
};

/** Next: `qpn:<seed>`, the next card in the same message. */
export const practiceNextButton: ButtonHandler = {
  kind: PRACTICE_NEXT,
  fields: 1,
  async run(invocation) {
    const seed = decodeSeed(invocation.fields[0] ?? '');
    if (seed === undefined) throw new UserError(strings(invocation.locale).errors.staleButton);
    return { reply: await practiceReply(invocation, seed), updatesMessage: true };
  },
};
