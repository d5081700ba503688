import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<T extends Options> = { args: string[]; allowPositionals: true; options: T & { help: { type: 'boolean'; short: string } } };
/** What `readCommandLine` reads: the values by option, and the positionals. */
export type CommandLine<T extends Options> = ReturnType<typeof parseArgs<Config<T>>>;

/** Exit statuses, as for `validate`: done, a problem in the input, a mistake in the command line. */
export const OK = 0;
export const FAILED = 1;
export const USAGE_ERROR = 2;

/** Says what is wrong with a command line, and where its usage is; returns `USAGE_ERROR`. */
export function usageError(command: string, sentence: string): number {
  console.error(`glossary-elements: ${sentence}\nRun \`glossary-elements ${command} --help\` for usage.`);
  return USAGE_ERROR;
}

/** `node:util`'s `parseArgs` complaint as one sentence, without its hint about `--`. */
const argumentProblem = (error: unknown): string =>
  (error as Error).message.replace(/\.?$/, '.').replace(/\. To specify .*$/, '.');

/**
 * A command's arguments read against its `options` (with `-h, --help` added): the values and
 * positionals, or an exit status once a mistake is reported or the usage printed.
 */
export function readCommandLine<T extends Options>(command: string, usage: string, args: string[], options: T): CommandLine<T> | number {
  const config: Config<T> = { args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError(command, argumentProblem(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return OK;
  }
  return parsed;
}

/** Why a file (or folder) could not be read, in words, for the errors a reader can fix; else undefined. */
export function readFailure(error: unknown, what = 'file'): string | undefined {
  const reasons: Record<string, string> = { ENOENT: `no such ${what}`, EISDIR: 'it is a directory', EACCES: 'permission denied', EPERM: 'permission denied' };
  return reasons[(error as NodeJS.ErrnoException).code ?? ''];
}
