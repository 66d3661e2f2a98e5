import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

/** Arguments a command cannot work with: the command prints them and its usage, and exits with 2. */
export class UsageError extends Error {}

/**
 * A command's `--options` (no positionals; `-h`/`--help` added), checked by `schema`: the parsed
 * values, `'help'`, or a UsageError naming each bad option with what was given.
 */
export function parseCliArgs<S extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
): z.infer<S> | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const { help: _help, ...rest } = values;
  const parsed = schema.safeParse(rest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const given = rest[name];
      return `--${name}: ${issue.message}${typeof given === 'string' ? ` (got "${given}")` : ''}`;
    });
    throw new UsageError(problems.join('\n'));
  }
  return parsed.data;
}
