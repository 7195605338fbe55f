// What every command-line tool of the project shares: options parsed strictly (an unknown option,
// a missing value or a stray argument is an error, never ignored), checked numbers, and one way
// of answering bad usage ("<command>: <reason>", then the usage, on stderr, exit code 2) and
// --help / -h (the usage on stdout, exit code 0).
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** Bad usage: the message names the option and the value, and the command exits with code 2. */
export class UsageError extends Error {}

/** --help or -h was given: the command prints its usage and exits with code 0. */
export class HelpRequested extends Error {
  constructor() {
    super("help requested");
  }
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>
>;

/**
 * node's parseArgs message, on one line, without the hint that does not apply (it suggests `--`
 * for an unknown option) and, for an option followed by something that looks like an option
 * (`--n -5`), with the value it was given.
 */
function parseErrorMessage(e: unknown, argv: readonly string[]): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return message.replace(/\.\s.*$/s, "");
  const ambiguous = /^Option '(-[^' ]+)' argument is ambiguous/.exec(message);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && ambiguous) {
    const option = ambiguous[1]!;
    const next = argv.find((arg, i) => i > 0 && argv[i - 1] === option && arg.startsWith("-"));
    if (next !== undefined && /^-[\d.]/.test(next)) return `Option '${option}' needs a value, got "${next}" (to give a value starting with a dash, write ${option}=${next})`;
    if (next !== undefined) return `Option '${option}' needs a value, got the option "${next}"`;
  }
  return message.replace(/\s*\n\s*/g, " ");
}

/**
 * Parses argv strictly against options, with --help / -h added. Throws UsageError for an unknown
 * option, an option without its value, a value given to a flag, or any positional argument unless
 * `positionals` is set; throws HelpRequested for --help.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  options: O,
  { positionals = false }: { positionals?: boolean } = {},
): Parsed<O> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: positionals,
    });
  } catch (e) {
    throw new UsageError(parseErrorMessage(e, argv));
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested();
  return parsed as unknown as Parsed<O>;
}

/** The number a whole-number option gives: `fallback` when absent, else an integer from min to max. */
export function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  { min, max = Number.MAX_SAFE_INTEGER }: { min: number; max?: number },
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!value.trim() || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be a whole number ${range}, got "${value}"`);
  }
  return n;
}

/** The number an option gives: `fallback` when absent, else any finite number ≥ 0. */
export function nonNegativeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

/** The value of an option that takes one of a few words: `fallback` when absent. */
export function oneOf<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got "${value}"`);
  }
  return value as T;
}

/** Seeds feed 32-bit generators (`seed >>> 0`), so only 0 to 2³²−1 are distinct seeds. */
export const MAX_SEED = 0xffff_ffff;

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/**
 * Runs a command's main and returns its exit code: a UsageError prints "<command>: <reason>"
 * and the usage to stderr (2), HelpRequested the usage to stdout (0). Any other error is a bug
 * and is thrown on. A main that returns nothing succeeded (0).
 */
export async function runCommand(
  command: string,
  usage: string,
  main: () => number | void | Promise<number | void>,
  io: CommandIo = processIo,
): Promise<number> {
  try {
    return (await main()) ?? 0;
  } catch (e) {
    if (e instanceof HelpRequested) {
      io.out(`${usage.trimEnd()}\n`);
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(`${command}: ${e.message}\n\n${usage.trimEnd()}\n`);
      return 2;
    }
    throw e;
  }
}
