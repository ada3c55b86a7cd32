import type { QuizSessions } from '../../../quiz-sessions/service.ts';
import { UserError } from '../../errors.ts';
import type { Invocation } from '../types.ts';
import { quizSessionStrings } from './session-strings.ts';

/** Where a channel quiz runs: the session service, the server and the channel, or a clear refusal. */
export function sessionContext(invocation: Invocation): { sessions: QuizSessions; guildId: string; channelId: string } {
  const t = quizSessionStrings(invocation.locale);
  const { guildId, channelId } = invocation;
  if (!guildId || !channelId) throw new UserError(t.guildOnly);
  const sessions = invocation.services.quizSessions;
  if (!sessions) throw new UserError(t.unavailable);
  return { sessions, guildId, channelId };
}
