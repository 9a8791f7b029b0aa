// Round 20 (c5): in an e-mail conversation about a forgotten Wi-Fi password, "Kan ni inte skicka lösenordet
// som SMS till min mobil istället?" got "Det kan jag inte svara på härifrån" (asked four times), and the desk
// wrote "jag visar det nya wifi-lösenordet här i chatten" twice in one mail. The desk sends no SMS: it says
// so and where the new password comes; every text that names the channel names this conversation's own.
import { describe, expect, it } from 'vitest';
import type { Channel, Language } from '../domain/index.js';
import { CATALOGUES, channelParams, t, type MessageKey } from './messages/index.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '7813' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function mail(language: Language, channel: Channel, opening: string) {
  const desk = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
  desk.directory.add(HUGO);
  const c = await desk.agent.startConversation({ channel, language, subject: 'wifi' });
  const first = await desk.agent.handleMessage(c.ticketId, opening);
  const send = async (m: string) => words(await desk.agent.handleMessage(c.ticketId, m));
  return { desk, id: c.ticketId, first, send };
}

describe('a password asked for by SMS', () => {
  it.each([
    [
      'sv',
      'PIN är 7813. Kan ni inte skicka lösenordet som SMS till min mobil istället? Jag läser inte mejl så ofta. Hugo',
    ],
    ['sv', '7813. kan ni sms:a det nya lösenordet till mig?'],
    ['sv', 'Pinkoden är 7813. Går det att få lösenordet på sms istället'],
    ['en', 'PIN is 7813. Could you text the new password to my phone instead? I rarely read e-mail.'],
    ['en', '7813 - can u send the password by sms?'],
    ['en', '7813. text me the new key instead pls?'],
  ] as const)(
    '%s (e-mail): "%s" is answered: no SMS, the password comes in the e-mail',
    async (lang, msg) => {
      const c = await mail(
        lang,
        'email',
        lang === 'sv'
          ? 'Hej. Jag har glömt lösenordet till vårt trådlösa nätverk hemma. Kundnummer 200150. Hälsningar Hugo'
          : 'Hello, I have forgotten the password of our wireless network at home. Customer number 200150. Hugo',
      );
      const said = await c.send(msg);
      expect(said).toMatch(lang === 'sv' ? /SMS kan jag tyvärr inte skicka/ : /cannot send text messages/);
      expect(said).toMatch(lang === 'sv' ? /här i mejlet/ : /here in the e-mail/);
      expect(said).not.toMatch(/inte svara på härifrån|can’t answer from here|chatt|chat\b/i);
    },
  );

  it('at the permission, "Och SMS går alltså inte?" gets the same honest answer', async () => {
    const c = await mail('sv', 'email', 'Hej. Jag har glömt wifi-lösenordet. Kundnummer 200150.');
    let said = await c.send('7813');
    for (let i = 0; i < 3 && !/Får jag sätta ett nytt wifi-lösenord/.test(said); i++)
      said = await c.send('ok');
    const answer = await c.send('Chatten? Jag skriver ju mejl. Och SMS går alltså inte?');
    expect(answer).toMatch(/SMS kan jag tyvärr inte skicka/);
    expect(answer).not.toMatch(/chatt/);
  });
});

describe('texts that name the channel', () => {
  const keys = (Object.keys(CATALOGUES.en) as MessageKey[]).filter((k) =>
    /\{(here|viaChannel|aChannel|withUs)\}/.test(CATALOGUES.en[k]),
  );

  it('every text that names the conversation uses the channel words, in both languages', () => {
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of ['sv', 'en'] as const)
      for (const [k, text] of Object.entries(CATALOGUES[lang]))
        // "start a new chat": another way, not this one.
        if (!/new chat|ny chatt/.test(text))
          expect(`${k}: ${text}`).not.toMatch(
            /\b(in|through) (the|this|a) chat\b|här i chatten|i chatten|i en chatt/,
          );
  });

  it.each([
    ['email', 'sv', /mejl/],
    ['email', 'en', /e-mail/],
    ['voice', 'sv', /samtal|telefon/],
    ['voice', 'en', /call|phone/],
  ] as const)('%s, %s: the texts say the channel, never "chat"', (channel, lang, named) => {
    for (const k of keys) {
      // "chat, e-mail and phone all work": the ways to cancel, not this conversation.
      const text = t(lang, k, channelParams(channel, lang)).replace(
        /chat, e-mail and phone|chatt, e-post och telefon/,
        '',
      );
      expect(text).toMatch(named);
      expect(text).not.toMatch(/chat/i);
    }
  });

  it('without a channel the chat words are used (no placeholder is left)', () => {
    for (const k of keys) expect(t('sv', k)).not.toMatch(/\{(here|viaChannel|aChannel|withUs)\}/);
    expect(channelParams('console', 'en').here).toBe('here in the chat');
  });
});
