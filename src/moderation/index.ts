/** The moderators' operations: one service layer that `/admin` and the CLI both call. */
export { type Actor, type Moderation } from './context.ts';
export { addDocument, listDocuments, removeDocument, showDocument, type DocumentReport, type DocumentSummary, type NewDocument } from './documents.ts';
export { addEvent, editEvent, listEvents, mergeEvents, removeEvent, type EventEdit, type NewEvent } from './events.ts';
export { exportServer, importServer, MAX_IMPORT_BYTES, type ImportReport } from './exchange.ts';
export { describeNotice, describeProblem } from './messages.ts';
export { ModerationError } from './problems.ts';
export { auditLog, recordRefusal } from './audit.ts';
export { downvotes } from './feedback.ts';
export { setModeratorRole, settingsOf } from './settings.ts';
export { approveDate, correctDate, inReview, rejectEvent, reviewQueue } from './review.ts';
export { MAX_DOCUMENT_BYTES, pastedUpload, type Upload } from './upload.ts';
export { addQuestion, editQuestion, hideQuestion, listQuestions, restoreQuestion, showQuestion, type CuratedEntry, type NewQuestion, type QuestionEdit } from './quiz.ts';
