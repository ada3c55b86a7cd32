import type { TimelineEvent } from '../events/types.ts';
import type { DocumentReport, DocumentSummary } from '../moderation/index.ts';
import type { AuditEntry, FeedbackRecord } from '../store/types.ts';

export function renderDocument(d: DocumentSummary): string {
  return `${d.id}\n  ${d.title}\n  ${d.publisher ?? 'publisher unknown'} · ${d.published} · ${d.language} · ${d.characters} characters · added by ${d.addedBy} at ${d.addedAt}`;
}

export function renderEventLine(e: TimelineEvent): string {
  return `${e.date.padEnd(10)} ${e.summary} [${e.id}]${e.certainty === 'uncertain' ? ' (uncertain)' : ''}`;
}

/** What adding (or showing) a document found: its passages, the dated events it tells and the dates to review. */
export function renderReport(r: DocumentReport, verb: string): string {
  const lines = [`${verb} ${r.document.id}: “${r.document.title}” (${r.document.language}, published ${r.document.published})`];
  lines.push(`${r.passages} passages, ${r.events.length} dated events${r.events.length > 0 ? ':' : '.'}`);
  lines.push(...r.events.map((e) => `  ${renderEventLine(e)}`));
  if (r.uncertain.length > 0) {
    lines.push(`Uncertain dates to review (events review approve|correct|reject ID):`, ...r.uncertain.map((e) => `  ${renderEventLine(e)}`));
  }
  return lines.join('\n');
}

export function renderAudit(entries: AuditEntry[]): string {
  if (entries.length === 0) return 'Nothing recorded yet.';
  const brief = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value).slice(0, 160));
  return entries.map((e) => `${e.at} ${e.actor} ${e.action} ${e.target}\n  before: ${brief(e.before)}\n  after:  ${brief(e.after)}`).join('\n');
}

export function renderFeedback(votes: FeedbackRecord[]): string {
  if (votes.length === 0) return 'No 👎 yet.';
  return votes.map((v) => `${v.at} 👎 “${v.question}”\n${v.citations.map((c) => `  [${c.passageId}] ${c.text}`).join('\n')}`).join('\n');
}
