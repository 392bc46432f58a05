/**
 * Runs the real `chronicle` CLI as a subprocess for the CLI tests: the sources are compiled once per test file
 * (tsc, into a private folder under test-artifacts/ so parallel test files and other builds do not collide).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Compiles src/ into a fresh folder and returns the path of its cli/main.js. */
export function buildCli(): { main: string; dir: string } {
  mkdirSync(join(REPO, 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(join(REPO, 'test-artifacts', 'cli-build-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir], {
      cwd: REPO,
      stdio: 'pipe',
    });
  } catch {
    // tsc still emits when another module has a type error; the type check proper is `npm run typecheck`.
  }
  const main = join(dir, 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`building the CLI did not produce ${main}`);
  return { main, dir };
}

/** Runs `node main.js ...args` with optional standard input; the environment pins a non-UTC zone. */
export function runCli(main: string, args: string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [main, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, TZ: 'America/New_York' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** True when the text looks like a stack trace ("    at foo (file.js:1:2)"). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}
