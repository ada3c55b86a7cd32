import type { Answer } from '../answers/schema.ts';
import type { Barometer } from '../events/barometer.ts';
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
  return events.map((e) => eventText(e)).join('\n');
}

/** An event's date, summary and flags after `prefix`, then its citations under the summary. */
function eventText(e: TimelineEvent, prefix = ''): string {
  const status = e.status === 'planned' ? `planned${e.plannedFor ? ` for ${e.plannedFor}` : ''}` : e.status === 'background' ? 'background' : '';
  const flags = [status, e.certainty !== 'stated' ? e.certainty : '', e.claims.length > 0 ? 'sources disagree' : ''].filter(Boolean).join(', ');
  const head = `${prefix}${e.date.padEnd(10)} ${e.summary}${flags ? ` (${flags})` : ''}`;
  const indent = ' '.repeat(prefix.length);
  return [head, ...e.citations.map((c) => `${indent}           [${c.passageId}] "${c.quote.length > 160 ? `${c.quote.slice(0, 157)}…` : c.quote}"`)].join('\n');
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Each quarter's score, then the events behind it with their citations; events dated only to a year last. */
export function renderBarometer({ quarters, unplaced, context }: Barometer): string {
  if (quarters.length === 0 && unplaced.length === 0) return 'No events in that period.';
  const lines = ['Score: +1 for each cooperation event, −1 for each conflict event, 0 for a neutral one, summed per quarter.', ''];
  for (const q of quarters) {
    lines.push(`${q.quarter}  net ${signed(q.net)}  (cooperation ${signed(q.cooperation)}, conflict ${signed(q.conflict)}, ${q.events.length} ${q.events.length === 1 ? 'event' : 'events'})`);
    for (const e of q.events) lines.push(eventText(e, `  ${e.tone.padEnd(11)} `));
  }
  if (unplaced.length > 0) lines.push('', 'Dated only to a year, so in no quarter:');
  for (const e of unplaced) lines.push(eventText(e, `  ${e.tone.padEnd(11)} `));
  if (context.length > 0) lines.push('', 'Between one of them and a third party, so in no quarter:');
  for (const e of context) lines.push(eventText(e, `  ${e.tone.padEnd(11)} `));
  return lines.join('\n');
}
