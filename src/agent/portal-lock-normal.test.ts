// Round 31 (a2, en e-mail, portal_account_locked): "is it normal that it locks after just 3 or 4 tries?" was
// answered as a mesh/extender question ("Can you send me a new one?" beside the password read as equipment),
// and after the close the same question opened a new case with an unrequested password reset, which "No,
// please don't … Never mind" escalated to agents. Whether the lock is normal is answered (yes: it locks after a
// few wrong tries to stop guessing), "one" next to a password is the password, and the question never opens a case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { KARIN } from './testing/chat.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const NORMAL =
  /Yes, that is normal: .* locks the account after a few wrong passwords|Ja, det är normalt: .* låser kontot efter några felaktiga lösenord/;
const MESH = /mesh|extender|förstärkare/i;

const SAY: Record<Language, { opening: string; newOne: string; again: string; nevermind: string }> = {
  en: {
    opening:
      "I can't log in to My Pages, it says my account is locked. Could you unlock it? And is it normal that it locks after only a few tries?",
    newOne:
      "Thanks! But I still don't know the password, my husband changed it. Can you send me a new one? And you didn't answer, is it normal that it locks after just 3 or 4 tries?",
    again:
      'Thanks, I got in with the temporary password and chose a new one, so that part works now. I asked if it is normal that the account locks after only 3-4 wrong passwords.',
    nevermind:
      "No, please don't, I have just set my new password and it works. I only wanted to know if the lock after a few wrong tries is normal. Never mind.",
  },
  sv: {
    opening:
      'Jag kommer inte in på Mina sidor, det står att kontot är låst. Kan du låsa upp det? Och är det normalt att det låses efter bara några försök?',
    newOne:
      'Tack! Men jag vet fortfarande inte lösenordet, min man bytte det. Kan du skicka ett nytt? Och du svarade inte, är det normalt att det låses efter bara 3 eller 4 försök?',
    again:
      'Tack, jag kom in med det tillfälliga lösenordet och valde ett nytt, så det funkar nu. Jag frågade om det är normalt att kontot låses efter bara tre felaktiga lösenord.',
    nevermind:
      'Nej, gör inte det, jag har redan ett nytt lösenord som funkar. Jag ville bara veta om det är normalt att det låses. Strunt samma.',
  },
};

describe('whether the account lock is normal is answered, and opens nothing', () => {
  it.each(['en', 'sv'] as Language[])('%s', async (lang) => {
    const desk = memoryDesk({ world: faultWorld(['portal_account_locked']) });
    const { ticketId, replies } = await identified(desk, KARIN, lang, SAY[lang].opening);
    expect(words(replies)).toMatch(NORMAL);
    const second = words(await desk.agent.handleMessage(ticketId, SAY[lang].newOne));
    expect(second).not.toMatch(MESH);
    expect(second).toMatch(NORMAL);
    await desk.agent.handleMessage(ticketId, SAY[lang].again);
    const last = words(await desk.agent.handleMessage(ticketId, SAY[lang].nevermind));
    expect(last).not.toMatch(/handing you over|colleague|kollega|lämnar över/i);
    const cases = (await desk.tickets.list({ limit: 10 })).items;
    expect(cases.length).toBe(1);
    expect(cases[0]?.status).toBe('resolved');
    expect(cases.some((t) => t.queue === 'agents')).toBe(false);
  });
});
