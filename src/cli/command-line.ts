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
export const argumentProblem = (error: unknown): string =>
  (error as Error).message.replace(/\.?$/, '.').replace(/\. To specify .*$/, '.');
