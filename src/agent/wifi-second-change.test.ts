// Round 34 a #7 and issue 14: "I forgot my wifi password, and can you rename the network to Nilssons while you're
// at it?" set the new key only — the rename was lost at the opening, beside the consent, at the PIN question and
// once the key was set. A second Wi-Fi change asked beside the first is remembered and done in the same case, each
// with consent (one question for both is fine), the devices join once, and the summary names both.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

type Chat = Awaited<ReturnType<typeof chat>>;
const YES: Record<Language, string> = { en: 'yes', sv: 'ja' };
const DONE: Record<Language, string> = { en: 'done', sv: 'klart' };
const KEY_FORGOTTEN: Record<Language, string> = {
  en: 'I forgot my wifi password',
  sv: 'jag har glömt wifi-lösenordet',
};
/** The summary names both changes, in either order. */
const BOTH_NAMED =
  /^(?=[^]*(new Wi-Fi password – done|nytt wifi-lösenord – klart))(?=[^]*(new Wi-Fi network name – done|nytt namn på wifi-nätet – klart))/;

async function started(lang: Language, faults: Parameters<typeof faultWorld>[0] = []) {
  return chat(lang, faultWorld(faults, { canDo: ['step.rejoin_wifi'] }));
}

async function sends(c: Chat, messages: string[]) {
  const replies = [];
  for (const m of messages) replies.push(...(await c.send(m)));
  return replies;
}

async function outcome(c: Chat) {
  const tl = await c.desk.tickets.timeline(c.ticketId);
  const renames = tl.flatMap((e) =>
    e.type === 'action_requested' && e.action === 'wifi_ssid_change' ? [e.args?.ssid] : [],
  );
  const summary = tl.flatMap((e) => (e.type === 'resolution' ? [e.summary.customer] : [])).join('\n');
  return { done: c.desk.world.actionsDone(), renames, summary, status: (await c.cases()).first?.status };
}

const rejoins = (replies: { askKey?: string | null }[]) =>
  replies.filter((r) => r.askKey === 'step.rejoin_wifi').length;

