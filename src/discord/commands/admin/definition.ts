import {
  ApplicationCommandOptionType as Option,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
} from 'discord.js';
import { MAX_PUBLISHER, MAX_SUMMARY, MAX_TITLE } from '../../../moderation/fields.ts';
import { MAX_OPTION, MAX_STEM } from '../../../moderation/quiz.ts';
import { QUIZ_KINDS } from '../../../quiz/types.ts';
import { localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

/** Ids, dates and choices are at most 100 characters: what autocomplete can hand back. */
const ID_LENGTH = 100;

const text = (en: [string, string], sv: [string, string], extra: { required?: boolean; max?: number; autocomplete?: boolean } = {}) => ({
  type: Option.String as const,
  ...localized(en, sv),
  ...(extra.required && { required: true }),
  max_length: extra.max ?? ID_LENGTH,
  ...(extra.autocomplete && { autocomplete: true }),
});

const date = (required: boolean) => text(['date', 'YYYY, YYYY-MM or YYYY-MM-DD'], ['datum', 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'], { required, max: 10 });
const event = (required = true) => text(['event', 'Start typing to pick an event'], ['händelse', 'Börja skriva för att välja en händelse'], { required, autocomplete: true });
const tone = {
  type: Option.String as const,
  ...localized(['tone', 'Cooperation, conflict or neutral'], ['ton', 'Samarbete, konflikt eller neutral']),
  choices: [
    { name: 'cooperation', name_localizations: { 'sv-SE': 'samarbete' }, value: 'cooperation' },
    { name: 'conflict', name_localizations: { 'sv-SE': 'konflikt' }, value: 'conflict' },
    { name: 'neutral', name_localizations: { 'sv-SE': 'neutral' }, value: 'neutral' },
  ],
};
const question = () => text(['question', 'Start typing the question'], ['fråga', 'Börja skriva frågan'], { required: true, autocomplete: true });
const answerLetter = (required: boolean) => ({
  type: Option.String as const,
  ...localized(['answer', 'The right option'], ['svar', 'Rätt alternativ']),
  ...(required && { required: true }),
  choices: ['A', 'B', 'C', 'D'].map((letter) => ({ name: letter, value: letter })),
});
const language = {
  type: Option.String as const,
  ...localized(['language', 'The language of the question'], ['språk', 'Frågans språk']),
  choices: [
    { name: 'English', name_localizations: { 'sv-SE': 'engelska' }, value: 'en' },
    { name: 'Swedish', name_localizations: { 'sv-SE': 'svenska' }, value: 'sv' },
  ],
};
const summary = (required: boolean) => text(['summary', 'One sentence: what happened'], ['sammanfattning', 'En mening: vad hände'], { required, max: MAX_SUMMARY });
const file = (required: boolean, en: string, sv: string) => ({
  type: Option.Attachment as const,
  ...localized(['file', en], ['fil', sv]),
  ...(required && { required: true }),
});
const sub = (en: [string, string], sv: [string, string], options: APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption => ({
  type: Option.Subcommand,
  ...localized(en, sv),
  options,
});
const group = (en: [string, string], sv: [string, string], options: APIApplicationCommandSubcommandOption[]): APIApplicationCommandSubcommandGroupOption => ({
  type: Option.SubcommandGroup,
  ...localized(en, sv),
  options,
});

/**
 * /admin: the moderators' tools in one command. Discord shows it only to members with Manage
 * Server (`default_member_permissions`); the handler checks again, and also lets in the
 * server's moderator role.
 */
export const adminDefinition = {
  ...localized(['admin', 'Moderators: documents, events, review, feedback, settings, backup'], ['admin', 'Moderatorer: dokument, händelser, granskning, återkoppling, inställningar']),
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  // Discord's OpenAPI description has the bitfield as an integer, discord.js's types as a string; the API takes both.
  default_member_permissions: Number(PermissionFlagsBits.ManageGuild) as unknown as string,
  options: [
    group(['documents', "This server's own documents"], ['dokument', 'Serverns egna dokument'], [
      sub(['add', 'Add a .txt or .md file, or paste the text in a form'], ['lägg-till', 'Lägg till en .txt- eller .md-fil, eller klistra in texten i ett formulär'], [
        file(false, 'A .txt or .md file (leave out to paste the text)', 'En .txt- eller .md-fil (utelämna för att klistra in texten)'),
        text(['title', 'The headline'], ['titel', 'Rubriken'], { max: MAX_TITLE }),
        text(['published', 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD'], ['publicerad', 'Publiceringsdatum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'], { max: 10 }),
        text(['publisher', 'Who published it'], ['utgivare', 'Vem som gav ut det'], { max: MAX_PUBLISHER }),
        {
          type: Option.String,
          ...localized(['language', 'Detected from the text unless given'], ['språk', 'Känns igen ur texten om det inte anges']),
          choices: [
            { name: 'English', name_localizations: { 'sv-SE': 'engelska' }, value: 'en' },
            { name: 'Swedish', name_localizations: { 'sv-SE': 'svenska' }, value: 'sv' },
          ],
        },
      ]),
      sub(['list', 'The documents added here'], ['lista', 'Dokumenten som lagts till här']),
      sub(['show', 'A document: its passages and dated events'], ['visa', 'Ett dokument: dess stycken och daterade händelser'], [
        text(['document', 'Start typing its title'], ['dokument', 'Börja skriva titeln'], { required: true, autocomplete: true }),
      ]),
      sub(['remove', 'Remove a document and its events'], ['ta-bort', 'Ta bort ett dokument och dess händelser'], [
        text(['document', 'Start typing its title'], ['dokument', 'Börja skriva titeln'], { required: true, autocomplete: true }),
      ]),
    ]),
    group(['events', 'The timeline in this server'], ['händelser', 'Tidslinjen på den här servern'], [
      sub(['add', 'Date a verbatim quote of a passage'], ['lägg-till', 'Datera ett ordagrant citat ur ett stycke'], [
        text(['passage', 'Start typing words of the passage'], ['stycke', 'Börja skriva ord ur stycket'], { required: true, autocomplete: true }),
        date(true),
        summary(true),
        text(['quote', 'Verbatim part of the passage (default: all of it)'], ['citat', 'Ordagrann del av stycket (annars hela)'], { max: 1000 }),
        tone,
      ]),
      sub(['edit', "Change an event's date, summary or tone"], ['redigera', 'Ändra en händelses datum, sammanfattning eller ton'], [event(), date(false), summary(false), tone]),
      sub(['remove', 'Remove an event from the timeline and answers'], ['ta-bort', 'Ta bort en händelse ur tidslinjen och svaren'], [event()]),
      sub(['merge', 'Join two events that report the same happening'], ['slå-ihop', 'Slå ihop två händelser som rapporterar samma sak'], [
        event(),
        text(['with', 'The other event'], ['med', 'Den andra händelsen'], { required: true, autocomplete: true }),
      ]),
    ]),
    group(['review', 'Extracted events with uncertain dates'], ['granskning', 'Utdragna händelser med osäkra datum'], [
      sub(['list', 'The events waiting for review'], ['lista', 'Händelserna som väntar på granskning']),
      sub(['approve', 'The date is right'], ['godkänn', 'Datumet stämmer'], [event()]),
      sub(['correct', 'Set the right date'], ['rätta', 'Ange rätt datum'], [event(), date(true)]),
      sub(['reject', 'Not an event: remove it'], ['avvisa', 'Ingen händelse: ta bort den'], [event()]),
    ]),
    group(['quiz', "This server's quiz questions"], ['quiz', 'Serverns frågor i frågesporten'], [
      sub(['list', 'The questions, with their ids (hidden and edited ones marked)'], ['lista', 'Frågorna med deras id (dolda och ändrade markerade)'], [
        { type: Option.String as const, ...localized(['kind', 'Only one kind of question'], ['sort', 'Bara en sorts fråga']), choices: QUIZ_KINDS.map((k) => ({ name: k, value: k })) },
        language,
      ]),
      sub(['hide', 'Hide a question: it never comes back in this server'], ['dölj', 'Dölj en fråga: den kommer aldrig tillbaka på servern'], [question()]),
      sub(['restore', 'Put a hidden or edited question back as generated'], ['återställ', 'Återställ en dold eller ändrad fråga'], [question()]),
      sub(['edit', "Change a question's wording, options or answer"], ['redigera', 'Ändra en frågas formulering, alternativ eller svar'], [
        question(),
        text(['text', 'The new wording'], ['text', 'Den nya formuleringen'], { max: MAX_STEM }),
        text(['options', 'All the options, separated by |'], ['alternativ', 'Alla alternativ, åtskilda med |'], { max: 4 * MAX_OPTION + 3 }),
        answerLetter(false),
      ]),
      sub(['add', 'A question of your own, its answer cited from a passage'], ['lägg-till', 'En egen fråga, svaret citerat ur ett stycke'], [
        text(['text', 'The question'], ['text', 'Frågan'], { required: true, max: MAX_STEM }),
        text(['options', 'The options, separated by |'], ['alternativ', 'Alternativen, åtskilda med |'], { required: true, max: 4 * MAX_OPTION + 3 }),
        answerLetter(true),
        text(['passage', 'Start typing words of the passage that proves the answer'], ['stycke', 'Börja skriva ord ur stycket som visar svaret'], { required: true, autocomplete: true }),
        text(['quote', 'Verbatim part of the passage (default: all of it)'], ['citat', 'Ordagrann del av stycket (annars hela)'], { max: 1000 }),
        language,
      ]),
    ]),
    sub(['feedback', 'Answers marked 👎, with their question and citations'], ['återkoppling', 'Svar markerade med 👎, med fråga och källor']),
    sub(['quiz-reports', 'Quiz questions members flagged 🚩, with their answer and citation'], ['quizrapporter', 'Frågor som medlemmar flaggat med 🚩, med svar och källa']),
    sub(['settings', 'Who besides Manage Server may moderate'], ['inställningar', 'Vem utöver Hantera server som får moderera'], [
      { type: Option.Role, ...localized(['moderator-role', 'Members with this role may use /admin'], ['moderatorroll', 'Medlemmar med rollen får använda /admin']) },
      { type: Option.Boolean, ...localized(['clear-role', 'No moderator role any more'], ['ta-bort-roll', 'Ingen moderatorroll längre']) },
    ]),
    sub(['export', "This server's documents, events and settings as JSON"], ['exportera', 'Serverns dokument, händelser och inställningar som JSON']),
    sub(['import', 'Replace them with an export: all or nothing'], ['importera', 'Ersätt dem med en export: allt eller inget'], [
      file(true, 'A JSON file made by /admin export', 'En JSON-fil från /admin exportera'),
    ]),
    sub(['audit', 'The latest changes: who, when, what, before and after'], ['logg', 'De senaste ändringarna: vem, när, vad, före och efter']),
  ],
} satisfies CommandDefinition;
