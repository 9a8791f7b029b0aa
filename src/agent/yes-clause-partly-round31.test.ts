// Role-play round 31 (a3, a4, b2). At "does it work now?":
// (a) "yes looks fine, wifi still on. how do I get to that settings page then?" was read as "still not working"
//     (the word "still" anywhere made it a no) and escalated to tier2 — a clause that says it works, with a
//     question beside it, is a yes: the question answered and the case resolved (confirm-clauses.ts);
// (b) "BBC loads now on the iPad and the laptop. The bank's site still gave me 'server not found' on the laptop"
//     escalated as "fix did not help" — a fix that works on some devices with one left behind is answered (that
//     device holds the old state) and asked again; "why would Spotify work when the BBC doesn't?" is answered;
// (c) a case escalated after a remote fix, then confirmed working ("everything works, please close the case"), was
//     closed as withdrawn.never_asked — it is resolved on the fix that was done;
// (d) "Ja nu syns nätverket i plattan igen. Men lampan där det står WLAN blinkar …, är det meningen?" got the
//     internet light's start-up text and "Fungerar det nu?" again — the yes closes it, the WLAN light is answered.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { confirmClauses } from '../triage/confirm-clauses.js';
import { parseAnswer } from '../triage/answers.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<string, Record<Language, string>> = {
  default_admin_password: {
    en: 'my router still has the default admin password, can you change it?',
    sv: 'min router har fortfarande standardlösenordet för admin, kan ni byta det?',
  },
  dns_misconfigured: {
    en: 'some websites say server not found, but others work',
    sv: 'vissa webbsidor säger att servern inte hittas, andra fungerar',
  },
  wifi_radio_disabled: {
    en: 'our wifi network does not show up on any device any more',
    sv: 'vårt wifi syns inte längre i någon enhet',
  },
};

async function atConfirm(fault: FaultKind, lang: Language) {
  const c = await portalChat(lang, faultWorld([fault]));
  await untilAsked(c, 'resolution.confirm', OPENING[fault]![lang]);
  const timeline = () => c.desk.tickets.timeline(c.ticketId);
  const resolutions = async () => (await timeline()).filter((e) => e.type === 'resolution');
  const escalated = async () => (await timeline()).some((e) => e.type === 'escalation');
  return { ...c, timeline, resolutions, escalated };
}

