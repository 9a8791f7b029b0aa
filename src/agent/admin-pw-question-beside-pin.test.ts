// Issue 14, round 21 c3: "can you change the admin pw on my router?" was no admin password request ('pw'
// was not a password word), and the PIN reply "9309. will changing it mess up my port forwards? i have a
// couple set up for my nas" made it a port-forward/tier2 case — the admin password went to second line
// although the desk had just said it would set one. A question about the port forwards the customer
// already has is answered (the admin password does not touch them), and the change proceeds with consent;
// "you didn't answer about my port forwards" at the permission is that question again, never a no.
import { describe, expect, it } from 'vitest';
import { learnFacts } from '../runbooks/facts.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('the admin password with a question about port forwards beside the PIN', () => {
  it.each([
    [
      'en',
      "hey - can you change the admin pw on my router? pretty sure it's still the factory one",
      '{pin}. will changing it mess up my port forwards? i have a couple set up for my nas',
      "and you didn't answer about my port forwards",
      /port forwards, your Wi-Fi and your devices are not affected/,
    ],
    [
      'en',
      'can u set a new router admin pwd, i never changed it',
      '{pin}. does that break my port forwards?',
      'what about my port forwards?',
      /port forwards/,
    ],
    [
      'sv',
      'kan du byta adminlösen på routern? tror det är fabrikens fortfarande',
      '{pin}. försvinner mina portöppningar då? har några till min nas',
      'du svarade inte på det om mina portöppningar',
      /(dina portöppningar, ditt wifi och dina enheter påverkas inte|Dina inställningar finns kvar)/,
    ],
  ] as const)('%s: %j', async (lang, opening, pinReply, again, answer) => {
    const c = await chat(lang, faultWorld(['default_admin_password']));
    await c.asks(`${opening} 100482`, 'identity.pin');
    const atConsent = await c.asks(pinReply.replace('{pin}', '4711'), 'consent.config_change');
    expect(atConsent.map((m) => m.text).join('\n')).toMatch(answer);
    const re = await c.asks(again, 'consent.config_change');
    expect(re.map((m) => m.text).join('\n')).toMatch(answer);
    const done = (await c.send(c.yes)).map((m) => m.text).join('\n');
    const events = await c.desk.tickets.timeline(c.ticketId);
    expect(events.some((e) => e.type === 'action_done' && e.action === 'admin_password_change')).toBe(true);
    expect(done).not.toMatch(/second-line|andra linjen/);
    expect((await c.cases()).first?.queue ?? null).toBeNull();
  });
});

describe('a port forward asked for outright is still one', () => {
  it.each([
    'please forward port 3074 to my xbox',
    'need UDP 51820 forwarded to my wireguard box',
    'my port forwards stopped working, can you open 32400 again',
  ])('%s', (text) => {
    expect(learnFacts({}, text).portForwardRequested).toBe(true);
  });
});
