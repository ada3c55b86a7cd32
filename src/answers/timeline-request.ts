/**
 * The wording that asks for a list of events rather than one fact, in English and Swedish, and the words
 * of it that are no topic. Word boundaries are written out: `\b` is ASCII-only even with the `u` flag, so it
 * never stands before "ägde" or "året".
 */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const words = (alternatives: string, flags = 'iu') => new RegExp(`${START}(?:${alternatives})${END}`, flags);

/** What a list is about: "the story of", "events involving", "which events concern", "händelserna kring". */
const ABOUT = String.raw`of|in|from|during|around|about|concerning|regarding|surrounding|involving|on|with|behind|(?:related|relating|connected)\s+to|concern(?:s|ed)?|involve[sd]?|relate[sd]?\s+to|(?:have|has|had)\s+to\s+do\s+with`;
const OM = String.raw`över|om|kring|runt|i|under|från|med|bakom|(?:som\s+)?(?:rör|gäller|berör|handlar\s+om)`;

/** The nouns that name a list of happenings: "milestones", "key moments", "turning points", "highlights". */
const LIST_NOUNS = String.raw`milestones|key\s+(?:moments|dates|events|developments|steps)|turning\s+points|main\s+(?:developments|events)|highlights|landmarks`;

/** Asking to be told the story so far: "catch me up on", "fill me in on", "bring me up to speed on". */
const CATCH_UP = String.raw`(?:catch\s+me\s+up|fill\s+me\s+in)\s+(?:on|about|with)|bring\s+me\s+up\s+to\s+speed\s+(?:on|with|about)`;

/** How a happening went on over time: "how did the standoff unfold", "how has the row played out". */
const UNFOLDED = String.raw`(?:unfold(?:ed)?|play(?:ed)?\s+out|evolve[d]?|develop(?:ed)?)`;
/** The verb ends its clause or a span follows: "how did Russia develop the missile" asks a way of doing, not a story. */
const HOW_UNFOLDED = String.raw`how\s+(?:did|has|have|had)\s+.+?\s+${UNFOLDED}(?=\s*(?:[?.!]|$|(?:in|over|since|from|after|between|during|until)\s))`;

/**
 * How a happening went on, in Swedish: "hur gick bygget till" (how did the building go), "hur utvecklades krisen",
 * "hur har striden utvecklats".
 */
const HOW_IT_WENT = String.raw`hur\s+(?:gick|har)\s+.+?\s+(?:till|gått\s+till|utvecklats)(?=\s*(?:[?.!,]|$))|hur\s+utvecklades`;

/** Told in order: "step by step", "from start to finish", "steg för steg", "från början till slut". */
const IN_ORDER = String.raw`step\s+by\s+step|stage\s+by\s+stage|from\s+(?:start|beginning)\s+to\s+(?:finish|end)|steg\s+för\s+steg|från\s+början\s+till\s+slut`;

/** Asking to be told of a topic, not of one fact: "tell me about the S-400 purchase", "berätta om fångutväxlingarna" (not "tell me when …"). */
const TELL_ABOUT = String.raw`tell\s+me\s+(?:all\s+|everything\s+)?about|berätta(?:\s+för\s+mig)?\s+(?:allt\s+)?om`;

/**
 * Asking for a topic summed up: "sum up X", "X in a nutshell", "what's the deal with X", "what do the documents know about X",
 * "explain the X" (not "explain why …"), "sammanfatta X", "vad vet vi om X", "en överblick över X".
 */
const SUMMED_UP = String.raw`sum(?:s|med)?\s+up|summari[sz]e|in\s+a\s+nutshell|what(?:'s|’s|\s+is)\s+the\s+deal\s+with|what\s+do(?:es)?\s+(?:the\s+documents?|you|we|they|it)\s+(?:know|say)\s+about|explain(?=\s+(?:the|a|an)\s)|sammanfatta|överblick(?:en)?\s+(?:över|av)|vad\s+vet\s+(?:vi|du|man|dokumenten)\s+om|kort\s+om`;

/** A span that is the whole story: "over the years", "genom åren". */
const OVER_TIME = String.raw`over\s+(?:the\s+)?(?:years|months|time)|through\s+the\s+years|genom\s+åren|under\s+årens\s+lopp`;

/** A story told over time: "the story with", "the history of", "the whole saga of", "historien om". */
const STORY = String.raw`(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:story|history|saga|chronicle|background)\s+(?:${ABOUT})|(?:hela\s+)?(?:historien|händelseförloppet|förloppet|bakgrunden)\s+(?:${OM})`;

/**
 * Asking for a list of events, with or without a span: "timeline of", "show me everything", "what's the story
 * with", "walk me through", "lista händelserna", "vad hände kring"; the present perfect "what has happened with X"
 * and "what has been going on with X" ask for a story up to now, not for one event.
 */
