/**
 * The engine as users run it: the JavaScript that `npm run build:lib` (tsc) writes to dist/, loaded for the
 * benchmarks. Running the TypeScript sources through tsx instead measures tsx's transform as well (esbuild's
 * keepNames wraps every function in a `__name` call), which is not what a user of the package pays.
 * The bench scripts build dist/ first (see package.json); this module refuses a missing or stale build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** The newest modification time of the .ts files under `folder`. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The newest source time, read once per process (the benchmarks import several modules). */
let newestSourceTime: number | undefined;

/** Imports `dist/<module>.js`, typed as its source `src/<module>.ts`. */
export async function importBuilt<T>(module: string): Promise<T> {
  const built = join(DIST, `${module}.js`);
  if (!existsSync(built)) throw new Error(`${relative(ROOT, built)} is missing: run npm run build:lib first`);
  newestSourceTime ??= newestSource(join(ROOT, 'src'));
  if (statSync(built).mtimeMs < newestSourceTime) {
    throw new Error(`${relative(ROOT, DIST)} is older than src/: run npm run build:lib first`);
  }
  return (await import(pathToFileURL(built).href)) as T;
}

/** What the benchmarks measure, from dist/. */
export const BUILT_ENGINE_NOTE = 'Chronicle is measured as built by tsc (dist/, what the package ships), not through tsx.';
