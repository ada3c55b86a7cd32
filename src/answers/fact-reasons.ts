import type { Language } from '../corpus/types.ts';
import { askedTerms, cut, sharesAny, sharesTerm, type FactInput, type Span } from './fact-text.ts';

/**
 * Words that introduce a cause, in tiers: the telling ones, then those that may only tell the time or the topic, then mere circumstance.
 * A deed done in protest at something, citing or blaming something, is done for it ("walked out, blaming a drone attack"); a
 * sentence may name its cause outright ("The reason was that …", "Skälet var att …").
 */
const STRONG: Array<[Language, RegExp]> = [
  ['en', /\b(?:because(?: of)?|due to|owing to|thanks to|in response to|in retaliation for|as a result of|for fear of|on the grounds that|given that|in order to|so as to|so that|only if|aimed at|in a bid to|in protest (?:at|against|over)|citing|blaming|(?:the|one|a|its|their)\s+(?:main\s+|chief\s+|official\s+)?(?:reasons?|causes?|motives?)(?:\s+for\s+(?:this|that|it|the\s+\p{L}+))?\s+(?:was|is|were|are|given\s+was)(?:\s+that)?)\s/iu],
  ['sv', /\b(?:eftersom|därför att|på grund av|till följd av|tack vare|som svar på|som hämnd för|i syfte att|för att|(?:berodde|beror|berott) på|i protest mot|med hänvisning till|med anledning av|(?:skälet|skälen|orsaken|orsakerna|anledningen)(?:\s+till\s+(?:detta|det|\p{L}+))?\s+(?:var|är)(?:\s+att)?)\s/iu],
];
const WEAK: Array<[Language, RegExp]> = [
  ['en', /\b(?:over|after|following|amid|during|in the wake of)\s/iu],
  ['sv', /\b(?:efter att|efter|sedan|mot bakgrund av)\s/iu],
];
/**
 * Circumstances a writer gives for what happened when no cause word does: a when-clause ("when the regime
 * appeared close to collapse", "då turkiska F-16-plan sköt ned …"), a sentence-opening with-phrase ("With the
 * fuel on site, …") and a participle clause after a comma ("…, giving Russian gas a route that avoids Ukraine").
 */
const CIRCUMSTANCE: Array<[Language, RegExp]> = [
  ['en', /(?:\b(?:when|as soon as|now that)\s|^with\s|,\s+(?=\p{Ll}+ing\s))/iu],
  ['sv', /(?:\b(?:då|när|nu när)\s|^med\s)/iu],
];
/**
 * Verbs of holding a view: what the question's subject believes of the matter, or sees it as, is its own account of why it acts
 * ("The union believes the plan breaks the law" for "Why does the union oppose the plan?", "kritiker ser den som ett sätt att …").
 * Not plain verbs of saying, which report any words.
 */
