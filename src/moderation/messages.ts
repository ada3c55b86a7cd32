import type { DocumentNotice, Problem } from './problem.ts';

export type MessageLanguage = 'en' | 'sv';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const whatSv = { title: 'titeln', publisher: 'utgivaren', summary: 'sammanfattningen', question: 'frågan', option: 'alternativet', quote: 'citatet', text: 'texten' } as const;
const letters = (count: number) => 'ABCD'.slice(0, count).split('').join(', ');

function english(p: Problem): string {
  switch (p.code) {
    case 'file-type': return `“${p.name}” is not a .txt or .md file. Upload the text as .txt or .md, or paste it.`;
    case 'file-empty': return `“${p.name}” is empty: there is no text to add.`;
    case 'file-too-large': return `“${p.name}” is ${size(p.bytes)}; a document may be at most ${size(p.limit)}. Split it into parts.`;
    case 'file-binary': return `“${p.name}” is not plain text (it contains NUL bytes). Save it as plain text (UTF-8) and try again.`;
    case 'file-encoding': return `“${p.name}” is not valid UTF-8. Save it with UTF-8 encoding and try again.`;
    case 'no-passages': return `“${p.name}” has no sentences left to quote once cleaned.`;
    case 'title-missing': return 'The document needs a title.';
    case 'too-long': return `The ${p.what} is too long: at most ${p.max} characters.`;
    case 'bad-date': return `“${p.value}” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.`;
    case 'future-date': return `${p.value} is in the future.`;
    case 'bad-language': return `“${p.value}” is not a language I read: en (English) or sv (Swedish).`;
    case 'bad-tone': return `“${p.value}” is not a tone: cooperation, conflict or neutral.`;
    case 'duplicate-document': return `This text is already here as “${p.title}” (${p.id}).`;
    case 'no-document': return `No document “${p.id}” was added in this server.`;
    case 'bundled-document': return `“${p.id}” belongs to the bundled corpus, which moderators do not change.`;
    case 'no-event': return `No event “${p.id}” in this server's timeline.`;
    case 'no-passage': return `No passage “${p.id}” in this server's documents.`;
    case 'quote-not-verbatim': return `The quote is not verbatim text of passage ${p.passageId}: copy it exactly, or leave it out to quote the whole passage.`;
    case 'event-exists': return `An event already starts there (${p.id}): edit that one instead.`;
    case 'summary-missing': return 'The event needs a summary.';
    case 'nothing-to-change': return 'Give a new date, summary or tone.';
    case 'unchanged': return `${p.id} is already so: nothing was changed or recorded.`;
    case 'broken-text': return `The ${p.what} contains a broken character (half of a UTF-16 surrogate pair), which would be stored as “�”. Type or paste it again.`;
    case 'merge-self': return `${p.id} cannot be merged with itself.`;
    case 'not-in-review': return `${p.id} is not waiting for review: nothing about its date is in doubt.`;
    case 'no-question': return `No quiz question “${p.id}” in this server: /admin quiz list shows their ids.`;
    case 'question-hidden': return `Question ${p.id} is hidden in this server already; restore it to change it.`;
    case 'question-not-curated': return `Question ${p.id} is as generated: there is nothing to restore.`;
    case 'question-exists': return `This question is here already (${p.id}).`;
    case 'question-missing': return 'The question needs its wording.';
    case 'options-count': return `A question needs 2 to 4 options; ${p.count} were given (separate them with |).`;
    case 'options-repeat': return 'Two options say the same: every option must differ.';
    case 'bad-answer': return `“${p.value}” names no option: give the right one as a letter (${letters(p.count)}).`;
    case 'answer-not-cited': return `The quote does not state the answer “${p.answer}”: cite the passage that proves it.`;
    case 'question-invalid': return `The question does not meet the quiz rubric: ${p.detail}.`;
    case 'import-too-large': return `The import file is ${size(p.bytes)}; at most ${size(p.limit)}.`;
    case 'import-not-json': return `The import file is not JSON (${p.detail}).`;
    case 'import-invalid': return `The import file is not valid at ${p.path}: ${p.detail}.`;
    case 'import-item': return `In the import file, ${p.where}: ${english(p.problem)}`;
  }
}

