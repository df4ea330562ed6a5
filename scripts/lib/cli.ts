// Command lines of the project's scripts, parsed by Node's own parser (node:util parseArgs): every
// command answers --help with its usage and starts nothing, and refuses an option it does not know.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The command line `argv` as `options` describe it. `--help`/`-h` prints `usage` and exits 0; an
 * unknown option, a missing value or a stray word prints the problem and the usage and exits 2.
 */
export function parseCommandLine<O extends Options>(usage: string, options: O, { positionals = 0, argv = process.argv.slice(2) } = {}) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: positionals > 0 });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    if (parsed.positionals.length > positionals) throw new Error(`Unexpected argument "${parsed.positionals[positionals]}"`);
    return parsed as { values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string }; positionals: string[] };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
