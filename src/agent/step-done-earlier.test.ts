// A step the customer says was done before it was asked ("jag har ju redan gjort det två gånger"):
// it did not help, so the demo home must not carry it out again (that would clear the fault the
// customer just said it does not clear) and the case goes on to what the desk can do itself.
import { describe, expect, it } from 'vitest';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { parseAnswer } from '../triage/answers.js';

const PER = { customerNumber: '100482', name: 'Per Persson', pin: '4711' };

describe('a step done before it was asked', () => {
  it.each([
    ['sv', 'jag har ju redan gjort det två gånger?? sa ju det'],
    ['sv', 'har redan startat om den flera gånger innan jag skrev, hjälper inte'],
    ['en', 'i already did that twice, it doesnt help'],
    ['en', 'did that before i wrote to you. twice. no change'],
  ] as const)('%s: "%s" is done earlier', (lang, text) => {
    expect(parseAnswer('step.power_cycle', text, lang)).toMatchObject({ kind: 'done', earlier: true });
  });

  it.each(['klart', 'done, its restarting now', 'ok gjort'])('"%s" is done now', (text) => {
    const parsed = parseAnswer('step.power_cycle', text, 'sv');
    expect(parsed.kind).toBe('done');
    expect(parsed).not.toHaveProperty('earlier');
  });

  it('the demo home does not restart the router again', async () => {
    // No fault the tests can see (the demo's hung router looked healthy to them): the restart step comes first.
    const world = faultWorld([], { canDo: ['step.power_cycle'] });
    const desk = memoryDesk({ world });
    const performed: string[] = [];
    desk.agent.useDemoHome({ performStep: (_n, step) => (performed.push(step), 'done') });
    const c = await identified(
      desk,
      PER,
      'sv',
      'Internet fungerar inte men lamporna på routern ser normala ut.',
    );
    const ask = c.replies.at(-1)?.askKey;
    expect(ask).toBe('step.power_cycle');
    const r = await desk.agent.handleMessage(c.ticketId, 'jag har ju redan gjort det två gånger?? sa ju det');
    expect(performed).toEqual([]);
    expect(r.map((x) => x.text).join(' ')).not.toMatch(/löste felet/);
  });
});
