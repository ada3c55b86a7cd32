import { closingAttribution } from './attribution.ts';
import type { Claim } from './claims.ts';
import { shortenHeadline } from './headline.ts';

/**
 * An English one-sentence summary from a claim: its focus without the opening date
 * ("On 9 August 2016, Putin and …" → "Putin and …"), a statement told as who said what,
 * shortened to a headline by its clauses.
 */
export function summaryOf(claim: Claim): string {
  const { focus, mention } = claim;
  let text = focus.text;
  const opening = mention.start - focus.start;
  if (opening >= 0 && opening <= 12 && /^(?:\s*(?:on|in|at|by|during|since|the|of|end|late|early|mid|i|den|vid)\s+)*$/iu.test(focus.text.slice(0, opening))) {
    text = focus.text.slice(mention.end - focus.start).replace(/^[\s,;:]+/u, '');
  }
  text = text.replace(/^(?:since|sedan)\s+/iu, '').replace(/[\s,;:]+$/u, '');
  if (text === '') return focus.text;
  return shortenHeadline(sentenceOf(statement(text, claim) ?? text));
}

/**
 * A sentence that closes on its attribution, dated by it (`Our offer has expired," an official
 * told CNN on August 22.`), told as who said what: `An official told CNN: "Our offer has expired."`.
 */
function statement(text: string, claim: Claim): string | undefined {
  const attribution = closingAttribution(text, claim.passage.language);
  if (!attribution || !text.slice(attribution.start).includes(claim.mention.text)) return undefined;
  const quoted = /["”]\s*,?\s*$/u.test(text.slice(0, attribution.start));
  const said = attribution.said.replace(/[.,;:]+$/u, '');
  return quoted ? `${attribution.speaker}: "${said}."` : `${attribution.speaker} ${said.charAt(0).toLowerCase()}${said.slice(1)}.`;
}

function sentenceOf(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?"']$/u.test(sentence) ? sentence : `${sentence}.`;
}
