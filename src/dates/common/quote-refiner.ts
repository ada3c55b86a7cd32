/**
 * Marks drafts inside quotation marks. A quoted "today" or "last week" counts from the day
 * the words were spoken, which may not be the publication day ("Today we have taken a
 * closer look", said at an air show a week before the article), so such dates lose their
 * certainty.
 */
import type { DateDraft } from '../draft.ts';
import type { DateRefiner } from '../pipeline.ts';

type Quote = 'none' | 'paired' | 'toggled';

/**
 * Quote state at each draft, scanning the text once. Paired marks (“…”, «…», ``…'') wait
 * for their closer even across blank lines, which PDF extraction puts between lines.
 * Toggled marks ("…", and Swedish ”…”) are reset at a paragraph break, so one stray mark
 * cannot put the rest of the text in quotes.
 */
function quotedFlags(text: string, drafts: DateDraft[]): boolean[] {
  const flags: boolean[] = [];
  let state: Quote = 'none';
  let next = 0;
  for (let i = 0; i <= text.length && next < drafts.length; i++) {
    while (next < drafts.length && drafts[next]?.start === i) {
      flags.push(state !== 'none');
      next++;
    }
    const ch = text[i];
    const pair = text.slice(i, i + 2);
    if (pair === '``') state = 'paired';
    else if (pair === "''") state = state === 'paired' ? 'none' : state;
    else if (ch === '“' || ch === '«' || ch === '„') state = 'paired';
    else if (ch === '»') state = 'none';
    else if (ch === '”') state = state === 'paired' ? 'none' : state === 'toggled' ? 'none' : 'toggled';
    else if (ch === '"') state = state === 'toggled' ? 'none' : 'toggled';
    else if (ch === '\n' && state === 'toggled' && /^\n\s*\n/.test(text.slice(i, i + 4))) state = 'none';
  }
  return flags;
}

export const quoteRefiner: DateRefiner = {
  name: 'quote',
  refine(drafts, { text }) {
    const flags = quotedFlags(text, drafts);
    return drafts.map((draft, i) => (flags[i] ? { ...draft, quoted: true } : draft));
  },
};
