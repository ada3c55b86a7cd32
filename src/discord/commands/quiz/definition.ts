import { ApplicationCommandOptionType as Option, ApplicationIntegrationType, InteractionContextType, type APIApplicationCommandBasicOption, type APIApplicationCommandSubcommandOption } from 'discord.js';
import { QUIZ_KINDS } from '../../../quiz/types.ts';
import { periodOptionDefinitions } from '../periodDefinition.ts';
import { localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

export const ROUNDS = { min: 3, max: 20, default: 5 } as const;
export const SECONDS = { min: 10, max: 60, default: 20 } as const;

const kindNames: Record<(typeof QUIZ_KINDS)[number], [string, string]> = {
  when: ['When did it happen?', 'När hände det?'],
  first: ['Which happened first?', 'Vad hände först?'],
  order: ['Put them in order', 'Sätt dem i ordning'],
  what: ['What happened then?', 'Vad hände då?'],
  who: ['Who was it?', 'Vem var det?'],
  'same-month': ['Which two in the same month?', 'Vilka två samma månad?'],
  'how-long': ['How many months between?', 'Hur många månader emellan?'],
  'true-false': ['True or false?', 'Sant eller falskt?'],
  'who-said': ['Who said it?', 'Vem sa det?'],
  year: ['Fill in the year', 'Fyll i året'],
  next: ['What came next?', 'Vad kom sedan?'],
};

const sub = (en: [string, string], sv: [string, string], options: APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption => ({
  type: Option.Subcommand,
  ...localized(en, sv),
  options,
});

/** /quiz: drill the timeline together in a channel, or alone in practice. */
export const quizDefinition = {
  ...localized(['quiz', 'Drill the timeline: a quiz in this channel, your practice, the leaderboard'], ['quiz', 'Öva på tidslinjen: frågesport i kanalen, egen övning, topplistan']),
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  options: [
    sub(['start', 'Start a quiz in this channel; everyone may answer'], ['starta', 'Starta en frågesport i kanalen; alla får svara'], [
      {
        type: Option.Integer,
        ...localized(['rounds', `How many questions (${ROUNDS.min}–${ROUNDS.max}, default ${ROUNDS.default})`], ['omgångar', `Hur många frågor (${ROUNDS.min}–${ROUNDS.max}, annars ${ROUNDS.default})`]),
        min_value: ROUNDS.min,
        max_value: ROUNDS.max,
      },
      {
        type: Option.String,
        ...localized(['kind', 'Only one kind of question'], ['sort', 'Bara en sorts fråga']),
        choices: QUIZ_KINDS.map((kind) => ({ name: kindNames[kind][0], name_localizations: { 'sv-SE': kindNames[kind][1] }, value: kind })),
      },
      ...periodOptionDefinitions,
      {
        type: Option.Integer,
        ...localized(['seconds', `Time to answer each question (${SECONDS.min}–${SECONDS.max}, default ${SECONDS.default})`], ['sekunder', `Tid att svara på varje fråga (${SECONDS.min}–${SECONDS.max}, annars ${SECONDS.default})`]),
        min_value: SECONDS.min,
        max_value: SECONDS.max,
      },
    ]),
    sub(['stop', 'Stop the quiz in this channel (its starter or a moderator)'], ['stoppa', 'Stoppa frågesporten i kanalen (den som startade eller en moderator)']),
    sub(['leaderboard', "This server's best quiz players"], ['topplista', 'Serverns bästa spelare'], [
      {
        type: Option.String,
        ...localized(['period', 'The last 7 days or all time (default: the last 7 days)'], ['period', 'De senaste 7 dagarna eller hela tiden (annars de senaste 7 dagarna)']),
        choices: [
          { name: 'the last 7 days', name_localizations: { 'sv-SE': 'de senaste 7 dagarna' }, value: 'week' },
          { name: 'all time', name_localizations: { 'sv-SE': 'hela tiden' }, value: 'all' },
        ],
      },
    ]),
    sub(['stats', "A member's quiz record (default: yours)"], ['statistik', 'En medlems resultat (annars ditt)'], [
      { type: Option.User, ...localized(['user', 'Whose record'], ['användare', 'Vems resultat']) },
    ]),
    sub(['practice', 'A private drill: what you got wrong comes back sooner'], ['öva', 'En egen övning: det du svarat fel på kommer tillbaka snabbare']),
  ],
} satisfies CommandDefinition;