const TIMELINE_REQUEST = words(
  [
    String.raw`what(?:'s|’s|\s+has|\s+is)\s+(?:been\s+)?(?:happen(?:ed|ing)|going\s+on)`,
    // What went on between two parties is the story of their dealings: "what went on between Turkey and the Kurdish militias".
    String.raw`what\s+(?:happened|went\s+on|took\s+place)\s+(?:between|around|surrounding|regarding|concerning)`,
    String.raw`vad\s+har\s+hänt|vad\s+(?:hände|händer|pågår)\s+(?:mellan|kring|runt|beträffande|i\s+fråga\s+om)`,
    String.raw`timeline|chronology|overview|recap|run-?down|tidslinje|kronologi|översikt|sammanfattning`,
    CATCH_UP,
    HOW_UNFOLDED,
    HOW_IT_WENT,
    IN_ORDER,
    TELL_ABOUT,
    SUMMED_UP,
    String.raw`list(?:\s+(?:all|every))?|lista`,
    String.raw`show(?:\s+me)?\s+(?:all|everything|the\s+events)|everything\s+(?:${ABOUT})`,
    String.raw`(?:walk|take|run)\s+me\s+through|gå\s+igenom`,
    String.raw`(?:all|any)\s+(?:the\s+)?events|(?:which|what)\s+events|events\s+(?:${ABOUT})`,
    // A question that ends on what it asks for: "Show me the Idlib events", "the main S-400 milestones", "Idlibhändelserna".
    String.raw`(?:events|${LIST_NOUNS}|händelser(?:na)?|milstolpar(?:na)?)(?=[\s?.!]*$)`,
    // Or names it before its topic: "the key moments of TurkStream", "the turning points in the S-400 affair".
    String.raw`(?:${LIST_NOUNS})\s+(?:${ABOUT})`,
    // A story over time: "What happened with the nuclear plant over the years?", "genom åren".
    OVER_TIME,
    STORY,
    String.raw`visa(?:\s+mig)?\s+(?:allt|alla|händelserna)|allt\s+(?:om|kring)|vilka\s+händelser|händelserna\s+(?:${OM})`,
  ].join('|'),
);

/** Asking what happened in a span the question names. */
const PERIOD_QUESTION = words(
  String.raw`what (?:happened|has happened|took place|went on|occurred|were the (?:main )?events)|which events|everything|anything|events|happenings|vad (?:hände|har hänt|hände det|inträffade|skedde)|allt|händelser(?:na)?`,
);

/** The request wording of a timeline question and a bilateral framing ("in Russia–Turkey relations", "between the two countries"): not its topic. Names after "between" stay: "the fighting between Azerbaijan and Armenia" is about them. */
const REQUEST_WORDS = [
  /(?:\b(?:in|of|for|i|för)\s+)?(?:the\s+)?\b[\p{Lu}][\p{L}]+\s*[-–—]\s*[\p{Lu}][\p{L}]+\s+(?:relations|ties|relationerna|relationer)\b/gu,
  // The pair every document is about, as a frame: "between the two countries", "mellan Ryssland och Turkiet".
  words(String.raw`(?:between|mellan)\s+(?:(?:the|de)\s+(?:two|två)\s+(?:countries|sides|governments|neighbours|neighbors|länderna|sidorna|regeringarna)|länderna|(?:russia|turkey|moscow|ankara|ryssland|turkiet|moskva)\s+(?:and|och)\s+(?:russia|turkey|moscow|ankara|ryssland|turkiet|moskva))`, 'giu'),
  /\b(?:give|show|tell)\s+(?:me\s+)?(?:about\s+)?(?:a\s+|the\s+)?/giu,
  /\bberätta(?:\s+för\s+mig)?(?:\s+om)?\b/giu,
  words(String.raw`ge\s+mig(?:\s+(?:en|ett))?`, 'giu'),
  words(String.raw`(?:walk|take|run)\s+me\s+through|gå\s+igenom|${CATCH_UP}`, 'giu'),
  // "how did … unfold" and "hur gick … till" frame the topic between their two halves.
  words(String.raw`how\s+(?:did|has|have|had)|${UNFOLDED}`, 'giu'),
  words(SUMMED_UP, 'giu'),
  words(String.raw`hur\s+(?:gick|har|utvecklades)|(?:gått\s+)?till(?=\s*(?:[?.!,]|$))|utvecklats|${IN_ORDER}`, 'giu'),
  words(String.raw`what(?:'s|’s|\s+is|\s+was|\s+has)\s+(?:been\s+)?going\s+on(?:\s+(?:${ABOUT}))?`, 'giu'),
  words(String.raw`(?:what(?:'s|’s|\s+is|\s+was)\s+)?${STORY}`, 'giu'),
  words(
    String.raw`(?:what (?:happened|has happened|has been happening|took place|went on|occurred)|what's (?:been )?happen(?:ed|ing)|(?:which|what) events|(?:all|any|the)\s+(?:the\s+)?events|events|${LIST_NOUNS}|everything|anything|timeline|chronology|overview|recap|run-?down|list|please)(?:\s+(?:${ABOUT}))?`,
    'giu',
  ),
  words(OVER_TIME, 'giu'),
  words(String.raw`(?:vad (?:hände|händer|har hänt|inträffade|skedde|pågår)|vilka händelser|händelser(?:na)?|milstolpar(?:na)?|tidslinje|kronologi|översikt|sammanfattning|lista|visa(?:\s+mig)?|allt)(?:\s+(?:${OM}))?`, 'giu'),
  // Verbs of happening say that something happened, not what it was about.
  words(String.raw`took place|take place|taking place|happened|occurred|went on|unfolded|ägde rum|äger rum|skedde|inträffade|hände|hänt`, 'giu'),
];

export const asksForTimeline = (text: string): boolean => TIMELINE_REQUEST.test(text);

export const asksWhatHappened = (text: string): boolean => PERIOD_QUESTION.test(text);

/** A timeline question's words without its request wording: its topic. */
export function withoutRequest(text: string): string {
  return REQUEST_WORDS.reduce((out, pattern) => out.replace(pattern, ' '), text).replace(/\s+/gu, ' ');
}
