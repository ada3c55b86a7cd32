import type { QuizStore } from '../../../store/types.ts';
import { UserError } from '../../errors.ts';
import type { Invocation } from '../types.ts';
import { drillStrings } from './drill-strings.ts';

/** The quiz records, or a clear refusal where the bot runs without a database. */
export function quizStoreOf(invocation: Invocation): QuizStore {
  const store = invocation.services.quizStore;
  if (!store) throw new UserError(drillStrings(invocation.locale).unavailable);
  return store;
}

export function nowOf(invocation: Invocation): Date {
  return invocation.services.now?.() ?? new Date();
}

/** Standings and records belong to a server. */
export function guildOf(invocation: Invocation): string {
  if (invocation.guildId === null) throw new UserError(drillStrings(invocation.locale).guildOnly);
  return invocation.guildId;
}
