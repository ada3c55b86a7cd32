/** How often a state that announces no change of its own is looked at again. */
const lookAgainMs = 20;

/**
 * Resolves with what `check` returns once that is neither undefined nor false: a wait for a state
 * (a log line written, a heartbeat counted, a row saved) that nothing announces. It has no
 * deadline of its own, so a busy machine makes a test slower, never failed; the test's timeout
 * is the only limit. Its timer keeps no process alive.
 */
export function until<T>(check: () => T | undefined | false): Promise<T> {
  return new Promise((resolve, reject) => {
    const look = () => {
      try {
        const found = check();
        if (found !== undefined && found !== false) resolve(found);
        else setTimeout(look, lookAgainMs).unref();
      } catch (error) {
        reject(error);
      }
    };
    look();
  });
}
