import type { TimelineEvent } from '../events/types.ts';
import { describeNotice, type DocumentReport, type DocumentSummary } from '../moderation/index.ts';
import type { AuditEntry, FeedbackRecord } from '../store/types.ts';

export function renderDocument(d: DocumentSummary): string {
  return `${d.id}\n  ${d.title}\n  ${d.publisher ?? 'publisher unknown'} · ${d.published} · ${d.language} · ${d.characters} characters · added by ${d.addedBy} at ${d.addedAt}`;
}

export function renderEventLine(e: TimelineEvent): string {
  const doubts = [...(e.certainty === 'uncertain' ? ['uncertain'] : []), ...(e.certainty === 'reviewed' ? [] : (e.doubts ?? []))];
  return `${e.date.padEnd(10)} ${e.summary} [${e.id}]${doubts.length > 0 ? ` (${[...new Set(doubts)].join(', ')})` : ''}`;
}

/**
 * What adding (or showing) a document found: its passages (each with its id, when `passages`), the
 * dated events it tells, the dates to review, and a word when it adds nothing to the timeline.
 */
export function renderReport(r: DocumentReport, verb: string, { passages = false } = {}): string {
  const lines = [`${verb} ${r.document.id}: “${r.document.title}” (${r.document.language}, published ${r.document.published})`];
  if (passages) lines.push(`${r.passages.length} passages:`, ...r.passages.map((p) => `  [${p.id}] ${p.text}`));
  lines.push(`${passages ? '' : `${r.passages.length} passages, `}${r.events.length} dated events${r.events.length > 0 ? ':' : '.'}`.replace(/^./u, (c) => c.toUpperCase()));
  lines.push(...r.events.map((e) => `  ${renderEventLine(e)}`));
  if (r.uncertain.length > 0) {
    lines.push(`Uncertain dates to review (events review approve|correct|reject ID):`, ...r.uncertain.map((e) => `  ${renderEventLine(e)}`));
  }
  lines.push(...r.notices.map((notice) => describeNotice(notice, 'en')));
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
