import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** data/triage/ of the repository, found from this module whether it runs from src/ or dist/src/. */
export function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'triage');
    if (existsSync(join(candidate, 'phrases')) || existsSync(join(candidate, 'model.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('data/triage not found above ' + fileURLToPath(import.meta.url));
}
