// An invoice that names the plan's speed ("why is my bill 649? my plan is 100/100 for 299") is a billing
// matter: the speed says which plan is billed, not that the line is slow or that a change is wanted.
// A real slowness complaint or a change asked for beside the bill keeps its own reading.
import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

describe('a bill with speed or plan words is billing', () => {
  it.each([
    'why is my bill 649 this month? my plan is 100/100 for 299',
    'my invoice says 1 gbit 599 kr but i only have 250 mbit??',
    'jag har 500 mbit men betalar för 1000, vad har hänt med min faktura',
    'jag har 500 mbit men betalar for 1000, vad har hant med min faktura',
    'i was charged twice this month for my 500 mbit plan',
    'varför är räkningen 599 kr, jag har bara 100 mbit',
    'my bill went up to 699 but my speed is still 250',
  ])('%s', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('billing');
    expect(r.secondaryIntents).not.toContain('slow_speed');
    expect(r.secondaryIntents).not.toContain('account_change');
  });
});

describe('slowness or a change beside the bill keeps its reading', () => {
  it.each([
    ['internet is slow, i pay for 500 but get 40, i want money back on my bill', 'slow_speed'],
    ['det går segt, betalar för 250 men får 20', 'slow_speed'],
    ['i want to upgrade to 1000 mbit, what will my bill be', 'account_change'],
    ['can you chnage my billing address', 'account_change'],
  ])('%s → %s', (text, intent) => {
    expect(triage(text).intent).toBe(intent);
  });
});
