// Round 21: a yes said impatiently was not taken ("ugh ok fine yes", then "i said yes" — asked three times,
// c9); a Wi-Fi name after a change of mind took the reason as the name ("kanske FBI_van? nej förresten mamma
// blir sur. Karlssons wifi" → "mamma blir sur", c4); "can u change the network name too? to hugonet" took
// "o" from "too" and then asked for a name given twice (b8).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const passwordAsk = {
  sv: 'kan ni byta wifi-lösenordet till nåt nytt?',
  en: 'can you change my wifi password to a new one',
};

async function changed(c: Awaited<ReturnType<typeof portalChat>>, action: string) {
  return (await c.desk.tickets.timeline(c.ticketId)).some(
    (e) => e.type === 'action_requested' && e.action === action,
  );
}

describe('an impatient yes is a yes', () => {
  it.each([
    ['en', 'ugh ok fine yes'],
    ['en', 'urgh fine, go ahead'],
    ['en', 'sigh. ok yes'],
    ['sv', 'usch ok kör'],
    ['sv', 'suck. ja då'],
  ] as const)('%s: %s at the permission', async (language, reply) => {
    const c = await portalChat(language as Language, faultWorld([]));
    expect((await c.send(passwordAsk[language])).at(-1)?.askKey).toBe('consent.wifi_change');
    await c.send(reply);
    expect(await changed(c, 'wifi_password_change')).toBe(true);
  });

  it.each([
    ['en', 'hmm not sure', 'i said yes'],
    ['en', 'hmm not sure', 'I already said yes??'],
    ['sv', 'hmm vet inte', 'jag sa ju ja'],
    ['sv', 'hmm vet inte', 'har redan sagt ja'],
  ] as const)('%s: "%s" then "%s" is the go-ahead', async (language, first, again) => {
    const c = await portalChat(language as Language, faultWorld([]));
    await c.send(passwordAsk[language]);
    await c.send(first);
    await c.send(again);
    expect(await changed(c, 'wifi_password_change')).toBe(true);
  });
});

describe('the Wi-Fi name the customer settles on', () => {
  it.each([
    [
      'sv',
      'vet inte riktigt.. kanske FBI_van? nej förresten mamma blir sur. Karlssons wifi',
      'Karlssons wifi',
    ],
    ['sv', 'kanske FBI_van? äh nej, pappa gillar inte det. Familjen Karlsson', 'Familjen Karlsson'],
    ['en', 'maybe FBI_van? no wait mum would get mad. Karlssons wifi', 'Karlssons wifi'],
    ['en', 'PrettyFlyForAWifi? actually no, dad would hate it. KarlssonNet then', 'KarlssonNet'],
  ] as const)('%s: %s → %s', async (language, answer, name) => {
    const c = await portalChat(language as Language, faultWorld([]));
    await c.send(language === 'sv' ? 'kan ni byta namn på vårt wifi?' : 'can you rename our wifi network?');
    const said = await c.say(answer);
    expect(said).toContain(name);
    expect(said).not.toMatch(/mamma blir sur|mum would|dad would|pappa gillar/);
  });

  it.each([
    ['en', 'can u change the network name too? to hugonet', 'hugonet'],
    ['en', 'could you change the wifi name as well? to HugoNet please', 'HugoNet'],
    ['en', 'can you change the network name? i want it to be hugonet', 'hugonet'],
    ['sv', 'kan ni byta wifi-namnet också? till hugonet', 'hugonet'],
  ] as const)('%s: %s → %s', async (language, request, name) => {
    const c = await portalChat(language as Language, faultWorld([]));
    const replies = await c.send(request);
    const said = replies.map((r) => r.text).join('\n');
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(said).toContain(`${name}`);
    expect(said).not.toMatch(/[”“"]o[”“"]/);
  });

  it.each([
    ['en', 'no?? hugonet. not o'],
    ['en', 'nope, its hugonet'],
    ['sv', 'nej, hugonet! inte o'],
  ] as const)('%s: a no with the name at the permission renames to that name (%s)', async (language, no) => {
    const c = await portalChat(language as Language, faultWorld([]));
    await c.send(language === 'sv' ? 'kan ni döpa om wifit till o' : 'can you rename my wifi to o');
    const replies = await c.send(no);
    expect(replies.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(replies.map((r) => r.text).join('\n')).toContain('hugonet');
  });
});