describe('a rename asked with the new Wi-Fi key in the opening', () => {
  it.each([
    ['en', "I forgot my wifi password, and can you rename the network to Nilssons while you're at it?"],
    ['en', 'forgot the wifi pasword and rename the network to Nilssons too'],
    ['sv', 'glömt wifi-lösenordet, och byt gärna namn på nätet till Nilssons också'],
    ['sv', 'jag har glömt lösenordet till wifit och döp om nätet till Nilssons också'],
  ] as const)('%s: "%s": one question for both, both done, devices join once', async (lang, opening) => {
    const c = await started(lang);
    await c.send(opening);
    const atConsent = await c.send(c.pin);
    expect(atConsent.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(atConsent.at(-1)?.text).toMatch(
      /password and rename the network to “Nilssons”|lösenord och döpa om nätverket till ”Nilssons”/,
    );
    const after = await sends(c, [YES[lang], DONE[lang]]);
    expect(rejoins(after)).toBe(1);
    const r = await outcome(c);
    expect([...r.done].sort()).toEqual(['wifi_password_change', 'wifi_ssid_change']);
    expect(r.renames).toEqual(['Nilssons']);
    expect(r.summary).toMatch(BOTH_NAMED);
    expect(r.status).toBe('resolved');
  });

  it.each([
    ['en', 'I forgot my wifi name and password'],
    ['sv', 'jag har glömt vad wifi-nätet heter och lösenordet'],
  ] as const)('%s: "%s" only mentions the name: no rename (near miss)', async (lang, opening) => {
    const c = await started(lang);
    await c.send(opening);
    const replies = await sends(c, [c.pin, YES[lang]]);
    expect(replies.some((m) => m.askKey === 'config.wifi_name')).toBe(false);
    expect((await outcome(c)).done).toEqual(['wifi_password_change']);
  });
});

describe('a rename asked beside the yes to the new key', () => {
  it.each([
    ['en', 'yes, and rename the network to Nilssons too'],
    ['en', 'sure go ahead and can u rename the wifi to Nilssons as well'],
    ['sv', 'ja, och döp om nätet till Nilssons också'],
    ['sv', 'ja gör det, byt gärna namn på wifit till Nilssons också'],
  ] as const)('%s: "%s"', async (lang, consent) => {
    const c = await started(lang);
    await c.send(KEY_FORGOTTEN[lang]);
    await c.send(c.pin);
    const after = await sends(c, [consent, DONE[lang]]);
    expect(rejoins(after)).toBe(1);
    const r = await outcome(c);
    expect([...r.done].sort()).toEqual(['wifi_password_change', 'wifi_ssid_change']);
    expect(r.renames).toEqual(['Nilssons']);
    expect(r.summary).toMatch(BOTH_NAMED);
  });
});

describe('a rename asked at the PIN question', () => {
  it.each([
    ['sv', 'och jag vill byta wifi-namnet också'],
    ['en', 'oh and i want to rename the wifi too'],
  ] as const)('%s: "%s" is remembered: the name is asked after verification', async (lang, atPin) => {
    const c = await started(lang);
    await c.send(KEY_FORGOTTEN[lang]);
    expect((await c.send('100482')).at(-1)?.askKey).toBe('identity.pin');
    expect((await c.send(atPin)).at(-1)?.askKey).toBe('identity.pin');
    expect((await c.send('4711')).at(-1)?.askKey).toBe('config.wifi_name');
    expect((await c.send('Nilssons')).at(-1)?.askKey).toBe('consent.wifi_change');
    const after = await sends(c, [YES[lang], DONE[lang]]);
    expect(rejoins(after)).toBe(1);
    const r = await outcome(c);
    expect([...r.done].sort()).toEqual(['wifi_password_change', 'wifi_ssid_change']);
    expect(r.summary).toMatch(BOTH_NAMED);
  });
});

describe('a rename asked once the new key is set, before the devices joined', () => {
  it.each([
    ['en', 'can you also rename the network to Nilssons?'],
    ['en', 'oh wait rename the wifi to Nilssons too'],
    ['sv', 'kan du döpa om nätet till Nilssons också?'],
    ['sv', 'byt namn på wifit till Nilssons också'],
  ] as const)('%s: "%s": asked with its own consent, then the devices join once', async (lang, late) => {
    const c = await started(lang);
    await c.send(KEY_FORGOTTEN[lang]);
    await c.send(c.pin);
    expect((await c.send(YES[lang])).at(-1)?.askKey).toBe('step.rejoin_wifi');
    const asked = await c.send(late);
    expect(asked.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(asked.at(-1)?.text).toMatch(/“Nilssons”|”Nilssons”/);
    expect((await outcome(c)).done).toEqual(['wifi_password_change']);
    expect((await c.send(YES[lang])).at(-1)?.askKey).toBe('step.rejoin_wifi');
    await c.send(DONE[lang]);
    const r = await outcome(c);
    expect([...r.done].sort()).toEqual(['wifi_password_change', 'wifi_ssid_change']);
    expect(r.summary).toMatch(BOTH_NAMED);
    expect(r.status).toBe('resolved');
  });
});

describe('a rename asked along, then refused', () => {
  it.each([
    ['en', 'can you also rename the network to Nilssons?', 'no, leave the name'],
    ['sv', 'kan du döpa om nätet till Nilssons också?', 'nej'],
  ] as const)('%s: a no leaves the name and the case goes on to the devices', async (lang, late, no) => {
    const c = await started(lang);
    await c.send(KEY_FORGOTTEN[lang]);
    await sends(c, [c.pin, YES[lang], late]);
    expect((await c.send(no)).at(-1)?.askKey).toBe('step.rejoin_wifi');
    await c.send(DONE[lang]);
    const r = await outcome(c);
    expect(r.done).toEqual(['wifi_password_change']);
    expect(r.status).toBe('resolved');
    const tl = await c.desk.tickets.timeline(c.ticketId);
    expect(tl.some((e) => e.type === 'escalation')).toBe(false);
  });
});

describe('a rename beside another change', () => {
  it.each([
    ['en', 'can you change the admin password on my router? and rename the wifi to Nilssons too'],
    ['sv', 'kan ni byta admin-lösenordet på routern? och döp om wifit till Nilssons också'],
  ] as const)('%s: admin password: "%s": both done, each with its consent', async (lang, opening) => {
    const c = await started(lang);
    await c.send(opening);
    expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.wifi_change');
    expect((await c.send(YES[lang])).at(-1)?.askKey).toBe('consent.config_change');
    expect((await c.send(YES[lang])).at(-1)?.askKey).toBe('step.rejoin_wifi');
    await c.send(DONE[lang]);
    const r = await outcome(c);
    expect(r.done).toEqual(['wifi_ssid_change', 'admin_password_change']);
    expect(r.status).toBe('resolved');
  });

  it.each([
    ['en', 'yes, and rename the network to Nilssons too'],
    ['sv', 'ja, och döp om nätet till Nilssons också'],
  ] as const)('%s: channel change: "%s" at its consent: both done', async (lang, consent) => {
    const c = await started(lang, ['wifi_channel_congestion']);
    await c.send(
      lang === 'sv' ? 'wifi är jättesegt på kvällarna' : 'the wifi is really slow in the evenings',
    );
    expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.wifi_change');
    await sends(c, [consent, YES[lang], YES[lang], DONE[lang]]);
    const r = await outcome(c);
    expect(r.done).toEqual(['wifi_channel_change', 'wifi_ssid_change']);
    expect(r.renames).toEqual(['Nilssons']);
  });
});
