// rp11b #10: "ok 200192. can i just talk to a person then?" about a TV box with no signal, then after the
// handoff "4 hours?? the match is on at 8 tonight. is there anything i can try myself" got "I cannot answer
// that from here" (then a general "restart the device"). A TV question is passed on with no internet
// check, and what the customer can try meanwhile is the TV box's own self-help: restart it, check its
// cables and the TV's HDMI input — for TV only; another service keeps the general text.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a TV question passed to a person: what the customer can try meanwhile', () => {
  it.each([
    [
      'en' as const,
      'hi the tv box says no signal on all channels since yesterday, internet works fine tho',
      'ok 100482. can i just talk to a person then?',
      '4 hours?? the match is on at 8 tonight. is there anything i can try myself',
      /restart the TV box.*HDMI input/s,
    ],
    [
      'sv' as const,
      'hej, tv-boxen visar ingen signal på någon kanal sen igår, internet funkar',
      'ok 100482. kan jag inte bara få prata med en person?',
      '4 timmar?? matchen börjar kl 20 ikväll. finns det nåt jag kan prova själv under tiden?',
      /starta om tv-boxen.*HDMI-ingång/s,
    ],
  ])(
    '%s: the number is taken once, nothing is tested, the TV box self-help is given',
    async (lang, opening, person, meanwhile, help) => {
      const { desk, send, say } = await chat(lang, faultWorld([]));
      await send(opening);
      const handed = await send(person);
      expect(handed.map((r) => r.askKey)).not.toContain('identity.customer_number');
      expect(handed.map((r) => r.text).join('\n')).not.toMatch(/testing your line|testar din linje/);
      const [ticket] = (await desk.tickets.list({ limit: 5 })).items;
      expect(ticket.queue).toBe('agents');
      const timeline = await desk.tickets.timeline(ticket.id);
      // The account is looked up to link the ticket; nothing of the line or the router is tested.
      const tests = timeline.filter((e) => e.type === 'finding' && !JSON.stringify(e).includes('account.'));
      expect(tests).toEqual([]);
      const after = await say(meanwhile);
      expect(after).toMatch(help);
      expect(after).not.toMatch(/cannot answer|kan inte svara/);
    },
  );

  it('a mobile question keeps the general text (no TV box)', async () => {
    const { send, say } = await chat('en', faultWorld([]));
    await send('my mobile has had no data since this morning, just put me through to a human please');
    const after = await say('anything i can try meanwhile?');
    expect(after).not.toMatch(/TV box/);
    expect(after).toMatch(/30 seconds/);
  });
});
