import type { Locale } from '../../i18n.ts';

/** Plural by count: `[one, many]`. */
const plural = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * The wording of /quiz practice, leaderboard and stats and of the 🚩 reports. The questions
 * come in the quiz's language from src/quiz/wording.ts.
 */
const en = {
  unavailable: 'Quiz records need the database, which this bot runs without.',
  guildOnly: 'The quiz records belong to a server: use this in one.',
  units: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'] } as Record<'minute' | 'hour' | 'day', readonly [string, string]>,
  in: (span: string) => `in ${span}`,
  practice: {
    title: 'Practice',
    newCard: 'A new card. Questions you get wrong come back sooner; only you see this drill.',
    dueCard: 'A card due again. Questions you get wrong come back sooner; only you see this drill.',
    right: 'Right',
    wrong: 'Not quite',
    yours: 'You answered',
    answer: 'The answer',
    back: (when: string) => `This card comes back ${when}.`,
    next: 'Next',
    answeredAlready: 'You already answered this question; your first answer counts.',
    changed: 'That question can no longer be asked: the events it was about have changed since. Here is another one.',
    done: (when: string | null) =>
      when === null ? 'There is nothing to practise: no event here can be made into a question.' : `You have drilled every card for now. The next one is due ${when}; come back then with /quiz practice.`,
  },
  leaderboard: {
    title: (week: boolean): string => (week ? 'Quiz leaderboard · the last 7 days' : 'Quiz leaderboard · all time'),
    empty: (week: boolean): string => (week ? 'No quiz answers in the last 7 days. Start one with /quiz start.' : 'No quiz answers yet. Start one with /quiz start.'),
    line: (rank: string, user: string, points: number, correct: number, answered: number) => `${rank} ${user} · ${plural(points, ['point', 'points'])} · ${correct} of ${answered} right`,
  },
  stats: {
    title: 'Quiz record',
    of: (user: string) => `The quiz record of ${user} in this server.`,
    sessions: 'Quizzes played',
    answers: 'Answers',
    right: 'Right answers',
    points: 'Points',
    bestStreak: 'Best streak',
    due: 'Practice cards due',
    share: (correct: number, answered: number) => (answered === 0 ? '0' : `${correct} (${Math.round((100 * correct) / answered)} %)`),
  },
  report: {
    thanks: 'Thanks, the moderators will look at it.',
    already: 'You already reported this question.',
    gone: 'That question can no longer be found, so it cannot be reported. Thank you all the same.',
    hidden: 'The moderators have hidden this question already; it will not be asked here again. Thank you all the same.',
  },
};

export type DrillStrings = typeof en;

const sv: DrillStrings = {
  unavailable: 'Frågesportens resultat kräver databasen, som den här boten körs utan.',
  guildOnly: 'Frågesportens resultat hör till en server: använd det på en.',
  units: { minute: ['minut', 'minuter'], hour: ['timme', 'timmar'], day: ['dag', 'dagar'] },
  in: (span) => `om ${span}`,
  practice: {
    title: 'Övning',
    newCard: 'Ett nytt kort. Frågor du svarar fel på kommer tillbaka snabbare; bara du ser den här övningen.',
    dueCard: 'Ett kort som är dags igen. Frågor du svarar fel på kommer tillbaka snabbare; bara du ser den här övningen.',
    right: 'Rätt',
    wrong: 'Inte riktigt',
    yours: 'Du svarade',
    answer: 'Svaret',
    back: (when) => `Kortet kommer tillbaka ${when}.`,
    next: 'Nästa',
    answeredAlready: 'Du har redan svarat på den här frågan; ditt första svar gäller.',
    changed: 'Den frågan kan inte längre ställas: händelserna den gällde har ändrats sedan dess. Här är en annan.',
    done: (when) =>
      when === null ? 'Det finns inget att öva på: ingen händelse här kan bli en fråga.' : `Du har övat på alla kort för tillfället. Nästa är dags ${when}; kom tillbaka då med /quiz öva.`,
  },
  leaderboard: {
    title: (week) => (week ? 'Topplista · de senaste 7 dagarna' : 'Topplista · hela tiden'),
    empty: (week) => (week ? 'Inga svar de senaste 7 dagarna. Starta en frågesport med /quiz starta.' : 'Inga svar ännu. Starta en frågesport med /quiz starta.'),
    line: (rank, user, points, correct, answered) => `${rank} ${user} · ${plural(points, ['poäng', 'poäng'])} · ${correct} av ${answered} rätt`,
  },
  stats: {
    title: 'Resultat',
    of: (user) => `Resultaten för ${user} på den här servern.`,
    sessions: 'Frågesporter',
    answers: 'Svar',
    right: 'Rätta svar',
    points: 'Poäng',
    bestStreak: 'Längsta svit',
    due: 'Övningskort att göra',
    share: (correct, answered) => (answered === 0 ? '0' : `${correct} (${Math.round((100 * correct) / answered)} %)`),
  },
  report: {
    thanks: 'Tack, moderatorerna tittar på det.',
    already: 'Du har redan rapporterat den här frågan.',
    gone: 'Den frågan finns inte längre, så den kan inte rapporteras. Tack ändå.',
    hidden: 'Moderatorerna har redan dolt den här frågan; den ställs inte här igen. Tack ändå.',
  },
};

export function drillStrings(locale: Locale): DrillStrings {
  return locale === 'sv' ? sv : en;
}

/** "in 10 minutes", "om 3 dagar": how long until `due`, rounded to a unit a reader thinks in. */
export function untilText(due: Date, now: Date, locale: Locale): string {
  const t = drillStrings(locale);
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return t.in(plural(minutes, t.units.minute));
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t.in(plural(hours, t.units.hour));
  return t.in(plural(Math.round(hours / 24), t.units.day));
}
