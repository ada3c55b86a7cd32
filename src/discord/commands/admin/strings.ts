import type { Locale } from '../../i18n.ts';

/** /admin's own wording; what the moderation service refuses is worded in `moderation/messages.ts`. */
const en = {
  unavailable: 'Moderation needs the database, which this bot runs without.',
  guildOnly: '/admin works in a server, where its changes belong.',
  notModerator: 'Only moderators can use /admin: members with Manage Server, or with the moderator role set in /admin settings.',
  needsMetadata: 'With a file, give its title and published date too.',
  unreadable: (detail: string) =>
    `This server's stored data cannot be read, so questions here get no answer until it is repaired. ${detail}. To repair it: /admin export, correct or remove that entry in the file, then /admin import the file (the audit keeps what it replaces).`,
  documents: {
    added: (title: string) => `Added: ${title}`,
    shown: (title: string) => title,
    found: (passages: number, events: number) => `${passages} passages and ${events} dated events found. Questions in this server see it now.`,
    passages: 'Passages (what answers quote)',
    events: 'Dated events',
    uncertain: 'Uncertain dates to review (/admin review)',
    none: 'None.',
    listTitle: 'Documents added in this server',
    listEmpty: 'No documents added in this server yet. Add one with /admin documents add.',
    removed: (title: string) => `Removed “${title}” with its events: it is gone from answers, the timeline and autocomplete.`,
    formTitle: 'Add a document',
    form: { title: 'Title', published: 'Published (YYYY, YYYY-MM or YYYY-MM-DD)', publisher: 'Publisher (optional)', language: 'Language: en or sv (empty: detect)', text: 'Text (longer texts: attach a file)' },
  },
  events: {
    added: 'Event added',
    changed: 'Event changed',
    removed: 'Event removed',
    merged: 'Events merged',
    queue: 'Dates waiting for review',
    queueEmpty: 'No dates wait for review.',
    approved: 'Date approved',
    corrected: 'Date corrected',
    rejected: 'Event rejected',
    more: (n: number) => `… and ${n} more`,
  },
  feedback: { title: 'Answers marked 👎', empty: 'No 👎 yet.' },
  quiz: {
    listTitle: (n: number) => `Quiz questions in this server (${n})`,
    empty: 'No quiz questions match.',
    marks: { hide: 'hidden', edit: 'edited', add: 'your own' } as Record<'hide' | 'edit' | 'add', string>,
    hidden: 'Question hidden: it will not be asked in this server again. Quizzes running now keep theirs.',
    restored: 'Question restored as generated.',
    edited: 'Question changed: quizzes started from now on ask it so. Quizzes running now keep theirs.',
    added: 'Question added: quizzes in this server may ask it from now on.',
    hide: 'Hide this question',
  },
  quizReports: {
    title: 'Quiz questions reported 🚩',
    empty: 'No quiz question has been reported.',
    answer: 'Answer',
    reason: 'Reason',
    by: (user: string, at: string, session: string | null) => `Reported by ${user} on ${at}, ${session ? `in quiz ${session}` : 'in practice'}`,
  },
  settings: {
    title: 'Settings',
    role: (role: string | null) => (role ? `Moderator role: <@&${role}>` : 'Moderator role: none (only members with Manage Server).'),
  },
  exported: (documents: number, events: number) => `This server's ${documents} documents and ${events} event changes, as JSON. Keep it as a backup, or /admin import it.`,
  imported: (documents: number, added: number, changes: number) => `Imported ${documents} documents, ${added} added events and ${changes} event changes. They replace what this server had; /admin audit keeps the old state.`,
  audit: { title: 'Latest changes', empty: 'Nothing recorded yet.', before: 'before', after: 'after' },
};

export type AdminStrings = typeof en;

