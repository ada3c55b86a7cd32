/** Something a moderator asked for that cannot be done as asked; nothing was changed. */
export type Problem =
  | { code: 'file-type'; name: string }
  | { code: 'file-empty'; name: string }
  | { code: 'file-too-large'; name: string; bytes: number; limit: number }
  | { code: 'file-binary'; name: string }
  | { code: 'file-encoding'; name: string }
  | { code: 'no-passages'; name: string }
  | { code: 'title-missing' }
  | { code: 'too-long'; what: 'title' | 'publisher' | 'summary' | 'question' | 'option'; max: number }
  | { code: 'bad-date'; value: string }
  | { code: 'future-date'; value: string }
  | { code: 'bad-language'; value: string }
  | { code: 'bad-tone'; value: string }
  | { code: 'duplicate-document'; id: string; title: string }
  | { code: 'no-document'; id: string }
  | { code: 'bundled-document'; id: string }
  | { code: 'no-event'; id: string }
  | { code: 'no-passage'; id: string }
  | { code: 'quote-not-verbatim'; passageId: string }
  | { code: 'event-exists'; id: string }
  | { code: 'summary-missing' }
  | { code: 'nothing-to-change' }
  | { code: 'unchanged'; id: string }
  | { code: 'broken-text'; what: 'title' | 'publisher' | 'summary' | 'quote' | 'text' }
  | { code: 'merge-self'; id: string }
  | { code: 'not-in-review'; id: string }
  | { code: 'no-question'; id: string }
  | { code: 'question-hidden'; id: string }
  | { code: 'question-not-curated'; id: string }
  | { code: 'question-exists'; id: string }
  | { code: 'question-missing' }
  | { code: 'options-count'; count: number }
  | { code: 'options-repeat' }
  | { code: 'bad-answer'; value: string; count: number }
  | { code: 'answer-not-cited'; answer: string }
  | { code: 'question-invalid'; detail: string }
  | { code: 'import-too-large'; bytes: number; limit: number }
  | { code: 'import-not-json'; detail: string }
  | { code: 'import-invalid'; path: string; detail: string }
  | { code: 'import-item'; where: string; problem: Problem };

/** Something a moderator should know about what was accepted. */
export type DocumentNotice = { code: 'no-dated-events' } | { code: 'dates-alone'; events: string[] };
