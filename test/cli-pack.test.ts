/**
 * The `chronicle` bin as users get it: (1) `npm pack`, then the tarball installed into an empty folder; (2) a
 * fresh `git clone` with `npm ci` (whose `prepare` builds dist/). Slow (npm), so in its own file. Works offline
 * when the dependencies are in the npm cache (--prefer-offline), as they are after any install on the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, REPO, runCli } from './cli-harness.js';

const work = mkdtempSync(join(tmpdir(), 'chronicle-pack-'));
afterAll(() => removeDir(work));

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** The installed bin works: help, a resolution, and the packaged seed article. */
function expectWorkingBin(bin: string, seed: string, cwd: string): void {
  const help = runCli(bin, ['--help'], { cwd });
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: chronicle COMMAND/);
  const analysis = runCli(bin, ['analyze', seed, '--format', 'json'], { cwd });
  expect(analysis.stderr).toBe('');
  expect(analysis.status).toBe(0);
  expect(JSON.parse(analysis.stdout)).toMatchObject({ publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' });
  const bad = runCli(bin, ['analyze', 'missing.json'], { cwd });
  expect([bad.status, bad.stderr]).toEqual([1, 'chronicle analyze: missing.json: no such file\n']);
}

describe('packaging', () => {
  it('npm pack + npm install into an empty folder gives a working chronicle bin', () => {
    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    npm(['pack', '--pack-destination', packDir, '--loglevel=error'], REPO);
    const tarball = readdirSync(packDir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    npm(['install', ...NPM_FLAGS, join(packDir, tarball ?? '')], app);
    const bin = join(app, 'node_modules', '.bin', 'chronicle');
    expect(existsSync(bin)).toBe(true);
    // Run as a program (shebang + executable bit), not only through node.
    expect(execFileSync(bin, ['resolve', '--help'], { cwd: app, encoding: 'utf8' })).toMatch(/^Usage: chronicle resolve/);
    expectWorkingBin(bin, 'node_modules/chronicle/events/ap-2017-09-02-islamic-state-convoy.json', app);
  }, 300_000);

  it('a fresh clone builds the CLI on npm ci (prepare)', () => {
    const clone = join(work, 'clone');
    execFileSync('git', ['clone', '--quiet', REPO, clone], { stdio: 'pipe' });
    npm(['ci', ...NPM_FLAGS], clone);
    const main = join(clone, 'dist', 'cli', 'main.js');
    expect(existsSync(main)).toBe(true);
    expectWorkingBin(main, 'events/ap-2017-09-02-islamic-state-convoy.json', clone);
  }, 600_000);
});