const sv: AdminStrings = {
  unavailable: 'Moderering kräver databasen, som den här boten körs utan.',
  guildOnly: '/admin fungerar på en server, där ändringarna hör hemma.',
  notModerator: 'Bara moderatorer kan använda /admin: medlemmar med Hantera server, eller med moderatorrollen som anges i /admin inställningar.',
  needsMetadata: 'Ange också titel och publiceringsdatum när du bifogar en fil.',
  unreadable: (detail: string) =>
    `Serverns sparade data kan inte läsas, så frågor här får inget svar förrän det är åtgärdat. ${detail}. Åtgärda så här: /admin exportera, rätta eller ta bort posten i filen och /admin importera sedan filen (loggen behåller det som ersätts).`,
  documents: {
    added: (title: string) => `Tillagt: ${title}`,
    shown: (title: string) => title,
    found: (passages: number, events: number) => `${passages} stycken och ${events} daterade händelser hittades. Frågor på den här servern ser det nu.`,
    passages: 'Stycken (det som svaren citerar)',
    events: 'Daterade händelser',
    uncertain: 'Osäkra datum att granska (/admin granskning)',
    none: 'Inga.',
    listTitle: 'Dokument som lagts till på den här servern',
    listEmpty: 'Inga dokument har lagts till här ännu. Lägg till ett med /admin dokument lägg-till.',
    removed: (title: string) => `Tog bort ”${title}” med dess händelser: det finns inte längre i svar, tidslinje eller autokomplettering.`,
    formTitle: 'Lägg till ett dokument',
    form: { title: 'Titel', published: 'Publicerad (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)', publisher: 'Utgivare (valfritt)', language: 'Språk: en eller sv (tomt: känns igen)', text: 'Text (längre texter: bifoga en fil)' },
  },
  events: {
    added: 'Händelse tillagd',
    changed: 'Händelse ändrad',
    removed: 'Händelse borttagen',
    merged: 'Händelser sammanslagna',
    queue: 'Datum som väntar på granskning',
    queueEmpty: 'Inga datum väntar på granskning.',
    approved: 'Datum godkänt',
    corrected: 'Datum rättat',
    rejected: 'Händelse avvisad',
    more: (n: number) => `… och ${n} till`,
  },
  feedback: { title: 'Svar markerade med 👎', empty: 'Inga 👎 ännu.' },
  quiz: {
    listTitle: (n) => `Frågor på den här servern (${n})`,
    empty: 'Inga frågor matchar.',
    marks: { hide: 'dold', edit: 'ändrad', add: 'egen' },
    hidden: 'Frågan är dold: den ställs inte igen på den här servern. Frågesporter som pågår behåller sina.',
    restored: 'Frågan är återställd som den genererades.',
    edited: 'Frågan är ändrad: frågesporter som startas härefter ställer den så. Frågesporter som pågår behåller sina.',
    added: 'Frågan är tillagd: frågesporter på den här servern kan ställa den härefter.',
    hide: 'Dölj frågan',
  },
  quizReports: {
    title: 'Rapporterade frågor 🚩',
    empty: 'Ingen fråga har rapporterats.',
    answer: 'Svar',
    reason: 'Skäl',
    by: (user, at, session) => `Rapporterad av ${user} den ${at}, ${session ? `i frågesport ${session}` : 'i övning'}`,
  },
  settings: {
    title: 'Inställningar',
    role: (role: string | null) => (role ? `Moderatorroll: <@&${role}>` : 'Moderatorroll: ingen (bara medlemmar med Hantera server).'),
  },
  exported: (documents: number, events: number) => `Serverns ${documents} dokument och ${events} händelseändringar som JSON. Spara som säkerhetskopia, eller importera med /admin importera.`,
  imported: (documents: number, added: number, changes: number) => `Importerade ${documents} dokument, ${added} tillagda händelser och ${changes} händelseändringar. De ersätter det servern hade; /admin logg behåller det gamla.`,
  audit: { title: 'Senaste ändringarna', empty: 'Inget registrerat ännu.', before: 'före', after: 'efter' },
};

export function adminStrings(locale: Locale): AdminStrings {
  return locale === 'sv' ? sv : en;
}
