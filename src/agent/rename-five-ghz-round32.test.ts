// Role-play round 32 (a #9): a Wi-Fi rename where "actually no, make it LindHome without the space" at the name
// confirmation was not taken as the name, "will the 5GHz one change too?" got "I can't answer that from here",
// "I see LindHome on my phone now and it connected" was asked again, and the 5 GHz question asked again after
// the close started a second rename (its score then landed on that phantom case).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NILS = { customerNumber: '200367', name: 'Nils Karlsson', pin: '0000' };
type Chat = Awaited<ReturnType<typeof portalChat>>;
const START: Record<Language, string> = {
  en: 'Hi! Can you change the name of our wifi network?',
  sv: 'Hej! Kan ni byta namn på vårt wifi?',
};
const actions = async (c: Chat) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

async function atConsent(lang: Language, name: string) {
  const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }), NILS);
  await c.asks(START[lang], 'config.wifi_name');
  await c.asks(name, 'consent.wifi_change');
  return c;
}

async function atRejoin(lang: Language) {
  const c = await atConsent(lang, 'LindHome');
  await c.asks(c.yes, 'step.rejoin_wifi');
  return c;
}

describe('the rename with its 5 GHz questions (rp32a #9)', () => {
  it.each([
    ['en', 'actually no, make it LindHome without the space, easier to type on the old printer', 'LindHome'],
    ['en', 'no, call it Villa12 instead', 'Villa12'],
    ['sv', 'nej, kör på Nilssons istället', 'Nilssons'],
  ] as const)('%s a no carrying a name at the confirmation is that name: %j', async (lang, text, name) => {
    const c = await atConsent(lang, 'Lind Home');
    const r = await c.asks(text, 'consent.wifi_change');
    expect(r.at(-1)?.text).toMatch(new RegExp(`[“”]${name}”`));
    expect(r.map((m) => m.text).join(' ')).not.toMatch(/What would you like|Vad vill du att/);
  });

  it.each([
    ['en', 'yes. will the 5GHz one change too? we have one called the same with -5G at the end'],
    ['sv', 'ja. byts 5 GHz-nätet också? vi har ett som heter likadant med -5G på slutet'],
  ] as const)('%s the 5 GHz question beside the go-ahead is answered: %j', async (lang, text) => {
    const c = await atConsent(lang, 'LindHome');
    const said = (await c.asks(text, 'step.rejoin_wifi')).map((m) => m.text).join(' ');
    expect(said).toMatch(/both bands|båda banden/);
    expect(said).not.toMatch(/can’t answer|kan jag inte svara/);
  });

  it.each([
    [
      'en',
      'I see LindHome on my phone now and it connected. but I still also see the old name with -5G, is that still there?',
    ],
    ['en', 'the laptop just connected. is the -5G one still there?'],
    [
      'sv',
      'mobilen anslöt till LindHome nu. men jag ser fortfarande det gamla namnet med -5G, finns det kvar?',
    ],
  ] as const)('%s the rejoin told done in other words, its question answered: %j', async (lang, text) => {
    const c = await atRejoin(lang);
    c.desk.world.performStep('step.rejoin_wifi');
    const r = await c.send(text);
    expect(r.at(-1)?.askKey ?? null).not.toBe('step.rejoin_wifi');
    expect(r.map((m) => m.text).join(' ')).toMatch(/5 GHz/);
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });

  it.each([
    ['en', 'just tell me: is the 5 GHz network now called LindHome too, or still the old name?'],
    ['en', 'did you rename the 5G one too or not?'],
    ['sv', 'heter 5 GHz-nätet också LindHome nu eller har det kvar det gamla namnet?'],
  ] as const)('%s after the close, the 5 GHz question starts no second rename: %j', async (lang, text) => {
    const c = await atRejoin(lang);
    c.desk.world.performStep('step.rejoin_wifi');
    await c.send(lang === 'en' ? 'done' : 'klart');
    const said = await c.say(text);
    expect(said).toMatch(/LindHome/);
    expect(said).toMatch(/5 GHz/);
    expect(said).not.toMatch(/What would you like|Vad vill du att/);
    expect(await actions(c)).toEqual(['wifi_ssid_change']);
    expect((await c.cases()).next).toBeUndefined();
  });
});
