/** The bot's own wording. Corpus text (answers, quotes, summaries) is never translated here. */
export type Locale = 'en' | 'sv';

/** Discord sends the user's client language; only Swedish gets its own wording. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'sv-SE' ? 'sv' : 'en';
}

const en = {
  errors: {
    unknownCommand: 'I do not know that command. Type /help to see what I can do.',
    staleButton: 'This button belongs to a message I can no longer follow (it may predate a restart). Please run the command again.',
    unsupported: 'I cannot handle that kind of interaction.',
    internal: (id: string) =>
      `Sorry, something went wrong on my side. If it happens again, give a moderator this error id: ${id}`,
    rateLimited: (seconds: number) =>
      `You are asking faster than I can answer everyone fairly. Please wait ${seconds} s before your next question.`,
    missing: (option: string) => `Please fill in the “${option}” option.`,
    empty: (option: string) =>
      `The “${option}” option is empty once formatting, mentions and invisible characters are removed. Please type plain words.`,
    tooLong: (option: string, max: number) => `The “${option}” option is too long: at most ${max} characters, please.`,
    badDate: (option: string) =>
      `The “${option}” option must be a year (2016), a month (2016-06) or a day (2016-06-27).`,
    dateOrder: (from: string, to: string) => `“from” (${from}) comes after “to” (${to}). Swap them and try again.`,
    noEvent: (typed: string, listed: boolean) =>
      `No event matches “${typed}”. ${listed ? 'Pick one from the list that appears as you type.' : 'Try other words, or see the events with /timeline.'}`,
    stillLoading: "This server's own documents are still being loaded (the bot has just started). Please try again in a moment.",
    serverData:
      "This server's own documents and events cannot be read right now, so I cannot answer here. A moderator sees what is wrong in any /admin command and can repair it with /admin export and /admin import.",
    download: (name: string) => `I could not download “${name}” from Discord. Please attach it again, or try again in a minute.`,
    brokenText: (option: string) =>
      `The “${option}” option contains a broken character (half of a UTF-16 surrogate pair). Please type or paste it again.`,
  },
  ask: {
    date: 'Date',
    noDate: 'The documents give no date for this.',
    disagreement: 'The sources disagree',
    footer: 'Quotes are verbatim from the documents. Press Sources for the full passages.',
    sourcesButton: 'Sources',
    sourcesTitle: 'Full passages',
    feedbackThanks: (vote: string) =>
      `Thank you. Your ${vote} is recorded with the question and its citations for the moderators to review.`,
  },
  citation: {
    published: 'published',
    inferred: 'date inferred',
    unknownPublisher: 'publisher unknown',
    gloss: 'In English:',
  },
  when: {
    date: 'Date',
    certainty: { stated: 'stated in the text', inferred: 'inferred from the text', uncertain: 'uncertain', reviewed: 'reviewed by a moderator' },
    disagreement: 'The sources disagree on the date',
    says: 'says',
    closest: (typed: string) => `The event closest to “${typed}”:`,
  },
  timeline: {
    title: 'Timeline',
    from: 'from',
    to: 'to',
    about: 'about',
    empty: 'No events found for this period.',
    page: (page: number, pages: number, count: number) => `Page ${page} of ${pages} · ${count} events`,
    previous: 'Previous',
    next: 'Next',
    disputed: 'sources disagree; see /when',
    sources: 'Sources',
    pictureAlt: (cooperation: number, conflict: number, neutral: number) =>
      `Timeline picture: ${cooperation} cooperation events left of a time ribbon, ${conflict} conflict events right of it, ${neutral} neutral ones where there is room.`,
  },
  barometer: {
    title: 'Barometer',
    scale: 'Each event scores +1 (▲ cooperation), −1 (◆ conflict) or 0 (● neutral); a quarter adds up its events.',
    total: (net: string, cooperation: number, conflict: number, neutral: number) =>
      `Over the period: net ${net} (${cooperation} cooperation, ${conflict} conflict, ${neutral} neutral events).`,
    quarter: (quarter: string, net: string, cooperation: string, conflict: string) => `${quarter} · net ${net} (▲ ${cooperation}, ◆ ${conflict})`,
    unplaced: 'Dated only to a year, so in no bar',
    sources: 'Sources ([n] after an event)',
    more: (quarters: number) => `${quarters} more quarters: narrow the period with “from” and “to”.`,
    empty: 'No events found for this period.',
    pictureAlt: (quarters: number, best: string, worst: string) =>
      `Bar chart of ${quarters} quarters: cooperation up, conflict down, net as a line. Most cooperative quarter ${best}; most conflictual ${worst}.`,
  },
  sources: {
    title: 'The documents',
    publisher: 'Publisher',
    published: 'Published',
    language: 'Language',
    notes: 'Notes',
    unknown: 'unknown',
    languages: { en: 'English', sv: 'Swedish' },
  },
  help: {
    title: 'Relations bot',
    intro:
      'I answer questions about Russia–Turkey relations since 2015 by quoting news documents (see /sources). Every date I give comes with the lines that state it.',
  },
};

export type Strings = typeof en;

const sv: Strings = {
  errors: {
    unknownCommand: 'Det kommandot känner jag inte till. Skriv /hjälp för att se vad jag kan.',
    staleButton: 'Den här knappen hör till ett meddelande som jag inte längre kan följa (kanske från före en omstart). Kör kommandot igen.',
    unsupported: 'Den sortens interaktion kan jag inte hantera.',
    internal: (id: string) =>
      `Förlåt, något gick fel hos mig. Om det händer igen, ge en moderator det här fel-id:t: ${id}`,
    rateLimited: (seconds: number) =>
      `Du frågar snabbare än jag hinner svara alla rättvist. Vänta ${seconds} s innan nästa fråga.`,
    missing: (option: string) => `Fyll i alternativet ”${option}”.`,
    empty: (option: string) =>
      `Alternativet ”${option}” blir tomt när formatering, omnämnanden och osynliga tecken tas bort. Skriv vanliga ord.`,
    tooLong: (option: string, max: number) => `Alternativet ”${option}” är för långt: högst ${max} tecken.`,
    badDate: (option: string) =>
      `Alternativet ”${option}” ska vara ett år (2016), en månad (2016-06) eller en dag (2016-06-27).`,
    dateOrder: (from: string, to: string) => `”från” (${from}) kommer efter ”till” (${to}). Byt plats på dem och försök igen.`,
    noEvent: (typed: string, listed: boolean) =>
      `Ingen händelse matchar ”${typed}”. ${listed ? 'Välj en i listan som visas medan du skriver.' : 'Prova andra ord, eller se händelserna med /tidslinje.'}`,
    stillLoading: 'Den här serverns egna dokument läses fortfarande in (boten har nyss startat). Försök igen om en stund.',
    serverData:
      'Den här serverns egna dokument och händelser kan inte läsas just nu, så jag kan inte svara här. En moderator ser vad som är fel i varje /admin-kommando och kan åtgärda det med /admin exportera och /admin importera.',
    download: (name: string) => `Jag kunde inte hämta ”${name}” från Discord. Bifoga filen igen, eller försök igen om en minut.`,
    brokenText: (option: string) =>
      `Alternativet ”${option}” innehåller ett trasigt tecken (halva ett UTF-16-surrogatpar). Skriv eller klistra in det igen.`,
  },
  ask: {
    date: 'Datum',
    noDate: 'Dokumenten anger inget datum för detta.',
    disagreement: 'Källorna är oense',
    footer: 'Citaten är ordagranna ur dokumenten. Tryck på Källor för hela styckena.',
    sourcesButton: 'Källor',
    sourcesTitle: 'Hela styckena',
    feedbackThanks: (vote: string) =>
      `Tack. Din ${vote} sparas med frågan och dess källhänvisningar så att moderatorerna kan granska den.`,
  },
  citation: {
    published: 'publicerad',
    inferred: 'datum härlett',
    unknownPublisher: 'okänd utgivare',
    gloss: 'På engelska:',
  },
  when: {
    date: 'Datum',
    certainty: { stated: 'anges i texten', inferred: 'härlett ur texten', uncertain: 'osäkert', reviewed: 'granskat av en moderator' },
    disagreement: 'Källorna är oense om datumet',
    says: 'anger',
    closest: (typed: string) => `Händelsen närmast ”${typed}”:`,
  },
  timeline: {
    title: 'Tidslinje',
    from: 'från',
    to: 'till',
    about: 'om',
    empty: 'Inga händelser hittades för den perioden.',
    page: (page: number, pages: number, count: number) => `Sida ${page} av ${pages} · ${count} händelser`,
    previous: 'Föregående',
    next: 'Nästa',
    disputed: 'källorna är oense; se /när',
    sources: 'Källor',
    pictureAlt: (cooperation, conflict, neutral) =>
      `Tidslinje: ${cooperation} händelser av samarbete till vänster om ett tidsband, ${conflict} av konflikt till höger, ${neutral} neutrala där det finns plats.`,
  },
  barometer: {
    title: 'Barometer',
    scale: 'Varje händelse ger +1 (▲ samarbete), −1 (◆ konflikt) eller 0 (● neutral); ett kvartal summerar sina händelser.',
    total: (net, cooperation, conflict, neutral) =>
      `Under perioden: netto ${net} (${cooperation} samarbete, ${conflict} konflikt, ${neutral} neutrala händelser).`,
    quarter: (quarter, net, cooperation, conflict) => `${quarter} · netto ${net} (▲ ${cooperation}, ◆ ${conflict})`,
    unplaced: 'Daterade bara till ett år, så i ingen stapel',
    sources: 'Källor ([n] efter en händelse)',
    more: (quarters) => `${quarters} kvartal till: begränsa perioden med ”från” och ”till”.`,
    empty: 'Inga händelser hittades för den perioden.',
    pictureAlt: (quarters, best, worst) =>
      `Stapeldiagram över ${quarters} kvartal: samarbete uppåt, konflikt nedåt, netto som linje. Mest samarbete ${best}; mest konflikt ${worst}.`,
  },
  sources: {
    title: 'Dokumenten',
    publisher: 'Utgivare',
    published: 'Publicerad',
    language: 'Språk',
    notes: 'Anmärkningar',
    unknown: 'okänd',
    languages: { en: 'engelska', sv: 'svenska' },
  },
  help: {
    title: 'Relationsboten',
    intro:
      'Jag svarar på frågor om relationerna mellan Ryssland och Turkiet sedan 2015 genom att citera nyhetsdokument (se /källor). Varje datum jag ger kommer med raderna som anger det.',
  },
};

export function strings(locale: Locale): Strings {
  return locale === 'sv' ? sv : en;
}
