import { UsageError, type CommandInput, type CommandOutput } from './command.ts';

export type Action = (input: CommandInput, args: string[]) => Promise<CommandOutput>;

/**
 * `docs add …`, `events merge …`: the first positional picks the action, the rest are its
 * arguments. Actions are looked up in a Map, so a name like `__proto__` or `constructor` is
 * unknown like any other.
 */
export function dispatch(command: string, actions: Record<string, Action>, fallback?: string) {
  const byName = new Map(Object.entries(actions));
  return (input: CommandInput): Promise<CommandOutput> => {
    const [name = fallback, ...args] = input.positionals;
    const action = name === undefined ? undefined : byName.get(name);
    if (!action) throw new UsageError(`${command} takes one of: ${[...byName.keys()].join(', ')}`);
    return action(input, args);
  };
}

/** The one id an action works on. */
export function oneId(args: string[], what: string): string {
  const [id, ...extra] = args;
  if (id === undefined || id.trim() === '') throw new UsageError(`give the ${what} id`);
  if (extra.length > 0) throw new UsageError(`one ${what} id only (got "${args.join(' ')}")`);
  return id.trim();
}