const textOf = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('(a) a clause that says it works, with a question beside it, is a yes', () => {
  it.each([
    [
      'en',
      'yes looks fine, wifi still on. how do I get to that settings page then, is it 192.168.1.1 or something?',
    ],
    ['en', 'works, the wifi is still up. how do i log in to the router settings page?'],
    ['en', 'all good, internet still going fine. how do I get into the router settings page?'],
    ['sv', 'ja det fungerar, wifit är fortfarande på. hur kommer jag in på inställningssidan?'],
    ['sv', 'funkar fint, nätet lyser fortfarande. var hittar jag inställningssidan, är det 192.168.1.1?'],
  ] as const)('%s: "%s" resolves, the question answered', async (lang, reply) => {
    const c = await atConfirm('default_admin_password', lang);
    const text = textOf(await c.send(reply));
    expect(await c.escalated()).toBe(false);
    const res = await c.resolutions();
    expect(res.at(-1)?.type === 'resolution' && res.at(-1)).toMatchObject({ outcome: 'resolved' });
    expect(text).toMatch(/192\.168\.1\.1/);
    expect(text).not.toMatch(/still isn'?t working|fungerar fortfarande inte|second-line|andralinje/i);
  });

  it.each([
    'yes looks fine, wifi still on.',
    'works, the wifi is still connected',
    'ja funkar, wifit är fortfarande igång',
    'jo det ser bra ut, nätet är fortfarande uppe',
  ])('"%s" is a yes (parser)', (reply) => {
    expect(parseAnswer('resolution.confirm', reply).kind).toBe('yes');
  });

  it.each([
    'yes but still slow',
    'no, the wifi still drops. how do I get to the settings page?',
    'funkar, men lampan lyser fortfarande rött',
    'nej det funkar fortfarande inte, hur kommer jag in på routern?',
  ])('"%s" is no yes', (reply) => {
    expect(parseAnswer('resolution.confirm', reply).kind).not.toBe('yes');
    expect(confirmClauses(reply).clearYes).toBe(false);
  });
});

describe('(b) works on some devices, one still failing: answered and asked again', () => {
  it.each([
    [
      'en',
      "BBC loads now on the iPad and the laptop. The bank's site still gave me 'server not found' on the laptop a minute ago, although it opens on the iPad. Is that something on my end?",
    ],
    ['en', 'works on my phone now, but the laptop still says server not found for the bank. is that me?'],
    [
      'sv',
      'Nu laddar sidorna i mobilen, men på datorn får jag fortfarande felmeddelande på bankens sida. Är det hos mig?',
    ],
  ] as const)('%s: "%s" is never "fix did not help"', async (lang, reply) => {
    const c = await atConfirm('dns_misconfigured', lang);
    const r = await c.send(reply);
    expect(await c.escalated()).toBe(false);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(textOf(r)).toMatch(/remembers the failed look-up|minns den misslyckade uppslagningen/);
    const done = await c.send(
      lang === 'sv'
        ? 'jag startade om datorn och nu funkar allt'
        : 'restarted the laptop and everything works now',
    );
    expect(done.at(-1)?.askKey).toBe('csat.score');
    const res = await c.resolutions();
    expect(res.at(-1)).toMatchObject({ outcome: 'resolved', disposition: 'resolved.remote_fix' });
  });

  it('"why would Spotify work when the BBC doesn\'t?" is answered, also as "you still didn\'t say why"', async () => {
    const c = await atConfirm('dns_misconfigured', 'en');
    const r = await c.send(
      "BBC loads now on the iPad. The bank's site still fails on the laptop though. You still didn't say why Spotify kept working, by the way.",
    );
    expect(textOf(r)).toMatch(/Apps like Spotify/);
  });

  it('a plain "no, still not working" is still a no', async () => {
    const c = await atConfirm('dns_misconfigured', 'en');
    await c.send('no, still not working on any device');
    expect(await c.escalated()).toBe(true);
  });
});

describe('(c) escalated after a remote fix, then confirmed working: resolved on the fix', () => {
  it.each([
    ['en', 'please just close the case, everything works'],
    [
      'en',
      'No need for second line - I restarted the laptop and the bank opens fine now. Everything works. Please close the case.',
    ],
    ['sv', 'nu funkar allt, ni kan stänga ärendet'],
  ] as const)('%s: "%s"', async (lang, reply) => {
    const c = await atConfirm('dns_misconfigured', lang);
    await c.send(lang === 'sv' ? 'nej, fungerar fortfarande inte' : 'no, still not working');
    expect(await c.escalated()).toBe(true);
    const text = textOf(await c.send(reply));
    const last = (await c.resolutions()).at(-1);
    expect(last).toMatchObject({ outcome: 'resolved', disposition: 'resolved.remote_fix' });
    const summary = last?.type === 'resolution' ? JSON.stringify(last.summary) : '';
    expect(summary).not.toMatch(/never asked|helped only partly|withdrawn/i);
    expect(summary).toMatch(/DNS/);
    expect(text).not.toMatch(/never asked|withdrawn|dragit tillbaka/i);
    expect((await c.cases()).first).toMatchObject({ status: 'resolved', queue: null });
  });

  it('after the case closed as fixed, "please just close the case, everything works" opens nothing new', async () => {
    const c = await atConfirm('default_admin_password', 'en');
    await c.send('yes it works');
    const r = await c.send('please just close the case, everything works');
    expect((await c.cases()).next).toBeUndefined();
    expect(textOf(r)).toMatch(/already closed/);
  });
});

describe('(d) a yes beside a question about the WLAN light', () => {
  it.each([
    [
      'sv',
      'Ja nu syns nätverket i plattan igen. Men lampan där det står WLAN blinkar hela tiden, är det meningen?',
    ],
    ['sv', 'jo nu hittar mobilen wifit. men wifi-lampan blinkar hela tiden, är det normalt?'],
    ['en', 'Yes, the network shows on my tablet again. But the WLAN light keeps blinking, is that normal?'],
  ] as const)('%s: "%s" resolves with the Wi-Fi light answered', async (lang, reply) => {
    const c = await atConfirm('wifi_radio_disabled', lang);
    const r = await c.send(reply);
    const text = textOf(r);
    expect(r.at(-1)?.askKey).not.toBe('resolution.confirm');
    expect(text).toMatch(/WLAN|wifi-lampa|Wi-Fi light/i);
    expect(text).not.toMatch(/internetlampan blinkar|internet light blinks|Efter en omstart|After a restart/);
    expect((await c.resolutions()).at(-1)).toMatchObject({ outcome: 'resolved' });
  });

  it.each([
    ['sv', 'lampan där det står WLAN blinkar hela tiden, är det meningen?'],
    ['en', 'the wifi light keeps blinking, should it?'],
  ] as const)('%s: "%s" alone: the Wi-Fi light answered, asked again', async (lang, reply) => {
    const c = await atConfirm('wifi_radio_disabled', lang);
    const r = await c.send(reply);
    const text = textOf(r);
    expect(text).toMatch(/WLAN|wifi-lampa|Wi-Fi light/i);
    expect(text).not.toMatch(/internetlampan blinkar|internet light blinks|Efter en omstart|After a restart/);
  });
});
