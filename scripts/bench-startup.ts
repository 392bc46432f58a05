/**
 * Start-up cost, what a command-line run or a page's first analysis pays: in a fresh Node process, the time to
 * import the library, then its first and second call on the example article (events/, the AP seed). Each
 * library's process loads nothing else before the clock starts; the figures are medians over several processes.
 * Used by `npm run bench` (scripts/bench.ts), which prints the table after the throughput one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface StartupResult {
  name: string;
  importMs: number;
  firstCallMs: number;
  secondCallMs: number;
}

/** The code run in the fresh process: `call` is an expression of `lib` and `article`. */
function childCode(importUrl: string, call: string, articlePath: string): string {
  return `
    import { readFileSync } from 'node:fs';
    const article = JSON.parse(readFileSync(${JSON.stringify(articlePath)}, 'utf8'));
    const t0 = performance.now();
    const lib = await import(${JSON.stringify(importUrl)});
    const t1 = performance.now();
    ${call};
    const t2 = performance.now();
    ${call};
    const t3 = performance.now();
    console.log('STARTUP ' + JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2 }));`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Start-up of Chronicle (from dist/) and chrono-node on `articleFile`, `runs` fresh processes each. */
export function measureStartup(root: string, articleFile: string, runs: number, command: (args: string[]) => [string, string[]]): StartupResult[] {
  const articlePath = join(root, articleFile);
  const chronoEntry = pathToFileURL(join(root, 'node_modules/chrono-node/dist/esm/index.js')).href;
  const contenders = [
    { name: 'chronicle (full analyze)', code: childCode(pathToFileURL(join(root, 'dist/index.js')).href, 'lib.analyze(article)', articlePath) },
    { name: 'chrono-node', code: childCode(chronoEntry, `lib.parse(article.text, new Date(article.publicationDate))`, articlePath) },
  ];
  JSON.parse(readFileSync(articlePath, 'utf8')); // a missing or broken article fails here, not in every child
  return contenders.map(({ name, code }) => {
    const samples: { importMs: number; firstCallMs: number; secondCallMs: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const [program, args] = command(['--input-type=module', '-e', code]);
      const child = spawnSync(program, args, { encoding: 'utf8', cwd: root });
      const line = child.stdout.split('\n').find((l) => l.startsWith('STARTUP '));
      if (child.status !== 0 || !line) throw new Error(`start-up of ${name} failed: ${(child.stderr || child.stdout).split('\n').find((l) => l.trim()) ?? 'no output'}`);
      samples.push(JSON.parse(line.slice('STARTUP '.length)) as StartupResult);
    }
    return {
      name,
      importMs: median(samples.map((s) => s.importMs)),
      firstCallMs: median(samples.map((s) => s.firstCallMs)),
      secondCallMs: median(samples.map((s) => s.secondCallMs)),
    };
  });
}

export function formatStartup(results: readonly StartupResult[], articleFile: string, runs: number): string {
  const rows = results.map((r) => `  ${r.name.padEnd(26)} ${r.importMs.toFixed(0).padStart(9)} ${r.firstCallMs.toFixed(0).padStart(12)} ${r.secondCallMs.toFixed(1).padStart(13)}`);
  return [
    `Start-up (fresh process; medians of ${runs}): import, then the first and second call on ${articleFile}`,
    `  ${'library'.padEnd(26)} ${'import ms'.padStart(9)} ${'1st call ms'.padStart(12)} ${'2nd call ms'.padStart(13)}`,
    ...rows,
  ].join('\n');
}
