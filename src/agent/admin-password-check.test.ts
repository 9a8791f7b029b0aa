// Issue 14, s10 fixer E (rp11b #4, #9): "read an article that routers with default passwords get hacked.
// is mine still on the factory one? can u change it" is the admin password request, not "I've been hacked":
// the desk says what its check found and offers the admin password change only — no new Wi-Fi key, no
// security or agents case. It never says the password is still the factory one when the check says not.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const DANA = { customerNumber: '810178', name: 'Dana Okafor', pin: '6624' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

async function ask(faults: FaultKind[], lang: 'en' | 'sv', opening: string) {
  const desk = memoryDesk({ world: faultWorld(faults) });
  const { ticketId, replies } = await identified(desk, DANA, lang, opening);
  return { desk, ticketId, replies };
}

describe('is my router still on the factory admin password? (rp11b #4)', () => {
  it.each([
    [
      'en',
      'hey. read an article that routers with default passwords get hacked. is mine still on the factory one? can u change it',
    ],
    ['en', 'is my router still on the factory admin password? can u change it'],
    [
      'sv',
      'läste att routrar med standardlösenord hackas. har min fortfarande fabrikslösenordet? kan ni byta det',
    ],
    ['sv', 'har min router fortfarande fabrikslösenordet för admin? kan ni byta'],
  ] as const)(
    '%s: "%s" says yes, still the factory one, and offers the admin password only',
    async (lang, opening) => {
      const { desk, ticketId, replies } = await ask(['default_admin_password'], lang, opening);
      expect(replies.at(-1)?.askKey).toBe('consent.config_change');
      expect(said(replies)).toMatch(/still the factory default|fortfarande fabrikslösenordet/);
      expect(said(replies)).not.toMatch(/security team|säkerhetsavdelning|Wi-Fi password\?|wifi-lösenord\?/i);
      await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes' : 'ja');
      const done = (await desk.tickets.timeline(ticketId)).flatMap((e) =>
        e.type === 'action_done' ? [e.action] : [],
      );
      expect(done).toEqual(['admin_password_change']);
    },
  );

  it('a router whose admin password was changed is told so, not "still the factory password"', async () => {
    const { replies } = await ask(
      [],
      'en',
      'hey. read an article that routers with default passwords get hacked. is mine still on the factory one? can u change it',
    );
    expect(said(replies)).toMatch(/no longer the factory one/);
    expect(said(replies)).not.toMatch(/still the factory/);
    expect(replies.at(-1)?.askKey).toBe('consent.config_change');
  });

  it('"my router has been hacked, someone changed the admin password" is still a security worry', async () => {
    const { replies } = await ask(
      [],
      'en',
      'i think my router has been hacked, someone changed the admin password',
    );
    expect(said(replies)).toMatch(/security team/);
  });
});

describe('what is an admin password? during a security lock-down (rp11b #9)', () => {
  it('never claims the password is still the factory one', async () => {
    const { desk, ticketId } = await ask(
      [],
      'sv',
      'jag tror någon snyltar på vårt wifi, kan nån ha hackat routern?',
    );
    let r = await desk.agent.handleMessage(ticketId, 'ja');
    for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'consent.config_change'; i++)
      r = await desk.agent.handleMessage(ticketId, 'klart');
    expect(r.at(-1)?.askKey).toBe('consent.config_change');
    const answer = await desk.agent.handleMessage(
      ticketId,
      'vad är det för skillnad mot wifi lösenordet? men ja',
    );
    expect(said(answer)).toMatch(/inställningssida/);
    expect(said(answer)).not.toMatch(/fortfarande fabrikslösenordet/);
  });
});
