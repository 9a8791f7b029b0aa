// Round 23: in-scope questions got "Det kan jag inte svara på härifrån / That one I can't answer from here", the
// answer of another topic, or a fault flow. a7: after the close "om de e segt ikväll igen då? och kan ni göra ett
// eget 5ghz nät bara för ps5an" (both "can't answer"); c3: "PIN-kod? Är det samma som till banken?" (can't answer)
// and, after the close, "finns det pensionärsrabatt?" (a billing invoice case, then a line test, a restart step
// and a P1 tier2 case); b10: "can i get my invoices by email instead of paper?" (read as how billing contacts
// him); b2: "hur gör jag om jag vill byta lösenord?" after a Mina sidor unlock (a Wi-Fi key change offered on a
// false case); b6: "routern sitter direkt i väggen" after a DSL handoff (only filed); a10: "will it break if the
// pc gets a new address?" at a port forward ("No — I only change what I described").
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, handedOver, portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const CANT = /can’t answer|cannot answer|kan jag inte svara/i;
const JOHAN = { customerNumber: '200129', name: 'Johan Karlsson', pin: '1384' };
const PER = { customerNumber: '200115', name: 'Per Persson', pin: '2250' };

async function closedCase(lang: Language, fault: 'wifi_channel_congestion' | 'cpe_hung', opening: string) {
  const c = await chat(lang, faultWorld([fault]), fault === 'cpe_hung' ? PER : JOHAN);
  await untilAsked(c, 'resolution.confirm', `${opening} ${c.pin}`);
  const r = await c.send(lang === 'en' ? 'yes it works now' : 'ja det funkar nu');
  expect(r.at(-1)?.askKey).toBe('csat.score');
  return c;
}

async function linkedQueues(c: Awaited<ReturnType<typeof chat>>) {
  return (await c.desk.tickets.list({ limit: 10 })).items
    .filter((x) => x.id !== c.ticketId)
    .map((x) => x.queue);
}

describe('a separate 5 GHz network asked for after the close (a7)', () => {
  // Since f39 (the 5 GHz band's own name) the desk does this itself: asked for after the close, its own permission
  // is asked (consent.wifi_change) and nothing goes to second line; a question asked beside it is still answered,
  // in the same reply before the permission question.
  it.each([
    ['sv', 'om de e segt ikväll igen då? och kan ni göra ett eget 5ghz nät bara för ps5an', true],
    ['sv', 'kan ni dela upp 2.4 och 5 så jag ser två olika nät på ps5an', false],
    ['sv', 'en sak till, går det att få ett separat 5 GHz-nät? jag vill ha det för konsolen', false],
    ['en', "what if it's slow again tonight? and can you make a separate 5ghz network just for my ps5", true],
    ['en', 'could you split the 2.4 and 5 ghz bands into two networks please?', false],
  ] as const)(
    '%s: "%s" → its own permission asked, no tier2 case, a question beside it answered',
    async (lang, text, again) => {
      const c = await closedCase(
        lang,
        'wifi_channel_congestion',
        lang === 'sv' ? 'wifit e sjukt segt på kvällarna' : 'wifi is super slow in the evenings',
      );
      const r = await c.send(text);
      const said = r.map((m) => m.text).join('\n');
      expect(said).not.toMatch(CANT);
      expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
      const consent = lang === 'sv' ? /5 GHz-nät ett eget namn/ : /5 GHz network a name of its own/;
      expect(said).toMatch(consent);
      expect(said).not.toMatch(/testar din linje|testing your line/);
      if (again) {
        expect(said).toMatch(lang === 'sv' ? /i kväll det märks/ : /tonight is the real test/);
        expect(said).toMatch(/T-000001/);
        expect(said.indexOf('T-000001')).toBeLessThan(said.search(consent));
      }
      expect(await linkedQueues(c)).not.toContain('tier2');
      expect(c.desk.world.actionsDone()).toEqual(['wifi_channel_change']);
    },
  );

  it('en: "what does a separate 5 GHz network mean?" is answered, nothing passed on', async () => {
    const c = await closedCase('en', 'wifi_channel_congestion', 'wifi is super slow in the evenings');
    const said = await c.say('what would a separate 5 ghz network even do? is it better for gaming?');
    expect(said).toMatch(/separate 5 GHz/);
    expect(await linkedQueues(c)).toEqual([]);
  });
});

