import type { Language } from '../corpus/types.ts';

/** The fixed words of questions, in the quiz's language; what they show of the events comes from the corpus. */
export interface QuizWording {
  when: (event: string) => string;
  year: (quote: string) => string;
  trueFalse: (date: string, event: string) => string;
  truth: [string, string];
  /** True or false on what a source says, naming no date. */
  statement: (text: string) => string;
  what: (date: string, day: boolean) => string;
  first: string;
  next: (event: string) => string;
  order: (listed: string) => string;
  sameMonth: (listed: string) => string;
  pair: (a: number, b: number) => string;
  howLong: (earlier: string, later: string) => string;
  months: (n: number) => string;
  who: (predicate: string) => string;
  whoSaid: (quote: string) => string;
  /** An event shown by its source's words, in quotation marks. */
  quoted: (text: string) => string;
  /** The blank in a fill-in question. */
  blank: string;
}

const en: QuizWording = {
  when: (event) => `When did this happen? ${event}`,
  year: (quote) => `Fill in the year: ${quote}`,
  trueFalse: (date, event) => `True or false? This happened ${/^\d{1,2} /u.test(date) ? 'on' : 'in'} ${date}: ${event}`,
  truth: ['True', 'False'],
  statement: (text) => `True or false? ${text}`,
  what: (date, day) => `What happened ${day ? 'on' : 'in'} ${date}?`,
  first: 'Which happened first?',
  next: (event) => `Which of these came next after this? ${event}`,
  order: (listed) => `Put these in order, earliest first: ${listed}`,
  sameMonth: (listed) => `Which two of these happened in the same month? ${listed}`,
  pair: (a, b) => `${a} and ${b}`,
  howLong: (earlier, later) => `How many months after the first did the second happen? (1) ${earlier} (2) ${later}`,
  months: (n) => `${n} ${n === 1 ? 'month' : 'months'}`,
  who: (predicate) => `Who ${predicate}?`,
  whoSaid: (quote) => `Who said this? ${quote}`,
  quoted: (text) => `“${text}”`,
  blank: '____',
};

const sv: QuizWording = {
  when: (event) => `När hände detta? ${event}`,
  year: (quote) => `Fyll i året: ${quote}`,
  trueFalse: (date, event) => `Sant eller falskt? Detta hände ${/^\d{1,2} /u.test(date) ? 'den' : 'i'} ${date}: ${event}`,
  truth: ['Sant', 'Falskt'],
  statement: (text) => `Sant eller falskt? ${text}`,
  what: (date, day) => `Vad hände ${day ? 'den' : 'i'} ${date}?`,
  first: 'Vad hände först?',
  next: (event) => `Vilket av dessa kom sedan, efter detta? ${event}`,
  order: (listed) => `Sätt dem i ordning, det tidigaste först: ${listed}`,
  sameMonth: (listed) => `Vilka två av dessa hände samma månad? ${listed}`,
  pair: (a, b) => `${a} och ${b}`,
  howLong: (earlier, later) => `Hur många månader efter den första hände den andra? (1) ${earlier} (2) ${later}`,
  months: (n) => `${n} ${n === 1 ? 'månad' : 'månader'}`,
  who: (predicate) => `Vem ${predicate}?`,
  whoSaid: (quote) => `Vem sa detta? ${quote}`,
  quoted: (text) => `”${text}”`,
  blank: '____',
};

export function wordingOf(language: Language): QuizWording {
  return language === 'sv' ? sv : en;
}
