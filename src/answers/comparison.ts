import type { Language } from '../corpus/types.ts';
import { whenQuestionOf } from './anchor.ts';

/** One of the two events a comparison names, as the question words it. */
export interface ComparedEvent {
  /** The event's words ("the Astana talks", "mordet på ambassadören"). */
  text: string;
  /**
   * When-questions that find it, in the question's language, tried in turn: in the question's grammar
   * where it gives one ("When did the Astana talks start?"), then the event's words alone ("When: the Astana talks?").
   */
  whenQuestions: string[];
}

/**
 * A question that asks how two events stand in time: which came first (or last), whether the first
 * came before (or after) the second, or which of the two it did.
 */
export interface Comparison {
  events: [ComparedEvent, ComparedEvent];
  asks: 'first' | 'last' | 'before' | 'after' | 'before-or-after' | 'how-long';
}

const END = String.raw`\s*[?.!]*\s*$`;
/** The words that only link a list to its question: "Which came first, X or Y?", "Vad hände först: X eller Y?". */
const LIST_LINK = String.raw`\s*(?:[,:;]|\s[-–—])\s*`;

/** "Which happened first, X or Y?", "What came earlier: X or Y?", "Vilket kom först, X eller Y?". */
const WHICH_FIRST = [
  new RegExp(String.raw`^(?:which|what)\b[^,:;?]*?\b(first|earlier|sooner|last|later)${LIST_LINK}(.+?)\s+or\s+(.+?)${END}`, 'iu'),
  new RegExp(String.raw`^(?:vad|vilket|vilken|vilka)\b[^,:;?]*?\b(först|tidigast|tidigare|sist|senast|senare)${LIST_LINK}(.+?)\s+eller\s+(.+?)${END}`, 'iu'),
];
/** "X or Y: which came first?", "X eller Y – vad hände först?". */
const LIST_THEN_WHICH = [
  new RegExp(String.raw`^(.+?)\s+or\s+(.+?)${LIST_LINK}(?:which|what)\b[^?]*?\b(first|earlier|sooner|last|later)${END}`, 'iu'),
  new RegExp(String.raw`^(.+?)\s+eller\s+(.+?)${LIST_LINK}(?:vad|vilket|vilken)\b[^?]*?\b(först|tidigast|tidigare|sist|senast|senare)${END}`, 'iu'),
];
const LATER = /^(?:last|later|sist|senast|senare)$/iu;

/** A verb of happening that may stand between the first event and the relation ("Did the talks start before …"). */
const HAPPENING_VERB = String.raw`(?:happen|come|start|begin|take place|occur|end|follow|precede|hände|kom|skedde|inträffade|började|startade)\w*`;

/**
 * "Did the Astana talks start before or after the killing?", "Was the deal signed after the meeting?",
 * "Hände mötet före eller efter mordet?": an auxiliary (or Swedish happening verb) opens a yes/no question.
 */
const RELATIVE = [
  {
    language: 'en' as const,
    pattern: new RegExp(
      String.raw`^(did|was|were|has|had|is|does)\s+(.+?)\s+(?:(${HAPPENING_VERB}|\p{L}+ed)\s+)?(before or after|after or before|before|after|prior to|earlier than|later than)\s+(.+?)${END}`,
      'iu',
    ),
  },
  {
    language: 'sv' as const,
    pattern: new RegExp(String.raw`^(hände|kom|skedde|inträffade|började|startade|var|blev)\s+(.+?)\s+()(före eller efter|efter eller före|innan eller efter|före|efter|innan|tidigare än|senare än)\s+(?:att\s+)?(.+?)${END}`, 'iu'),
  },
  {
    // A Swedish yes/no question opens on its finite verb, any verb ("Sköts ambassadören före eller efter mötet?"):
    // asking for both relations, it is a comparison whatever the verb; a question word is no verb.
    language: 'sv' as const,
    pattern: new RegExp(String.raw`^(?!(?:vad|vem|vems|vilk\p{L}*|när|hur|varför|varifrån|vart|var)\s)(\p{L}+)\s+(.+?)\s+()(före eller efter|efter eller före|innan eller efter)\s+(?:att\s+)?(.+?)${END}`, 'iu'),
  },
];
const BEFORE = /^(?:before|prior to|earlier than|före|innan|tidigare än)$/iu;

/**
 * "How long after the shoot-down did Erdogan write?": the time from one event to the one the question asks of.
 * The first event runs up to the last auxiliary, which opens the second ("after the jet was shot down | did …").
 */
const HOW_LONG_AFTER = new RegExp(String.raw`^how\s+(?:long|soon|many\s+(?:days|weeks|months|years))\s+after\s+(.+)\s+(did|was|were|had|has|does|is)\s+(.+?)${END}`, 'iu');

/**
 * "Hur länge efter nedskjutningen skrev Putin under dekretet?": Swedish puts the finite verb right after the time
 * phrase (verb second), so the first event runs up to the first word that is a finite verb.
 */