describe('the PIN asked about as a bank code (c3)', () => {
  it.each([
    ['sv', 'PIN-kod? Är det samma som till banken? Den har jag inte tänkt ge ut.'],
    ['sv', 'är det min bankkod ni vill ha?'],
    ['sv', 'Den till bankdosan?'],
    ['en', 'pin? like my bank card pin?? not giving that out'],
    ['en', 'is that the code for my visa card?'],
  ] as const)('%s: "%s" → not a bank code, where the PIN is, the PIN asked again', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']), PER);
    await c.send(lang === 'sv' ? 'internet fungerar inte' : 'internet does not work');
    const pin = await c.send(PER.customerNumber);
    expect(pin.at(-1)?.askKey).toBe('identity.pin');
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(
      lang === 'sv' ? /inte din bankkod.*välkomstbrevet/ : /not your bank code.*welcome letter/,
    );
    expect(r.at(-1)?.askKey).toBe('identity.pin');
  });
});

describe('a discount asked for after the close (c3)', () => {
  it.each([
    [
      'sv',
      'En sak till, min dotter sa att jag skulle fråga om det finns pensionärsrabatt, vi betalar ganska mycket.',
    ],
    ['sv', 'Hallå? Pensionärsrabatt, finns det?'],
    ['sv', 'har ni studentrabatt?'],
    ['en', 'one more thing, is there a discount for pensioners? we pay quite a lot'],
    ['en', 'do you do student discounts'],
  ] as const)('%s: "%s" → answered, passed to sales, no fault flow', async (lang, text) => {
    const c = await closedCase(
      lang,
      'cpe_hung',
      lang === 'sv' ? 'internet fungerar inte' : 'internet is down',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(lang === 'sv' ? /rabatter.*säljavdelning/ : /discounts.*sales team/);
    expect(said).not.toMatch(/testar din linje|testing your line|strömsladd|power cable/);
    const others = (await c.desk.tickets.list({ limit: 10 })).items.filter((x) => x.id !== c.ticketId);
    expect(others.map((x) => x.queue)).toEqual(['sales']);
    expect(others[0].priority).not.toBe('P1');
    expect(c.desk.world.actionsDone()).toEqual(['cpe_reboot']);
    // Asked again: the same case gets it, never a second one.
    await c.say(
      lang === 'sv' ? 'Hallå? Pensionärsrabatt, finns det?' : 'hello? discount for pensioners, yes or no?',
    );
    expect(await linkedQueues(c)).toEqual(['sales']);
  });
});

describe('invoices by e-mail asked beside billing’s case (b10)', () => {
  it.each([
    ['en', 'fine. one more thing, can i get my invoices by email instead of paper from now on?'],
    [
      'en',
      'no i mean the invoices themselves. e-invoice or pdf by email instead of the paper one in the mail',
    ],
    ['en', 'also, can you switch me to paperless billing?'],
    ['sv', 'en sak till, kan jag få fakturan som pdf på mejlen istället för papper?'],
    ['sv', 'går det att få e-faktura i stället?'],
  ] as const)('%s: "%s" → answered, on billing’s case, no second case', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.send(
      lang === 'en'
        ? "my latest invoice is about 150 kr higher than usual and I haven't changed anything. Why?"
        : 'min senaste faktura är 150 kr högre än vanligt och jag har inte ändrat något. Varför?',
    );
    expect((await c.cases()).first?.queue).toBe('billing');
    const said = await c.say(text);
    expect(said).toMatch(lang === 'en' ? /invoices by e-mail/ : /fakturor via mejl/);
    expect(said).not.toMatch(/calls only if|ringer bara om/);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => n.includes(text.slice(0, 30)))).toBe(true);
    expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBe(1);
  });
});

describe('the account pages’ password asked about in a sign-in case (b2)', () => {
  const KARIN = { customerNumber: '200171', name: 'Maria Åberg', pin: '7464' };
  it.each([
    [
      'sv',
      'Tack, nu kom jag in! Men ni svarade inte på min andra fråga, hur gör jag om jag vill byta lösenord?',
      true,
    ],
    ['sv', 'ja nu funkar det. hur byter jag lösenordet sen?', true],
    ['en', 'yes I got in, thanks! but how do I change my password afterwards?', true],
    ['sv', 'Ni svarar fortfarande inte på frågan om hur jag byter lösenordet.', false],
    ['en', 'how do i set a new password then?', false],
  ] as const)(
    '%s: "%s" → how to change it on the account pages, never the Wi-Fi key',
    async (lang, text, atConfirm) => {
      const c = await chat(lang, faultWorld(['portal_account_locked']), KARIN);
      await untilAsked(
        c,
        'resolution.confirm',
        `${lang === 'sv' ? 'kommer inte in på mina sidor, kontot är spärrat' : 'my account on my pages is locked'} ${c.pin}`,
      );
      if (!atConfirm) await c.send(lang === 'sv' ? 'ja tack' : 'yes thanks');
      const r = await c.send(text);
      const said = r.map((m) => m.text).join('\n');
      expect(said).toMatch(lang === 'sv' ? /Lösenordet till .* byter du själv/ : /password for .* yourself/);
      expect(said).not.toMatch(/wifi-lösenord|Wi-Fi password/i);
      expect(r.at(-1)?.askKey ?? null).not.toBe('consent.wifi_change');
      expect(c.desk.world.actionsDone()).not.toContain('wifi_password_change');
      expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBe(1);
    },
  );
});

