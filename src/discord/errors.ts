/**
 * A problem the user can fix (bad input, too many requests, a stale button). Its message is
 * already in the user's language and is shown to them alone; it is not logged as a failure.
 */
export class UserError extends Error {
  override name = 'UserError';
}
