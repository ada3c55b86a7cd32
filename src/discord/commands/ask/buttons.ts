import type { Passage } from '../../../corpus/types.ts';
import { UserError } from '../../errors.ts';
import type { Vote } from '../../feedback.ts';
import { citationField, documentCitation, paragraphAround } from '../../format.ts';
import { strings } from '../../i18n.ts';
import { passageRefs } from '../../passageRefs.ts';
import { colors } from '../../reply.ts';
import type { ButtonHandler, ButtonInvocation } from '../types.ts';

/** Leaves room in a 1024-character field for the source line and the quotation marks. */
const paragraphMax = 900;

function citedPassages(invocation: ButtonInvocation, tag: string, refs: string): Passage[] {
  const passages = passageRefs(invocation.services.engine).decode(tag, refs);
  if (!passages) throw new UserError(strings(invocation.locale).errors.staleButton);
  return passages;
}

/** Sources: the paragraphs around the cited lines, for the one who pressed it. */
export const sourcesButton: ButtonHandler = {
  kind: 'src',
  fields: 2,
  async run(invocation) {
    const [tag = '', refs = ''] = invocation.fields;
    const { engine } = invocation.services;
    const fields = citedPassages(invocation, tag, refs).map((passage, index) =>
      citationField(
        documentCitation(engine, passage.documentId, index + 1, paragraphAround(engine, passage, paragraphMax)),
        engine,
        invocation.locale,
      ),
    );
    const title = strings(invocation.locale).ask.sourcesTitle;
    return { reply: { embeds: [{ title, fields, color: colors.sources }], ephemeral: true }, updatesMessage: false };
  },
};

const voteEmoji: Record<Vote, string> = { up: '👍', down: '👎' };

/** 👍 / 👎: recorded with the question (the answer's title) and the cited passages. */
export const voteButton: ButtonHandler = {
  kind: 'vote',
  fields: 3,
  async run(invocation) {
    const [vote, tag = '', refs = ''] = invocation.fields;
    if (vote !== 'up' && vote !== 'down') throw new UserError(strings(invocation.locale).errors.staleButton);
    const passages = citedPassages(invocation, tag, refs);
    await invocation.services.feedback.record({
      vote,
      question: invocation.message.title ?? '',
      citations: passages.map(({ id, documentId, text }) => ({ passageId: id, documentId, text })),
      userId: invocation.userId,
      guildId: invocation.guildId,
      messageId: invocation.message.id,
      at: new Date(),
    });
    const content = strings(invocation.locale).ask.feedbackThanks(voteEmoji[vote]);
    return { reply: { content, ephemeral: true }, updatesMessage: false };
  },
};
