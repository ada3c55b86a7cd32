import type { Locale } from '../../i18n.ts';

const mention = (userId: string) => `<@${userId}>`;

/** The wording of quizzes in a channel: /quiz start and stop, the answer buttons, the messages a quiz posts. */
const en = {
  unavailable: 'Quizzes in a channel need the database, which this bot runs without.',
  guildOnly: 'Quizzes run in a server channel.',
  alreadyRunning: 'A quiz is already running in this channel. Join in with the buttons under its question, or wait until it ends (its starter or a moderator can end it with /quiz stop).',
  noQuestions: 'I could not make questions for that choice. Try a wider period or another kind of question.',
  cannotPost: 'I cannot post in this channel: I need View Channel, Send Messages and Embed Links here. No quiz was started.',
  outOfRange: (option: string, min: number, max: number) => `The “${option}” option must be a whole number from ${min} to ${max}.`,
  announceTitle: (rounds: number, seconds: number) => `Quiz: ${rounds} questions, ${seconds} seconds each`,
  announce: (starter: string) =>
    `${mention(starter)} started a quiz. Everyone in the channel may answer each question once, with the buttons under it. A right answer earns 100 points, up to 100 more the faster it comes, and a bonus for right answers in a row. After each question I show the answer with its source; at the end, the scores.`,
  about: (period: string) => `Questions about ${period}.`,
  fewer: (made: number) => `Only ${made} questions could be made for this choice.`,
  stopHint: 'The member who started it, or a moderator, can end it with /quiz stop.',
  question: (round: number, rounds: number) => `Question ${round} of ${rounds}`,
  closes: (relative: string) => `Answers close ${relative}.`,
  closed: 'Answers are closed.',
  howToAnswer: 'One answer each; faster right answers earn more. 🚩 reports a wrong or unclear question.',
  reveal: (round: number, letter: string) => `Question ${round}: the answer is ${letter}`,
  rightOnes: (count: number) => (count === 1 ? '1 right answer:' : `${count} right answers:`),
  nobodyRight: (answered: number) => (answered === 0 ? 'Nobody answered.' : `Nobody got it right (${answered} answered).`),
  ofAnswered: (answered: number) => `${answered} answered.`,
  points: (userId: string, points: number) => `${mention(userId)} +${points}`,
  finalTitle: 'Final scores',
  stoppedTitle: 'Quiz stopped: the scores so far',
  interruptedTitle: 'Quiz interrupted: the scores so far',
  stoppedBy: (userId: string, asked: number, rounds: number) => `${mention(userId)} stopped the quiz after ${asked} of ${rounds} questions.`,
  interrupted: (asked: number, rounds: number) => `The bot restarted during the quiz, after ${asked} of ${rounds} questions; the answers given until then count.`,
  standing: (rank: number, userId: string, points: number, correct: number, answered: number) =>
    `${rank}. ${mention(userId)}: ${points} points (${correct} of ${answered} right)`,
  nobodyAnswered: 'Nobody answered.',
  answered: (letter: string) => `Your answer ${letter} is in.`,
  repeat: 'You already answered this question.',
  late: 'Time is up for this question.',
  over: 'This quiz has ended.',
  elsewhere: 'This answer button belongs to a quiz in another channel: answer there.',
  noneRunning: 'No quiz is running in this channel.',
  notYours: (starter: string) => `Only the member who started this quiz (${mention(starter)}) or a moderator can stop it.`,
  stopped: 'The quiz is stopped; the scores so far are posted in the channel.',
};

export type QuizSessionStrings = typeof en;

const sv: QuizSessionStrings = {
  unavailable: 'Frågesport i en kanal kräver databasen, som den här boten körs utan.',
  guildOnly: 'Frågesporter körs i en kanal på en server.',
  alreadyRunning: 'En frågesport pågår redan i den här kanalen. Var med via knapparna under frågan, eller vänta tills den är slut (den som startade den eller en moderator kan avsluta den med /quiz stoppa).',
  noQuestions: 'Jag kunde inte göra frågor för det valet. Prova en längre period eller en annan sorts fråga.',
  cannotPost: 'Jag kan inte skriva i den här kanalen: jag behöver Visa kanal, Skicka meddelanden och Bädda in länkar här. Ingen frågesport startades.',
  outOfRange: (option: string, min: number, max: number) => `Alternativet ”${option}” ska vara ett heltal från ${min} till ${max}.`,
  announceTitle: (rounds: number, seconds: number) => `Frågesport: ${rounds} frågor, ${seconds} sekunder var`,
  announce: (starter: string) =>
    `${mention(starter)} startade en frågesport. Alla i kanalen får svara en gång på varje fråga, med knapparna under den. Rätt svar ger 100 poäng, upp till 100 till ju snabbare det kommer, och en bonus för rätt svar i rad. Efter varje fråga visar jag svaret med källan; till sist ställningen.`,
  about: (period: string) => `Frågor om ${period}.`,
  fewer: (made: number) => `Bara ${made} frågor kunde göras för det valet.`,
  stopHint: 'Den som startade den, eller en moderator, kan avsluta den med /quiz stoppa.',
  question: (round: number, rounds: number) => `Fråga ${round} av ${rounds}`,
  closes: (relative: string) => `Svaren stängs ${relative}.`,
  closed: 'Svaren är stängda.',
  howToAnswer: 'Ett svar var; snabbare rätt svar ger mer. 🚩 rapporterar en felaktig eller oklar fråga.',
  reveal: (round: number, letter: string) => `Fråga ${round}: rätt svar är ${letter}`,
  rightOnes: (count: number) => (count === 1 ? '1 rätt svar:' : `${count} rätta svar:`),
  nobodyRight: (answered: number) => (answered === 0 ? 'Ingen svarade.' : `Ingen svarade rätt (${answered} svarade).`),
  ofAnswered: (answered: number) => `${answered} svarade.`,
  points: (userId: string, points: number) => `${mention(userId)} +${points}`,
  finalTitle: 'Slutställning',
  stoppedTitle: 'Frågesporten stoppades: ställningen hittills',
  interruptedTitle: 'Frågesporten avbröts: ställningen hittills',
  stoppedBy: (userId: string, asked: number, rounds: number) => `${mention(userId)} stoppade frågesporten efter ${asked} av ${rounds} frågor.`,
  interrupted: (asked: number, rounds: number) => `Boten startade om under frågesporten, efter ${asked} av ${rounds} frågor; svaren som hann ges räknas.`,
  standing: (rank: number, userId: string, points: number, correct: number, answered: number) =>
    `${rank}. ${mention(userId)}: ${points} poäng (${correct} av ${answered} rätt)`,
  nobodyAnswered: 'Ingen svarade.',
  answered: (letter: string) => `Ditt svar ${letter} är registrerat.`,
  repeat: 'Du har redan svarat på den här frågan.',
  late: 'Tiden är ute för den här frågan.',
  over: 'Den här frågesporten är slut.',
  elsewhere: 'Den här svarsknappen hör till en frågesport i en annan kanal: svara där.',
  noneRunning: 'Ingen frågesport pågår i den här kanalen.',
  notYours: (starter: string) => `Bara den som startade frågesporten (${mention(starter)}) eller en moderator kan stoppa den.`,
  stopped: 'Frågesporten är stoppad; ställningen hittills finns i kanalen.',
};

export function quizSessionStrings(locale: Locale): QuizSessionStrings {
  return locale === 'sv' ? sv : en;
}

/** The letters the options are shown and answered by. */
export const optionLetters = ['A', 'B', 'C', 'D'] as const;

export function optionLetter(option: number): string {
  return optionLetters[option] ?? String(option + 1);
}
