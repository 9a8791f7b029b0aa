// Role-play round 30 c#7: the customer scored the first case ("4 snabbt o bra, men …"), then asked to rename the
// Wi-Fi in the same chat; at the rename's close the desk asked "Hur nöjd är du…" again. One contact, one
// satisfaction question: once a score is recorded in a conversation, a later close in it does not ask again.
import { describe, expect, it } from 'vitest';
import { atScore } from './testing/chat.js';

describe('one satisfaction question per conversation', () => {
  it.each([
    ['en', "4 quick and good. one more thing, can you rename my wifi to 'Pretty Fly'?", 'yes', 'done'],
    ['sv', '4 snabbt o bra. en grej till, kan ni byta namn på wifit till "Pretty Fly"?', 'ja', 'klart'],
  ] as const)('%s: a second request closed after a score asks no score', async (lang, scored, yes, done) => {
    const c = await atScore(
      ['dns_misconfigured'],
      lang,
      lang === 'en' ? "some websites won't load" : 'vissa sidor går inte att öppna',
    );
    let r = await c.desk.agent.handleMessage(c.id, scored);
    expect(await c.scores()).toEqual([4]);
    for (let i = 0; i < 4 && r.at(-1)?.askKey; i++) {
      const ask = r.at(-1)?.askKey ?? '';
      expect(ask).not.toBe('csat.score');
      r = await c.desk.agent.handleMessage(c.id, ask.startsWith('step.') ? done : yes);
    }
    expect(r.at(-1)?.askKey ?? null).not.toBe('csat.score');
    const all = (await c.desk.tickets.list({ limit: 10 })).items;
    expect(all.some((t) => t.id !== c.id && t.status === 'resolved')).toBe(true);
  });
});
