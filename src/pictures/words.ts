/** The pictures' own wording, in English and Swedish. Summaries and dates come from the core. */
export type PictureLanguage = 'en' | 'sv';

const en = {
  timelineTitle: (period: string) => `Russia–Turkey relations, ${period}`,
  timelineSubtitle: (events: number) => `${events} events in the documents, in date order from the top; neutral ones stand where there is room`,
  labelledPart: (first: number, last: number, events: number) =>
    `${events} events in the documents; those of this page (${first}–${last}) have labels`,
  tones: { cooperation: 'cooperation', conflict: 'conflict', neutral: 'neutral' },
  columns: { cooperation: 'Cooperation', conflict: 'Conflict' },
  inferred: 'date inferred',
  disputed: 'sources differ on the date',
  span: 'known to the month or year',
  barometerTitle: (period: string) => `Cooperation against conflict per quarter, ${period}`,
  barometerScale: 'Each event scores +1 (cooperation), −1 (conflict) or 0 (neutral); bars add them up per quarter',
  net: 'net (sum of the quarter)',
  unplaced: (events: number) => `${events} ${events === 1 ? 'event is' : 'events are'} dated only to a year and in no bar`,
  empty: 'No events in this period',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export type PictureWords = typeof en;

const sv: PictureWords = {
  timelineTitle: (period) => `Relationerna Ryssland–Turkiet, ${period}`,
  timelineSubtitle: (events) => `${events} händelser i dokumenten, i datumordning uppifrån; neutrala står där det finns plats`,
  labelledPart: (first, last, events) => `${events} händelser i dokumenten; den här sidans (${first}–${last}) har text`,
  tones: { cooperation: 'samarbete', conflict: 'konflikt', neutral: 'neutral' },
  columns: { cooperation: 'Samarbete', conflict: 'Konflikt' },
  inferred: 'datum härlett',
  disputed: 'källorna anger olika datum',
  span: 'känt till månad eller år',
  barometerTitle: (period) => `Samarbete mot konflikt per kvartal, ${period}`,
  barometerScale: 'Varje händelse ger +1 (samarbete), −1 (konflikt) eller 0 (neutral); staplarna summerar per kvartal',
  net: 'netto (kvartalets summa)',
  unplaced: (events) => `${events} ${events === 1 ? 'händelse är daterad' : 'händelser är daterade'} bara till ett år och finns inte i någon stapel`,
  empty: 'Inga händelser under perioden',
  months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

export function pictureWords(language: PictureLanguage): PictureWords {
  return language === 'sv' ? sv : en;
}
