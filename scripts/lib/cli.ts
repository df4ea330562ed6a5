// Command lines of the project's scripts, parsed by Node's own parser (node:util parseArgs): every
// command answers --help with its usage and starts nothing, and refuses an option it does not know.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A command line the command cannot run: the problem, then the usage, on stderr; exit code 2. */
export function refuseCommandLine(usage: string, problem: string): never {
  console.error(`${problem}\n\n${usage}`);
  process.exit(2);
}

/**
 * The command line `argv` as `options` describe it. `--help`/`-h` prints `usage` and exits 0; an
 * unknown option, a missing value or a stray word prints the problem and the usage and exits 2.
 * At most `positionals` words are taken; with `required`, exactly that many (`required` is the
 * sentence that says what is missing).
 */
export function parseCommandLine<O extends Options>(
  usage: string,
  options: O,
  { positionals = 0, required, argv = process.argv.slice(2) }: { positionals?: number; required?: string; argv?: string[] } = {},
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    refuseCommandLine(usage, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (parsed.positionals.length > positionals) refuseCommandLine(usage, `Unexpected argument "${parsed.positionals[positionals]}"`);
  if (required && parsed.positionals.length < positionals) refuseCommandLine(usage, required);
  return parsed as { values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string }; positionals: string[] };
}