describe('a likely cause told after a DSL handoff (b6)', () => {
  it.each([
    [
      'sv',
      'jo det sitter en vit dosa i väggen, telefonen sitter i den. routern sitter direkt i väggen bredvid tror jag',
    ],
    ['sv', 'routern är kopplad rakt i jacket, utan filter'],
    ['en', 'the router is plugged straight into the wall, the phone goes in the white box'],
    ['en', 'oh, the modem is connected without the splitter i think'],
  ] as const)('%s: "%s" → the tip, and the clue on the case', async (lang, text) => {
    const c = await chat(lang, faultWorld(['dsl_low_snr']), {
      customerNumber: '200227',
      name: 'Johan Johansson',
      pin: '6891',
    });
    await handedOver(
      c,
      `${lang === 'sv' ? 'nätet hackar hela tiden, jag vill prata med en människa' : 'internet keeps dropping, i want a human'} ${c.pin}`,
    );
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /filterdosans DSL-uttag/ : /splitter’s DSL/);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => n.startsWith('likely cause, for the team'))).toBe(true);
  });

  it('sv: "vad är en filterdosa, har jag en sån?" → what it is and how to tell', async () => {
    const c = await chat('sv', faultWorld(['dsl_low_snr']), {
      customerNumber: '200227',
      name: 'Johan Johansson',
      pin: '6891',
    });
    await handedOver(c, `nätet hackar hela tiden, jag vill prata med en människa ${c.pin}`);
    const said = await c.say('24 timmar?? nätet hackar NU. vad är en filterdosa förresten, har jag en sån?');
    expect(said).toMatch(/Du har en om/);
  });
});

describe('the device’s address changing under a port forward (a10)', () => {
  const opening =
    'hi! I need to open a port on my router for my minecraft server so my friends can join. port 25565, the server pc is 192.168.1.50';
  it('en: the new address with "does that matter?" → the forward follows one address; asked again for it', async () => {
    const d = await portForwardDesk('en', opening);
    const r = await d.send(
      'wait no, i just checked and its 192.168.1.52 now, it changed after i restarted the pc. does that matter?',
    );
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(/DHCP reservation/);
    expect(said).toMatch(/192\.168\.1\.52/);
    expect(r.at(-1)?.askKey).toBe('consent.config_change');
  });

  it.each([
    ['en', 'ok yes. but will it break if the pc gets a new address again?'],
    ['en', 'yes. what if my router gives it a different ip tomorrow?'],
    ['sv', 'ja. men vad händer om datorn får en ny ip-adress?'],
  ] as const)('%s: "%s" → the address answer, never "I only change what I described"', async (lang, text) => {
    const d = await portForwardDesk(
      lang,
      lang === 'en' ? opening : 'hej, behöver öppna port 25565 för min minecraftserver på 192.168.1.50',
    );
    const r = await d.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(/DHCP/);
    expect(said).not.toMatch(/only change what I described|ändrar bara det jag beskrev/);
  });
});

describe('a rename asked for beside the yes that closes (b3)', () => {
  const PRIYA = { customerNumber: '200178', name: 'Priya Novak', pin: '9309' };
  it.each([
    ['en', 'yes thanks. one more thing - could you rename my wifi too? its called some ugly FL-xxxx thing'],
    ['en', 'yep all good. also can you rename the wifi? hate the default name'],
    ['sv', 'ja tack. en sak till, kan ni byta namn på wifit också? det heter nåt fult FL-xxxx'],
  ] as const)(
    '%s: "%s" → the name asked for, never "can\'t answer"; a name given then is used',
    async (lang, text) => {
      const c = await chat(lang, faultWorld(['default_admin_password']), PRIYA);
      await untilAsked(
        c,
        'resolution.confirm',
        `${lang === 'en' ? 'want to change the admin password on my router, its still the one on the sticker' : 'vill byta adminlösenordet på routern, det är fortfarande det på klistermärket'} ${c.pin}`,
      );
      const r = await c.send(text);
      expect(r.map((m) => m.text).join('\n')).not.toMatch(CANT);
      expect(r.at(-1)?.askKey).toBe('config.wifi_name');
      const named = await c.send(
        lang === 'en'
          ? "huh? the wifi is on the router isn't it. i just want the network name changed to Novak5G"
          : 'hallå? jag vill bara ha wifi-namnet ändrat till Novak5G',
      );
      expect(named.at(-1)?.askKey).toBe('consent.wifi_change');
      expect(named.map((m) => m.text).join('\n')).toMatch(/Novak5G/);
    },
  );
});
