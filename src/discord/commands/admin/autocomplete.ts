import { inReview, settingsOf } from '../../../moderation/index.ts';
import { fold } from '../../../text/fold.ts';
import { plainText } from '../../input.ts';
import { limits, truncate } from '../../limits.ts';
import type { AutocompleteInvocation, Choice } from '../types.ts';
import { suggestWhen } from '../when/handler.ts';
import { mayModerate } from './permission.ts';

const choice = (name: string, value: string): Choice => ({ name: truncate(name, limits.choiceName), value });

/**
 * Choices from the server's own knowledge: its documents, the passages search finds for what
 * is typed, its events (for review, those with uncertain dates).
 */
export async function suggestAdmin(invocation: AutocompleteInvocation): Promise<Choice[]> {
  const { focused, subcommand = [], services } = invocation;
  const { engine, moderation } = services;
  // The server's documents, passages and review queue are for moderators: checked as the command checks.
  if (!moderation || invocation.guildId === null || !mayModerate(invocation.member, await settingsOf(moderation, invocation.guildId))) return [];
  const typed = fold(plainText(invocation.typed));
  const matches = (text: string) => typed === '' || fold(text).includes(typed);
  if (focused === 'document') {
    const bundled = new Set(moderation.engines.bundled.sources().map((meta) => meta.id));
    return engine
      .sources()
      .filter((meta) => !bundled.has(meta.id) && matches(`${meta.title} ${meta.id}`))
      .slice(0, limits.choices)
      .map((meta) => choice(meta.title, meta.id));
  }
  if (focused === 'passage') {
    if (typed === '') return [];
    return engine
      .search(invocation.typed, { limit: limits.choices })
      .filter((hit) => hit.passageId.length <= 100)
      .map((hit) => choice(hit.text, hit.passageId));
  }
  if (focused === 'question') {
    return engine
      .quizBank({ language: invocation.locale })
      .filter((q) => matches(`${q.id} ${q.question}`))
      .slice(0, limits.choices)
      .map((q) => choice(q.question, q.id));
  }
  if (subcommand[0] === 'review') {
    return engine
      .timeline()
      .filter((e) => inReview(e) && matches(`${e.date} ${e.summary}`))
      .slice(0, limits.choices)
      .map((e) => choice(`${e.date} · ${e.summary}`, e.id));
  }
  return suggestWhen(invocation);
}
