import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
import type { ButtonHandler } from '../types.ts';
import { ANSWER_KIND } from './session-render.ts';
import { optionLetter, quizSessionStrings } from './session-strings.ts';

/** A member's answer to a channel quiz's question: `qa:<session id>:<round>:<option>`, acknowledged to them alone. */
export const quizAnswerButton: ButtonHandler = {
  kind: ANSWER_KIND,
  fields: 3,
  async run(invocation) {
    const t = quizSessionStrings(invocation.locale);
    const [sessionId = '', roundText = '', optionText = ''] = invocation.fields;
    if (!/^\d{1,3}$/u.test(roundText) || !/^[0-3]$/u.test(optionText)) throw new UserError(strings(invocation.locale).errors.staleButton);
    const sessions = invocation.services.quizSessions;
    if (!sessions) throw new UserError(t.unavailable);
    const option = Number(optionText);
    // Checked against the session's server and channel, as 🚩 is: a button copied elsewhere counts nothing.
    const from = { guildId: invocation.guildId, channelId: invocation.channelId ?? null };
    const verdict = await sessions.answer({ sessionId, round: Number(roundText), option, userId: invocation.userId, from });
    const content = { accepted: t.answered(optionLetter(option)), repeat: t.repeat, late: t.late, over: t.over, elsewhere: t.elsewhere }[verdict];
    return { reply: { content, ephemeral: true }, updatesMessage: false };
  },
};
