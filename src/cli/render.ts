import type { Answer } from '../answers/schema.ts';
import type { TimelineEvent } from '../events/types.ts';

/** An answer as plain text: the answer, then its numbered sources. */
export function renderAnswer(answer: Answer): string {
  const lines = [answer.answer];
  for (const s of answer.suggestions) lines.push(`  - ${s}`);
  if (answer.citations.length > 0) lines.push('', 'Sources:');
  for (const c of answer.citations) {
    lines.push(`[${c.n}] ${c.title} (${c.publisher ?? 'publisher unknown'}, ${c.published}) ${c.passageId}`, `    "${c.quote}"`);
    if (c.gloss) lines.push(`    gloss: ${c.gloss}`);
  }
  return lines.join('\n');
}

export function renderTimeline(events: TimelineEvent[]): string {
  if (events.length === 0) return 'No events in that period.';
  return events
    .map((e) => {
      const flags = [e.certainty !== 'stated' ? e.certainty : '', e.claims.length > 0 ? 'sources disagree' : ''].filter(Boolean).join(', ');
      const head = `${e.date.padEnd(10)} ${e.summary}${flags ? ` (${flags})` : ''}`;
      return [head, ...e.citations.map((c) => `           [${c.passageId}] "${c.quote.length > 160 ? `${c.quote.slice(0, 157)}…` : c.quote}"`)].join('\n');
    })
    .join('\n');
}
