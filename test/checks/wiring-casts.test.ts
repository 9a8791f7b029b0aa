// The composition root wires capabilities by their published contracts (issue 20: `as never` casts in
// src/server/capabilities.ts held three declarations of ProbeId, RootCause, ActionContext and
// ActionResult together; the desk and the CLI cast the database for the migrator).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WIRING = [
  'src/server/capabilities.ts',
  'src/server/desk.ts',
  'src/server/acs-node.ts',
  'src/server/repos-of.ts',
  'src/demo/desk.ts',
  'src/cli/commands/db.ts',
  'src/cli/commands/import.ts',
  'src/cli/commands/privacy.ts',
  'src/cli/commands/user.ts',
];

describe('the wiring', () => {
  it('casts nothing to never', () => {
    const casts = WIRING.filter((file) => /\bas never\b/.test(readFileSync(file, 'utf8')));
    expect(casts).toEqual([]);
  });
});
