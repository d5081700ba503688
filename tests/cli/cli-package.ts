import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '../..');

/**
 * The CLI laid out as npm ships it (bin/, dist/, package.json, and the checkout's node_modules for
 * its dependencies) in a temp folder, its dist/ compiled here from src/: no TypeScript at run time,
 * and no race with a build that is rewriting the checkout's dist/ meanwhile.
 */
async function packageTheCli(): Promise<{ work: string; cli: string }> {
  const work = mkdtempSync(join(tmpdir(), 'glossary-cli-'));
  const pkg = join(work, 'package');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'bin/glossary-elements.mjs'), join(pkg, 'bin/glossary-elements.mjs'));
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const tsconfig = join(work, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.build.json'),
      compilerOptions: { rootDir: join(ROOT, 'src'), outDir: join(pkg, 'dist'), declaration: false, declarationMap: false, sourceMap: false },
      include: [],
      files: ['src/internal/platform.d.ts', 'src/data/parse.ts', 'src/cli/import-command.ts', 'src/cli/pages-command.ts', 'src/cli/script-end.ts'].map((file) => join(ROOT, file)),
    }),
  );
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', tsconfig]);
  // Stand-ins for the bundles `pages` copies into a site (Vite builds the real ones).
  for (const script of ['glossary-elements.iife.js', 'glossary-elements.purify.js']) writeFileSync(join(pkg, 'dist', script), `// ${script}\n`);
  return { work, cli: join(pkg, 'bin/glossary-elements.mjs') };
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `command` (a CLI script) with node in `cwd`, with `files` written there first. */
export function runCli(command: string, cwd: string, args: string[], files: Record<string, string> = {}): Promise<Run> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [command, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/**
 * The packaged CLI for one test file: made before its tests and removed after them. `packaged`
 * holds the temp folder and the CLI script once made; `run` runs a command line there.
 */
export function usePackagedCli() {
  const packaged = { work: '', cli: '' };
  beforeAll(async () => {
    Object.assign(packaged, await packageTheCli());
  }, 120_000);
  afterAll(() => rmSync(packaged.work, { recursive: true, force: true }));
  /** Runs the CLI in the temp folder (so file names print short), with `files` written there first. */
  const run = (args: string[], files: Record<string, string> = {}, command = packaged.cli): Promise<Run> =>
    runCli(command, packaged.work, args, files);
  return { packaged, run };
}