const STANCE: Array<[Language, RegExp]> = [
  ['en', /\b(?:believes?|believed|argues?|argued|considers?|considered|maintains?|maintained|insists?|insisted|fears?|feared|contends?|contended|(?:sees?|saw|views?|viewed|regards?|regarded)\s+(?:it|them|this|the\s+\p{Ll}+)\s+as)\s+(?:that\s+)?/giu],
  ['sv', /\b(?:anser|ansåg|menar|menade|hävdar|hävdade|befarar|befarade|fruktar|fruktade|(?:ser|såg|betraktar|betraktade)\s+(?:den|det|dem|detta|\p{Ll}+(?:en|et|na))\s+som)\s+(?:att\s+)?/giu],
];
/** The auxiliary or verb a why-question puts before its subject ("Why does the union …", "Varför är kritikerna …"). */
const BEFORE_SUBJECT = /^\W*(?:why|how come|varför)\s+(?:(?:did|does|do|is|are|was|were|has|have|had|would|will)\s+|(?:är|var|har|hade|ska|skulle|vill|ville|\p{Ll}+(?:ar|er|de|te|dde))\s+)?(?:the\s+|a\s+|an\s+)?(\p{L}[\p{L}-]*)/iu;
const NAMES = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*`;
/** The common noun a name may qualify ("the Lund family"), not a word that opens the rest of the sentence. */
const NOUN_AFTER_NAME = String.raw`(?:\s+(?!(?:the|a|an|in|on|at|to|for|and|but|or|with|from|by|after|before|during|of|as|that|which|who)\b)\p{Ll}[\p{L}-]*(?=[\s,.;]))?`;
/**
 * A deed done at someone's request or invitation is done for it: the phrase that names whose ("agreed at Ankara's request to speed up
 * delivery", "på Ankaras begäran"), not the deed after it, which is the one asked about.
 */
const REQUEST: Array<[Language, RegExp]> = [
  ['en', new RegExp(String.raw`\b[Aa]t\s+(?:the\s+)?(?:(?:request|behest|urging|invitation)\s+of\s+(?:the\s+)?(?:${NAMES}${NOUN_AFTER_NAME}|\p{Ll}[\p{L}-]*)|(?:[\p{L}-]+\s+)?[\p{L}-]+(?:'s|’s)\s+(?:request|behest|urging|invitation))`, 'gu')],
  ['sv', new RegExp(String.raw`\b[Pp]å\s+(?:(?:begäran|uppmaning|inbjudan)\s+(?:av|från)\s+(?:${NAMES}|\p{Ll}[\p{L}-]*)|[\p{L}-]+s\s+(?:begäran|uppmaning|inbjudan))`, 'gu')],
];
/** A sentence's opening phrase: a preposition and up to three words ("On June 6", "In late May"). */
const OPENING = /^\s*(?:on|in|at|by|after|before|since|during|i|på|efter|sedan|under)(?:\s+[\p{L}\d.,-]+){1,3}\s*$/iu;
/**
 * Words after a cause that introduce its effect; a "so" after a comma opens a clause of what followed from the one
 * before ("Ankara talks to both sides, so the UN turned to it"), not "so that" (a purpose) or "so far", "so many".
 */
const EFFECT_MARKER =
  /(?:\b(?:leading to|which led to|led to|prompting|triggering|sparking|resulting in|angered|provoked|which is why|that is why|ledde till|vilket ledde till|utlöste)|(?<=,\s)(?:and\s+)?so(?!\s+(?:that|far|much|many|long)\b))\s/iu;
/** How near the words of what the question asks about stand to a reason that gives its cause, in words. */
const NEAR_WORDS = 12;
/** Longest aside inside a reason ("Erdogan, alerted by Moscow, was able …"), in words. */
const ASIDE_WORDS = 5;
/** Longest reason, in words: a clause, not the rest of a long sentence. */
const REASON_WORDS = 18;

/**
 * The clause a cause marker opens ("because …", "over the purchase of …", "eftersom …"), the most telling
 * marker first. It is tied to the question when the rest of the sentence tells what the question asks
 * about (a word of it other than a name): "after a serious crisis" in a sentence about cooperation does
 * not say why Putin resigned.
 */
export function findReason(input: FactInput): Span | null {
  // A plain "after" or "over" may only tell the time or the topic: an effect the question names, told after its cause, is surer.
  const sure = reasonAfter(input, STRONG) ?? requestOf(input) ?? causeBefore(input) ?? viewOfSubject(input);
  const found = sure ?? reasonAfter(input, WEAK) ?? reasonAfter(input, CIRCUMSTANCE);
  if (!found) return null;
  if (found.asked !== undefined) return found;
  // The words around the reason: "disputes over Syria" thirty words before a failed coup is no reason for it.
  const before = input.text.slice(0, found.start).split(/\s+/u).slice(-NEAR_WORDS).join(' ');
  // A reason that opens its sentence ("After the shipment …, Washington suspended …") is the cause of its whole main clause.
  const opening = input.text.slice(0, found.start).trim() === '';
  const after = input.text.slice(found.end).split(/\s+/u).slice(0, opening ? undefined : NEAR_WORDS + 1).join(' ');
  const rest = `${before} ${after}`;
  // "The council closed the road. This came after the sea wall cracked.": a sentence that opens on the one before gives that one's cause.
  const ofPrevious = input.previous !== undefined && POINTS_BACK.test(input.text.trimStart()) && tellsAskedEvent(input, input.previous, input.previous);
  return { ...(toldBefore(input, found) ?? found), asked: tellsAskedEvent(input, rest) || ofPrevious, ...(sure ? {} : { tentative: true }) };
}

/** A sentence whose subject is what the sentence before told, or its cause, with a verb that ties it to what came before or caused it. */
const POINTS_BACK =
  /^(?:(?:but|and)\s+)?(?:this|that|it|the\s+(?:move|decision|step|announcement|closure|attack|deal|ban|change)|the\s+(?:main\s+|chief\s+)?(?:reasons?|causes?|motives?)(?:\s+for\s+(?:this|that|it|the\s+\p{L}+))?|det|detta|beslutet|steget|flytten|stängningen|förbudet|attacken|skälet|skälen|orsaken|anledningen(?:\s+till\s+\p{L}+)?)\s+(?:came|comes|followed|follows|happened|was|took\s+place|skedde|kom|följde|var)\b/iu;

/**
 * A cause that only points back ("because of this", "The incident angered Russia …", "Beslutet ledde till …"): a
 * demonstrative with at most two plain words; or, as the subject its sentence opens on, the definite article with one
 * word ("the wage cut" says what it is, and "because of the crisis" names a cause a reader knows) or a Swedish definite
 * noun alone, all no names. What it stands for is what the sentence before tells.
 */
const DEMONSTRATIVE = /^(?:(?:this|that|these|those|such|detta|denna|dessa)(?:\s+\p{Ll}[\p{L}-]*){0,2}|it|detta|det)$/u;
const DEFINITE = /^the\s+\p{Ll}[\p{L}-]*$/u;
const DEFINITE_NOUN = /^\p{L}\p{Ll}+(?:en|et|na)$/u;

/** The sentence before, for a cause that only points back to it; its first clause when it goes on past a reason's length. */
function toldBefore(input: FactInput, found: Span): Span | null {
  const { previous } = input;
  if (previous === undefined) return null;
  const cause = input.text.slice(found.start, found.end).trim();
  const core = cause.replace(/^(?:because of|due to|owing to|as a result of|in response to|after|following|på grund av|till följd av|som svar på|efter)\s+/iu, '');
  const words = core.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const subject = input.text.slice(0, found.start).trim() === '' && core === cause;
  const definite = DEFINITE.test(words) || (input.language === 'sv' && DEFINITE_NOUN.test(core) && !input.analyzer.analyze(core, 'sv').some((t) => t.name));
  if (!DEMONSTRATIVE.test(words) && !(subject && definite)) return null;
  const sentence = previous.replace(/[\s.!?]+$/u, '');
  const first = cut(sentence, REASON_WORDS);
  const end = first.length < sentence.length && first.includes(',') ? first.lastIndexOf(',') : first.length;
  return { start: 0, end, inPrevious: true };
}

/**
 * The view the question's subject (its first name) holds, by a verb of holding one whose subject names it ("The United
 * States believes the purchase is incompatible with …"): the clause after the verb.
 */
function viewOfSubject(input: FactInput): Span | null {
  const { text, language, analyzer } = input;
  // A question typed in lower case gives no name: its subject is the word it opens on after its verb ("varför är kritikerna …").
  const opening = BEFORE_SUBJECT.exec(input.question)?.[1];
  const subject = [...input.asking.names][0] ?? (opening === undefined ? undefined : analyzer.terms(opening, input.questionLanguage)[0]);
  if (subject === undefined) return null;
  for (const [lang, marker] of STANCE) {
    if (lang !== language) continue;
    for (const m of text.matchAll(marker)) {
      const clause = text.slice(0, m.index).split(/[,;:()–—]|(?<=\.)\s/u).pop() ?? '';
      const terms = analyzer.terms(clause, language);
      if (![...terms, ...analyzer.bridge(terms, language)].includes(subject)) continue;
      const start = m.index + m[0].length;
      const view = /^(?:[^;.:()–—]|\.(?=\w))*/u.exec(text.slice(start))?.[0] ?? '';
      // A view longer than a reason ends at its last comma within the length: "…, of which Turkey is also" is no clause.
      const within = cut(view, REASON_WORDS);
      const told = (within.length < view.trimEnd().length && within.includes(',') ? within.slice(0, within.lastIndexOf(',')) : within).replace(/,$/u, '');
      // Of the matter asked about: a deed or another name of the question in the sentence besides its subject.
      const others = new Set([...input.asking.deed, ...[...input.asking.names].filter((n) => n !== subject)]);
      if (told.length >= 3 && tellsMore(input, told)) return { start, end: start + told.length, asked: sharesAny(input, text.slice(start), others) };
    }
  }
  return null;
}

function requestOf({ text, language }: FactInput): Span | null {
  const pattern = REQUEST.find(([lang]) => lang === language)?.[1];
  const found = pattern ? [...text.matchAll(pattern)][0] : undefined;
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/** "For the first time since the crisis began", "för första gången sedan krisen inleddes": a time reckoned from, not a cause. */
const FIRST_TIME_BEFORE = /\b(?:first\s+time|första\s+gången)\s+$/iu;

function reasonAfter(input: FactInput, markers: Array<[Language, RegExp]>): Span | null {
  const { text, language } = input;
  for (const [lang, marker] of markers) {
    if (lang !== language) continue;
    for (const m of text.matchAll(new RegExp(marker.source, marker.flags.includes('g') ? marker.flags : `${marker.flags}g`))) {
      if (FIRST_TIME_BEFORE.test(text.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) continue;
      // A participle clause's marker is its comma: the reason starts at the participle. After a short opening
      // phrase ("On June 6, acting US Defense Secretary …") an -ing word opens the sentence's subject, not a clause.
      if (m[0].startsWith(',') && OPENING.test(text.slice(0, m.index))) continue;
      const marker = m[0].replace(/^[\s,]+/u, '');
      const start = m.index + m[0].length - marker.length;
      // "…, leaving around 20 dead" for "Why did Turkey leave …": a participle of the verb asked about tells that deed, not its cause.
      if (m[0].startsWith(',') && sharesAny(input, /^\p{L}+/u.exec(text.slice(start))?.[0] ?? '', input.asking.deed)) continue;
      // "over the purchase" tells a cause, "over the Black Sea" or "over Syria" a place.
      if (/^over\s/iu.test(marker) && /^(?:the\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
      const clause = clauseTellingMore(input, text.slice(start), marker.trim().length);
      // A clause telling the very kind of happening asked about restates the event, not its cause.
      if (clause && !tellsAskedKind(input, clause)) return { start, end: start + clause.length };
    }
  }
  return null;
}

/**
 * The clause from a marker to its end: on past a short aside set off by commas ("because the union,
 * warned by its lawyers, accepted …"), and on past further commas while what it says so far is what the
 * question says already.
 */
function clauseTellingMore(input: FactInput, from: string, markerLength: number): string | null {
  const whole = /^(?:[^;.:()–—]|\.(?=\w))*/u.exec(from)?.[0] ?? '';
  const pieces = whole.split(/(?<=,)\s/u);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const aside = i > 0 && i < pieces.length - 1 && piece.endsWith(',') && piece.split(/\s+/u).length <= ASIDE_WORDS;
    if (aside && parts.length > 0) parts[parts.length - 1] += ` ${piece} ${pieces[++i] ?? ''}`;
    else parts.push(piece);
  }
  let clause = '';
  for (const part of parts) {
    clause = cut(`${clause}${clause ? ' ' : ''}${part}`, REASON_WORDS).replace(/,$/u, '');
    if (clause.length - markerLength >= 3 && tellsMore(input, clause.slice(markerLength))) return clause;
    if (clause.split(/\s+/u).length >= REASON_WORDS) break;
  }
  return null;
}

/** "Turkey has bought Russian S-400 air defenses – leading to U.S. sanctions": the cause is the clause before the effect the question names. */
function causeBefore(input: FactInput): Span | null {
  const { text } = input;
  for (const m of text.matchAll(new RegExp(EFFECT_MARKER.source, 'giu'))) {
    const effect = /^(?:[^,;.:()–—]|\.(?!\s))+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (!sharesTerm(input, effect)) continue;
    const head = text.slice(0, m.index).replace(/[\s,;:–—-]+$/u, '');
    const start = Math.max(0, ...[...head.matchAll(/[,;:–—(]\s|(?<=\.)\s/gu)].map((b) => b.index + b[0].length));
    // A clause that tells the very kind of happening asked about is the event, not its cause ("jets shoot down a warplane, resulting in …").
    if (head.length - start >= 8 && !tellsAskedKind(input, head.slice(start))) return { start, end: head.length };
  }
  return null;
}

function tellsAskedKind(input: FactInput, clause: string): boolean {
  const asked = input.eventTypes.typesOf(input.question);
  return [...input.eventTypes.typesOf(clause)].some((kind) => asked.has(kind));
}

/** A reason says something the question does not: "after a meeting in Moscow" does not say why they met in Moscow. */
function tellsMore(input: FactInput, clause: string): boolean {
  const asked = askedTerms(input, input.question);
  const terms = input.analyzer.terms(clause, input.language);
  return terms.filter((t) => !asked.has(t)).length >= Math.max(1, terms.length / 2);
}

/**
 * Whether a sentence tells what the question asks about: the words around the reason share a word of the
 * question that is no name (or a rewording), and it names someone the question names, if the question names anyone.
 */
function tellsAskedEvent(input: FactInput, rest: string, sentence = input.text): boolean {
  const { deed, names } = input.asking;
  return sharesAny(input, rest, deed) && (names.size === 0 || sharesAny(input, sentence, names));
}
