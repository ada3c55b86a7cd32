/**
 * What must never be echoed of a database URL: the URL itself and its password, as written and
 * decoded. An escape that does not decode leaves out only what cannot be read.
 */
export function urlSecrets(url: string): string[] {
  const secrets = [url];
  try {
    const { password } = new URL(url);
    if (!password) return secrets;
    secrets.push(password);
    secrets.push(decodeURIComponent(password));
  } catch {
    // A URL or an escape that does not parse: what could be read of it is listed already.
  }
  return secrets;
}
