/** Runs tasks one at a time, in the order they were given, whether earlier ones succeed or fail. */
export class Turns {
  private last: Promise<unknown> = Promise.resolve();

  take<T>(task: () => Promise<T>): Promise<T> {
    const turn = this.last.then(task);
    // The next task waits for this one to end, not for it to succeed.
    this.last = turn.catch(() => undefined);
    return turn;
  }
}
