// Every scenario file (bench/scenarios, and ../shared/scenarios when that folder is there)
// validates against the scenario schema, and ids are unique within a folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../bench/scenario-schema.js';

const DIRS = ['bench/scenarios', '../shared/scenarios'].filter((d) => existsSync(d));

function problemsOf(file: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return [`${file}: not JSON (${err instanceof Error ? err.message : String(err)})`];
  }
  const r = scenarioSchema.safeParse(json);
  return r.success ? [] : r.error.issues.map((i) => `${file}: /${i.path.join('/')} ${i.message}`);
}

describe('scenario files', () => {
  it.each(DIRS)('%s: every file validates against the schema', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => problemsOf(join(dir, f)))).toEqual([]);
  });

  it.each(DIRS)('%s: scenario ids are unique', (dir) => {
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string }).id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