function swedish(p: Problem): string {
  switch (p.code) {
    case 'file-type': return `”${p.name}” är ingen .txt- eller .md-fil. Ladda upp texten som .txt eller .md, eller klistra in den.`;
    case 'file-empty': return `”${p.name}” är tom: det finns ingen text att lägga till.`;
    case 'file-too-large': return `”${p.name}” är ${size(p.bytes)}; ett dokument får vara högst ${size(p.limit)}. Dela upp det.`;
    case 'file-binary': return `”${p.name}” är inte ren text (den innehåller NUL-byte). Spara den som ren text (UTF-8) och försök igen.`;
    case 'file-encoding': return `”${p.name}” är inte giltig UTF-8. Spara den med UTF-8-kodning och försök igen.`;
    case 'no-passages': return `”${p.name}” har inga meningar kvar att citera efter rensningen.`;
    case 'title-missing': return 'Dokumentet behöver en titel.';
    case 'too-long': return `${whatSv[p.what].replace(/^./u, (c) => c.toUpperCase())} är för lång: högst ${p.max} tecken.`;
    case 'bad-date': return `”${p.value}” är inget datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, t.ex. 2017-09-12.`;
    case 'future-date': return `${p.value} ligger i framtiden.`;
    case 'bad-language': return `”${p.value}” är inget språk jag läser: en (engelska) eller sv (svenska).`;
    case 'bad-tone': return `”${p.value}” är ingen ton: cooperation, conflict eller neutral.`;
    case 'duplicate-document': return `Den här texten finns redan som ”${p.title}” (${p.id}).`;
    case 'no-document': return `Inget dokument ”${p.id}” har lagts till på den här servern.`;
    case 'bundled-document': return `”${p.id}” hör till den medföljande korpusen, som moderatorer inte ändrar.`;
    case 'no-event': return `Ingen händelse ”${p.id}” i den här serverns tidslinje.`;
    case 'no-passage': return `Inget stycke ”${p.id}” i den här serverns dokument.`;
    case 'quote-not-verbatim': return `Citatet är inte ordagrann text ur stycke ${p.passageId}: kopiera det exakt, eller utelämna det för att citera hela stycket.`;
    case 'event-exists': return `En händelse börjar redan där (${p.id}): redigera den i stället.`;
    case 'summary-missing': return 'Händelsen behöver en sammanfattning.';
    case 'nothing-to-change': return 'Ange ett nytt datum, en ny sammanfattning eller ton.';
    case 'unchanged': return `${p.id} är redan så: inget ändrades eller registrerades.`;
    case 'broken-text': return `${whatSv[p.what].replace(/^./u, (c) => c.toUpperCase())} innehåller ett trasigt tecken (halva ett UTF-16-surrogatpar), som skulle sparas som ”�”. Skriv eller klistra in det igen.`;
    case 'merge-self': return `${p.id} kan inte slås ihop med sig själv.`;
    case 'not-in-review': return `${p.id} väntar inte på granskning: inget i datumet är tveksamt.`;
    case 'no-question': return `Ingen fråga ”${p.id}” på den här servern: /admin quiz lista visar deras id.`;
    case 'question-hidden': return `Fråga ${p.id} är redan dold på den här servern; återställ den för att ändra den.`;
    case 'question-not-curated': return `Fråga ${p.id} är som den genererades: det finns inget att återställa.`;
    case 'question-exists': return `Den här frågan finns redan (${p.id}).`;
    case 'question-missing': return 'Frågan behöver en formulering.';
    case 'options-count': return `En fråga behöver 2 till 4 alternativ; ${p.count} angavs (skilj dem åt med |).`;
    case 'options-repeat': return 'Två alternativ säger samma sak: alla alternativ måste skilja sig åt.';
    case 'bad-answer': return `”${p.value}” anger inget alternativ: ange rätt svar med en bokstav (${letters(p.count)}).`;
    case 'answer-not-cited': return `Citatet anger inte svaret ”${p.answer}”: citera stycket som visar det.`;
    case 'question-invalid': return `Frågan uppfyller inte frågesportens regler: ${p.detail}.`;
    case 'import-too-large': return `Importfilen är ${size(p.bytes)}; högst ${size(p.limit)}.`;
    case 'import-not-json': return `Importfilen är inte JSON (${p.detail}).`;
    case 'import-invalid': return `Importfilen är ogiltig vid ${p.path}: ${p.detail}.`;
    case 'import-item': return `I importfilen, ${p.where}: ${swedish(p.problem)}`;
  }
}

/** A refusal in the moderator's language: what is wrong and what to do instead. */
export function describeProblem(problem: Problem, language: MessageLanguage): string {
  return language === 'sv' ? swedish(problem) : english(problem);
}

/** A word about an accepted document, in the moderator's language. */
export function describeNotice(notice: DocumentNotice, language: MessageLanguage): string {
  const sv = language === 'sv';
  switch (notice.code) {
    case 'no-dated-events':
      return sv
        ? 'Inga daterade händelser hittades: texten kan citeras i svar men lägger inget till tidslinjen.'
        : 'No dated events were found in it: answers can quote it, but it adds nothing to the timeline.';
    case 'dates-alone':
      return sv
        ? `${notice.events.length} av händelserna är bara ett datum, utan något om vad som hände: ta bort dem eller lägg till en sammanfattning (${notice.events.join(', ')}).`
        : `${notice.events.length} of its events are a date alone, with nothing said of what happened: remove them or give them a summary (${notice.events.join(', ')}).`;
  }
}
