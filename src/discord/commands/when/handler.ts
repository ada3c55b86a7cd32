import type { Engine } from '../../../engine.ts';
import type { TimelineEvent } from '../../../events/types.ts';
import { UserError } from '../../errors.ts';
import { citationField, documentCitation, documentMeta, showDate } from '../../format.ts';
import { strings, type Locale } from '../../i18n.ts';
import { plainText, requiredText } from '../../input.ts';
import { limits, truncate } from '../../limits.ts';
import { colors, type Reply, type ReplyField } from '../../reply.ts';
import { optionLabel } from '../optionLabel.ts';
import type { AutocompleteInvocation, Choice, CommandInvocation } from '../types.ts';
import { eventMaxLength, whenDefinition } from './definition.ts';

export function suggestWhen({ typed, services: { engine } }: AutocompleteInvocation): Choice[] {
  const text = plainText(typed);
  const suggestions = text
    ? engine.suggestEvents(text, limits.choices)
    : engine.timeline().map((event) => ({ id: event.id, label: event.summary }));
  return suggestions
    .filter(({ id }) => id.length <= eventMaxLength)
    .slice(0, limits.choices)
    .map(({ id, label }) => {
      const date = engine.event(id)?.date;
      return { name: truncate(date && !label.startsWith(date) ? `${date} · ${label}` : label, limits.choiceName), value: id };
    });
}

export async function runWhen({ locale, options, services: { engine }, completes = true }: CommandInvocation): Promise<Reply> {
  const t = strings(locale);
  const raw = options.event;
  // A picked choice arrives as the event's id; anything else is text the user typed.
  const picked = typeof raw === 'string' ? engine.event(raw.trim()) : undefined;
  if (picked) return eventReply(picked, engine, locale);
  const typed = requiredText(options, eventOption(locale), t);
  const reply = eventReply(findEvent(engine, typed, t, completes), engine, locale);
  // Typed text finds the closest event, which may not be the one meant: say what was matched.
  return { ...reply, content: t.when.closest(typed) };
}

function eventOption(locale: Locale) {
  return { name: 'event', label: optionLabel(whenDefinition, 'event', locale), max: eventMaxLength };
}

function findEvent(engine: Engine, typed: string, t: ReturnType<typeof strings>, completes: boolean): TimelineEvent {
  const [best] = engine.suggestEvents(typed, 1);
  const event = best && engine.event(best.id);
  if (!event) throw new UserError(t.errors.noEvent(typed, completes));
  return event;
}

function eventReply(event: TimelineEvent, engine: Engine, locale: Locale): Reply {
  const t = strings(locale).when;
  const certainty = t.certainty[event.certainty];
  const fields: ReplyField[] = event.citations.map((citation, index) =>
    citationField(
      documentCitation(engine, citation.documentId, index + 1, citation.quote),
      engine,
      locale,
    ),
  );
  if (event.claims.length > 0) {
    const lines = event.claims.map(({ date, dateText, citation }) => {
      const title = documentMeta(engine, citation.documentId)?.title ?? citation.documentId;
      return `${date}: ${title} ${t.says} “${dateText}”`;
    });
    fields.push({ name: t.disagreement, value: lines.join('\n') });
  }
  return {
    embeds: [{
      title: event.summary,
      description: `${t.date}: ${showDate(event.date, locale)}, ${certainty}`,
      fields,
      color: colors.event,
    }],
  };
}
