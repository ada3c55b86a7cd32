import type { Claim } from './claims.ts';

/**
 * An English one-sentence summary from a claim: its focus without the
 * opening date ("On 9 August 2016, Putin and …" → "Putin and …").
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
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?"']$/u.test(sentence) ? sentence : `${sentence}.`;
}
