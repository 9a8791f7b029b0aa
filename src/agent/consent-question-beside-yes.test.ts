// Round 9, list e (issue 14): questions the desk can answer are answered in the customer's words, a
// question is never consent, and texts fit the case's situation (no outage text where there is no fault).
import { describe, expect, it } from 'vitest';
import { converseIn as converse } from './testing/converse.js';

const ID = { en: 'some websites wont open. 200115 pin 4711', sv: 'vissa sidor laddar inte. 200115 pin 4711' };

describe('a question beside a yes at a permission is answered and asked again (rp9a #2)', () => {
  it.each([
    ['en', 'ok but will my brothers gaming stuff stop working?'],
    ['en', 'ok will that break his xbox port forwarding?'],
    ['en', 'sure but does it affect my playstation setup'],
    ['sv', 'ok men kommer min brors spelgrejer sluta funka?'],
    ['sv', 'okej men funkar portoppningen kvar sen?'],
  ] as const)('%s: "%s" runs nothing', async (language, text) => {
    const { world, last } = await converse(['dns_misconfigured'], language, [ID[language], text]);
    expect(world.calls).toEqual([]);
    expect(last).toMatch(/port forwarding|portöppningar/);
    expect(last).toMatch(/May I change your router's DNS|Får jag ändra tillbaka routerns DNS/);
  });

  it('en: "what is dns? … will that break?" answers both questions', async () => {
    const { last, world } = await converse(['dns_misconfigured'], 'en', [
      ID.en,
      'what is dns? my brother set something up on the router last year for gaming, will that break?',
    ]);
    expect(world.calls).toEqual([]);
    expect(last).toMatch(/address book/);
    expect(last).toMatch(/port forwarding/);
  });

  it('en: a yes after the question goes ahead', async () => {
    const { world } = await converse(['dns_misconfigured'], 'en', [
      ID.en,
      'will my brothers xbox still work? ok go ahead',
    ]);
    expect(world.calls.map((c) => c.action)).toEqual(['dns_reset']);
  });

  it('en: after the close, "will his port forwarding still work?" is answered from what was done', async () => {
    const { last, ticket } = await converse(['dns_misconfigured'], 'en', [
      ID.en,
      'yes',
      'yes',
      'will my brothers port forwarding for his xbox still work?',
    ]);
    expect(last).toMatch(/port forwarding/);
    expect(ticket?.disposition).toMatch(/^resolved/);
  });
});

describe('at the restart permission (rp9a #3, rp9b #1)', () => {
  it.each([
    ['en', 'like i said last time i restarted it i lost all my settings. will that happen again?'],
    ['en', 'when i restarted it last year my settings were gone, will that happen?'],
    ['sv', 'förra gången jag startade om den försvann mina inställningar. händer det igen?'],
  ] as const)(
    '%s: "%s" is a worry about the settings, not a restart already done',
    async (language, text) => {
      const { last, world } = await converse(['cpe_hung'], language, [
        language === 'sv' ? 'internet funkar inte. 200115 pin 4711' : 'nothing loads. 200115 pin 4711',
        text,
      ]);
      expect(world.calls).toEqual([]);
      expect(last).toMatch(/restart keeps all your settings|omstart/);
      expect(last).not.toMatch(/still worth it|ändå värt/);
    },
  );

  it.each([
    ['sv', 'hjälper det verkligen?'],
    ['sv', 'kommer det ens hjalpa?'],
    ['en', 'will that even help?'],
    ['en', 'is a restart really going to fix it?'],
  ] as const)('%s: "%s" is answered with why the restart fits', async (language, text) => {
    const { last, world } = await converse(['cpe_hung'], language, [
      language === 'sv' ? 'internet funkar inte. 200115 pin 4711' : 'nothing loads. 200115 pin 4711',
      text,
    ]);
    expect(world.calls).toEqual([]);
    expect(last).toMatch(
      /got stuck, and a restart clears exactly that|hängt sig, och det är precis det en omstart löser/,
    );
  });
});

describe('after the outage is told (rp9c #4, rp9a #5)', () => {
  const opening = { en: 'no internet. 200115 pin 4711', sv: 'inget internet. 200115 pin 4711' };
  it.each([
    ['en', 'ok thanks. but still, how does a fibre cut affect me when im on cable?'],
    ['en', 'fibre cut?? i have dsl not fiber'],
    ['sv', 'fiberavbrott? jag har ju kabel-tv, inte fiber. hur påverkar det mig?'],
  ] as const)('%s: "%s" says why the cut reaches the customer\'s access', async (language, text) => {
    const { last } = await converse(['area_outage'], language, [opening[language], text], { outage: true });
    expect(last).toMatch(/carries the traffic for every home|bär trafiken för alla hem/);
    expect(last).not.toMatch(/added your message|lagt till ditt meddelande/);
  });

  it.each([
    ['sv', 'mitt möte är om en timme. vad ska jag göra?'],
    ['sv', 'ok men mötet då, finns det nåt jag kan göra tills dess?'],
    ['en', 'i work from home, what should i do?'],
    ['en', 'anything i can do in the meantime?'],
  ] as const)('%s: "%s" gets the mobile hotspot meanwhile', async (language, text) => {
    const { last } = await converse(['area_outage'], language, [opening[language], text], { outage: true });
    expect(last).toMatch(/hotspot/);
  });
});

describe('a restart asked about beside a case without a fault (rp9a #10, rp9c #10)', () => {
  it.each([
    ['en', 'actually can you just restart my router, maybe that fixes the tv guide?'],
    ['en', 'is there anything i can try myself meanwhile? like unplugging the box or restarting the router?'],
    ['sv', 'kan ni inte bara starta om routern? det kanske fixar tv-guiden'],
  ] as const)('%s: "%s" invents no fault being repaired', async (language, text) => {
    const { last } = await converse(
      [],
      language,
      [language === 'sv' ? 'kan jag prata med en människa' : 'can i talk to a real person please', text],
      { portal: true },
    );
    expect(last).not.toMatch(/this fault|once the fault is repaired|det här felet|när felet är/);
    expect(last).toMatch(/Nothing I can see points to your router|Inget jag ser pekar på din router/);
  });
});

describe('during the security lock-down (rp9c #8)', () => {
  it.each([
    ['en', "done, my phone is back on. printer i'll do later. is the hacker out now?"],
    ['en', 'done. can they still get in?'],
    ['sv', 'klart, mobilen är inne. skrivaren tar jag sen. är hackaren ute nu?'],
  ] as const)('%s: "%s" is done, and the question answered', async (language, text) => {
    const { last } = await converse(
      [],
      language,
      [
        language === 'sv' ? 'jag tror nån har hackat min router' : 'i think someone hacked my router',
        language === 'sv' ? 'ja gör det' : 'ok yes do it',
        text,
      ],
      { portal: true },
    );
    expect(last).toMatch(/Off your Wi-Fi, yes|Ute från ditt wifi, ja/);
    expect(last).toMatch(/admin password\?|administratörslösenord\?/);
    expect(last).not.toMatch(/colleague will answer|en kollega svarar/);
  });

  it.each([
    ['en', 'whats the difference from the wifi password? ok yes'],
    ['sv', 'vad är skillnaden mot wifi-lösenordet? ok ja'],
  ] as const)('%s: "%s" explains the admin password, then sets it', async (language, text) => {
    const { last, world } = await converse(
      [],
      language,
      [
        language === 'sv' ? 'jag tror nån har hackat min router' : 'i think someone hacked my router',
        language === 'sv' ? 'ja gör det' : 'ok yes do it',
        language === 'sv' ? 'klart' : 'done',
        text,
      ],
      { portal: true },
    );
    expect(last).toMatch(
      /settings page — it is not your Wi-Fi password|inställningssida – det är inte ditt wifi-lösenord/,
    );
    expect(world.calls.map((c) => c.action)).toContain('admin_password_change');
  });
});

describe('at the PIN question, where it is and an outage in a named place (rp9a #5)', () => {
  it.each([
    ['sv', 'vet inte, var hittar jag den? kan ni inte bara kolla om det är fel i limhamn'],
    ['sv', 'var hittar jag pinkoden? ar det nat fel pa limhamn kanske'],
    ['en', 'no idea where is it? cant you just check if there are problems in limhamn'],
  ] as const)('%s: "%s" gets where the PIN is and the outage, no "nothing noted"', async (language, text) => {
    const { last } = await converse(
      ['area_outage'],
      language,
      [language === 'sv' ? 'inget internet' : 'no internet', '200115', text],
      { outage: true },
    );
    expect(last).toMatch(/welcome letter|välkomstbrevet/);
    expect(last).toMatch(/fibre cut in Limhamn|fiberavbrott i Limhamn/);
    expect(last).not.toMatch(/not noted anything|inte antecknat något/);
  });

  it('sv: a real retraction still gets "nothing noted"', async () => {
    const { last } = await converse(['cpe_hung'], 'sv', [
      'internet funkar inte',
      '200115',
      'nej vänta, det är fel',
    ]);
    expect(last).toMatch(/inte antecknat något/);
  });
});

describe('after the outcome: a blinking light, a receipt (rp9b #3, rp9b #5)', () => {
  it.each([
    ['sv', 'bra tack! en sak till, wifi lampan blinkar hela tiden är det normalt?'],
    ['en', 'the wifi light keeps flashing, is that ok?'],
  ] as const)('%s: "%s" is answered without a new case', async (language, text) => {
    const { last, ticket, world } = await converse(['cpe_hung'], language, [
      language === 'sv' ? 'internet funkar inte. 200115 pin 4711' : 'nothing loads. 200115 pin 4711',
      language === 'sv' ? 'ja' : 'yes',
      language === 'sv' ? 'ja' : 'yes',
      text,
    ]);
    expect(last).toMatch(/blinking Wi-Fi light just means data|blinkande wifi-lampa betyder bara att data/);
    expect(last).not.toMatch(
      /forget the Wi-Fi network|Glöm wifi-nätverket|testing your line|testar din linje/,
    );
    expect(ticket?.disposition).toMatch(/^resolved/);
    expect(world.calls.map((c) => c.action)).toEqual(['cpe_reboot']);
  });

  it.each([
    ['sv', 'ok. ska jag skicka kvittot nånstans?'],
    ['sv', 'det var inte det jag frågade. kvittot, vart skickar jag det'],
    ['en', 'where do i send the receipt?'],
  ] as const)('%s: "%s" at a billing case says how to show the payment', async (language, text) => {
    const { last } = await converse(['billing_suspended'], language, [
      language === 'sv' ? 'internet funkar inte. 200115 pin 4711' : 'internet stopped. 200115 pin 4711',
      text,
    ]);
    expect(last).toMatch(/payment details right here|betalningsuppgifterna direkt här/);
    expect(last).not.toMatch(/that you have already paid|att du redan har betalat/);
  });
});

describe('which box is the router, at the power step (rp9b #3)', () => {
  it.each([
    ['sv', 'vilken är routern? det finns två lådor här, en vit och en svart', 'fiber', /fiberboxen/],
    ['en', 'which one is the router? there are two boxes here', 'cable', /cable modem/],
    ['en', 'there are 2 boxes, which is the router', 'dsl', /filter \(splitter\)/],
  ] as const)('%s: "%s" is answered for the access', async (language, text, access, answer) => {
    const { last } = await converse(
      ['cpe_powered_off'],
      language,
      [
        language === 'sv' ? 'inget internet alls. 200115 pin 4711' : 'no internet at all. 200115 pin 4711',
        text,
      ],
      { access },
    );
    expect(last).toMatch(answer);
    expect(last).toMatch(/Tell me when|Säg till när/);
  });
});

describe('a band question at "does it work now?" (rp9c #2)', () => {
  it.each([
    'well on the cable yes. but how do i know if im on 5 ghz? theres two networks with almost the same name',
    'how do i know if im on the 5ghz one?',
  ])('"%s" gets how to see the band, not how to check the fix', async (text) => {
    const { last } = await converse(
      ['speed_wifi_limited'],
      'en',
      ['i pay for 500 and get 40 on wifi. 200115 pin 4711', 'ok', text],
      { canDo: ['step.wired_test', 'step.rejoin_wifi'] },
    );
    expect(last).toMatch(/5 GHz/);
    expect(last).not.toMatch(/Open a web page on your phone/);
  });
});