const HOW_LONG_AFTER_SV = new RegExp(String.raw`^hur\s+(?:länge|snart|många\s+(?:dagar|veckor|månader|år))\s+efter\s+(att\s+)?(.+?)${END}`, 'iu');
/**
 * A Swedish finite verb: a weak past (-ade, -de, -te), a present (-ar, -er, -r after a vowel) or a passive (-s after
 * those), or one of the common strong pasts (with a particle before it: avgick, uppstod) and auxiliaries, which have no
 * ending of their own.
 */
const SWEDISH_FINITE = /^(?:\p{L}+(?:ade|de|te|ar|er|ades|des|tes|as|es)|\p{L}*[aeiouyåäö]r|(?:av|an|be|fram|för|in|med|ned|ner|om|på|till|upp|ut|över)?(?:kom|gick|stod|tog|drog|bröt|steg|föll|gav|höll|lät|drev|for|fann|vann|slog|satt|låg)|skrev|sköt|sköts|blev|var|fick|flög|såg|sa|bjöd|gjorde|hade|har|är|skulle|kunde|ville|måste|kommer)$/iu;

/**
 * The first event, the finite verb and the asked event of a Swedish how-long question's remainder ("nedskjutningen |
 * skrev | Putin under dekretet"); a first event told by a clause ("att bron öppnade") runs through the clause's own verb.
 */
function splitAtFiniteVerb(words: string[], clause: boolean): { earlier: string; verb: string; asked: string } | null {
  // The first event has at least its noun: "efter kuppen", "efter mötet i Sotji".
  const own = clause ? words.findIndex((word, i) => i > 0 && SWEDISH_FINITE.test(word)) : 0;
  const at = own < 0 ? -1 : words.findIndex((word, i) => i > own && SWEDISH_FINITE.test(word));
  if (at < 0 || at === words.length - 1) return null;
  return { earlier: words.slice(0, at).join(' '), verb: words[at] as string, asked: words.slice(at + 1).join(' ') };
}

/** The comparison a question asks for, or null when it asks something else. */
export function comparisonOf(text: string, language: Language): Comparison | null {
  const question = text.trim();
  for (const pattern of WHICH_FIRST) {
    const m = pattern.exec(question);
    if (m) return listed(m[2] ?? '', m[3] ?? '', m[1] ?? '', language);
  }
  for (const pattern of LIST_THEN_WHICH) {
    const m = pattern.exec(question);
    if (m) return listed(m[1] ?? '', m[2] ?? '', m[3] ?? '', language);
  }
  const howLong = HOW_LONG_AFTER.exec(question);
  if (howLong) {
    const [, earlier = '', auxiliary = '', asked = ''] = howLong;
    const whenQuestions = [`When ${auxiliary.toLowerCase()} ${asked}?`, whenQuestionOf(asked, language)];
    // A verb of mere happening names no part of the event: "the coup (happen)".
    const named = asked.replace(new RegExp(String.raw`\s+${HAPPENING_VERB}$`, 'iu'), '');
    return { events: [{ text: named, whenQuestions }, event(earlier, language)], asks: 'how-long' };
  }
  const svHowLong = HOW_LONG_AFTER_SV.exec(question);
  const split = svHowLong && splitAtFiniteVerb((svHowLong[2] ?? '').split(/\s+/u), svHowLong[1] !== undefined);
  if (split) {
    const whenQuestions = [`När ${split.verb.toLowerCase()} ${split.asked}?`, whenQuestionOf(split.asked, language)];
    return { events: [{ text: split.asked, whenQuestions }, event(split.earlier, language)], asks: 'how-long' };
  }
  for (const { pattern } of RELATIVE) {
    const m = pattern.exec(question);
    if (!m) continue;
    const [, auxiliary = '', first = '', verb = '', relation = '', second = ''] = m;
    // Swedish "var" is "was" and "where": before a finite verb it asks where ("Var träffade Putin Assad dagen innan …?").
    if (auxiliary.toLowerCase() === 'var' && SWEDISH_FINITE.test(first.split(/\s+/u)[0] ?? '')) continue;
    const asks = / or | eller /iu.test(relation) ? 'before-or-after' : BEFORE.test(relation) ? 'before' : 'after';
    return { events: [{ text: first, whenQuestions: whenOf(first, language, auxiliary, verb) }, event(second, language)], asks };
  }
  return null;
}

function listed(first: string, second: string, marker: string, language: Language): Comparison {
  return { events: [event(first, language), event(second, language)], asks: LATER.test(marker) ? 'last' : 'first' };
}

const event = (text: string, language: Language): ComparedEvent => ({ text: text.trim(), whenQuestions: whenOf(text.trim(), language) });

/**
 * The when-questions for an event: the question's own grammar when it has an auxiliary and verb
 * ("When did the talks start?", "När hände mötet?"), then the event's words alone, as anchors are asked.
 */
function whenOf(text: string, language: Language, auxiliary = '', verb = ''): string[] {
  const bare = whenQuestionOf(text, language);
  const grammatical = language === 'sv' ? auxiliary && `När ${auxiliary.toLowerCase()} ${text}?` : auxiliary && verb && `When ${auxiliary.toLowerCase()} ${text} ${verb}?`;
  return grammatical ? [grammatical, bare] : [bare];
}
