// Round 24 (issue 14, L1): every part of a message is answered — a second question beside the first, a
// question beside a yes or a "done", is never dropped and never closed over.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function poweredBackOn(lang: 'sv' | 'en') {
  const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
  await c.say(
    lang === 'sv'
      ? 'det lyser inga lampor på routern, internet funkar inte'
      : 'no lights on the router, no internet',
  );
  await c.say('100482');
  await c.asks('4711', 'step.power_on');
  c.desk.world.performStep('step.power_on');
  await c.say(lang === 'sv' ? 'klart' : 'done');
  return c;
}

describe('c1: "why did it happen? … and will it happen again" after the fix answers both', () => {
  const AGAIN = {
    sv: /inte igen så länge kontakten sitter i/,
    en: /not happen again as long as the plug stays in/,
  };
  const WHY = { sv: /ingen ström/, en: /no power/ };
  it.each([
    ['sv', 'varför hände det? … och kommer det hända igen', true],
    ['sv', 'vad berodde det på och kan det hända igen', true],
    ['sv', 'kan jag förhindra det?', false],
    ['sv', 'kommer det hända igen? varför slocknade den', true],
    ['en', 'why did that happen and can i prevent it?', true],
    ['en', 'what caused it and is it fixed for good?', true],
    ['en', 'could this happen again?', false],
  ] as const)('%s after the close: "%s"', async (lang, question, why) => {
    const c = await poweredBackOn(lang);
    await c.asks(lang === 'sv' ? 'ja det funkar' : 'yes it works', 'csat.score');
    const r = await c.say(question);
    expect(r).toMatch(AGAIN[lang]);
    expect(r.split(AGAIN[lang]).length).toBe(2);
    if (why) expect(r).toMatch(WHY[lang]);
  });

  it.each([
    ['sv', '5. men varför hände det? och kommer det hända igen?'],
    ['en', '5 - why did it happen, will it happen again?'],
  ] as const)('%s with the score: "%s"', async (lang, question) => {
    const c = await poweredBackOn(lang);
    await c.asks(lang === 'sv' ? 'ja det funkar' : 'yes it works', 'csat.score');
    const r = await c.say(question);
    expect(r).toMatch(AGAIN[lang]);
    expect(r).toMatch(WHY[lang]);
  });
});

describe('c8: at "reconnect your device", a done with a question about other people\'s devices', () => {
  async function newKeyGiven(lang: 'sv' | 'en') {
    const c = await chat(lang, faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }));
    await c.say(lang === 'sv' ? 'jag har glömt wifi-lösenordet' : 'i forgot my wifi password');
    await c.say('100482');
    await c.asks('4711', 'consent.wifi_change');
    await c.asks(c.yes, 'step.rejoin_wifi');
    return c;
  }
  const ONCE = { sv: /behöver det nya lösenordet en gång/, en: /new password once/ };
  it.each([
    ['sv', 'Klart, min telefon är med igen. Men barnbarnen då, behöver de också det nya?'],
    ['sv', 'klart. behöver barnen också det nya lösenordet på sina ipads?'],
    ['sv', 'min dator är inne nu. men tvn och skrivaren då?'],
    ['sv', 'ok klart, måste frun också byta på sin laptop?'],
    ['en', "done, my phone is back on. what about the kids' iPads?"],
    ['en', 'done. does my wifes laptop need the new one too?'],
    ['en', 'ok im connected. the grandkids, do they need it as well?'],
  ] as const)('%s: "%s" is answered, not closed over', async (lang, text) => {
    const c = await newKeyGiven(lang);
    const replies = await c.send(text);
    const r = replies.map((x) => x.text).join('\n');
    expect(r).toMatch(ONCE[lang]);
    expect(r.split(ONCE[lang]).length).toBe(2);
  });
});

describe('b3: a phone plugged into the router, asked about at the restart', () => {
  const SILENT = {
    sv: /telefonen som sitter i routern går via den/i,
    en: /phone plugged into the router goes through it/i,
  };
  it.each([
    ['sv', 'Jaha. Ja, gör det. Men jag har en telefon kopplad till den, tappar jag den också?', true],
    ['sv', 'ok kör. min fasta telefon sitter i routern, funkar den under tiden?', true],
    ['sv', 'funkar ip-telefonin under omstarten? annars ja', false],
    ['en', 'yes do it. but my home phone is plugged into the router, will i lose that too?', true],
    ['en', 'will my voip phone go down? if not go ahead', false],
    ['en', 'sure, restart it. the landline is connected to the router though, will it work after?', true],
  ] as const)('%s: "%s" is answered as that phone, never the Wi-Fi', async (lang, text, yes) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(lang === 'sv' ? 'internet funkar inte' : 'internet is down');
    await c.say('100482');
    await c.asks('4711', 'consent.reboot');
    const r = await c.say(text);
    expect(r).toMatch(SILENT[lang]);
    expect(r).not.toMatch(/wifi|wi-fi/i);
    const ran = c.desk.world.calls.map((x) => x.action);
    if (yes) expect(ran).toEqual(['cpe_reboot']);
    else expect(ran).toEqual([]);
  });

  it.each([
    ['sv', 'ja nu verkar det gå. men fungerar telefonen som sitter i routern nu?'],
    ['en', 'yes works now. and the phone plugged into the router, does it work again?'],
  ] as const)('%s at the confirm: "%s" answered from the restart', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(lang === 'sv' ? 'internet funkar inte' : 'internet is down');
    await c.say('100482');
    await c.asks('4711', 'consent.reboot');
    await c.say(c.yes);
    const r = await c.say(text);
    expect(r).toMatch(/came back with it|kom tillbaka med den/);
  });
});

describe('a4: "will it cost more?" at a permission is answered, whatever else the message says', () => {
  const FREE = { sv: /Nej, det kostar ingenting/, en: /No, it costs nothing/ };
  it.each([
    ['sv', ['wifi_radio_disabled'], 'Jag vet inte. Blir det dyrare? Annars ja.', 'consent.wifi_change'],
    ['sv', ['wifi_radio_disabled'], 'kostar det något? i så fall nej', 'consent.wifi_change'],
    ['en', ['wifi_radio_disabled'], 'is there a fee for that?', 'consent.wifi_change'],
    ['sv', ['cpe_hung'], 'blir det dyrare för mig om ni startar om den?', 'consent.reboot'],
    ['en', ['cpe_hung'], 'hmm not sure. will this cost me anything?', 'consent.reboot'],
    ['en', ['dns_misconfigured'], 'does that cost extra? if not, ok', 'consent.config_change'],
  ] as const)('%s %s: "%s"', async (lang, faults, text, ask) => {
    const c = await chat(lang, faultWorld([...faults]));
    const wifi = faults[0] === 'wifi_radio_disabled';
    await c.say(
      lang === 'sv'
        ? wifi
          ? 'wifi-nätet syns inte längre'
          : 'internet funkar inte'
        : wifi
          ? 'my wifi network is gone'
          : 'internet is down',
    );
    await c.say('100482');
    await c.asks('4711', ask);
    const replies = await c.send(text);
    const r = replies.map((x) => x.text).join('\n');
    expect(r).toMatch(FREE[lang]);
    expect(r.split(FREE[lang]).length).toBe(2);
    expect(c.desk.world.calls).toEqual([]);
    expect(replies.at(-1)?.askKey).toBe(ask);
  });
});

describe('a6: after a handoff to a person, what the signal margin is and whether to check the filter now', () => {
  async function handedToPerson(lang: 'sv' | 'en') {
    const c = await chat(lang, faultWorld(['dsl_low_snr']));
    await c.say(
      lang === 'sv'
        ? 'internet hackar hela tiden. 100482 och pin 4711. kan jag prata med en riktig människa istället? inget personligt'
        : 'my internet keeps dropping. 100482 pin 4711. can i talk to a real person instead? nothing personal',
    );
    expect((await c.cases()).first?.status).toBe('escalated');
    return c;
  }
  const SNR = {
    sv: /Signalmarginalen \(SNR\) är .*Din är låg/,
    en: /The signal margin \(SNR\) is .*Yours is low/,
  };
  const CHECK = {
    sv: /Ja, gör gärna det nu: kontrollera att filtret/,
    en: /Yes, please do it now: check that the filter/,
  };
  const WHAT_FILTER = { sv: /är en liten dosa i telefonjacket/, en: /is a small box/ };
  it.each([
    ['sv', 'ok tack. men vad betyder signalmarginal? är det mitt fel, typ min kabel?', true],
    ['sv', 'vad är snr för nåt', false],
    ['en', 'what does signal margin mean? and is it my fault?', true],
    ['en', "what's SNR anyway", false],
  ] as const)('%s: "%s" says what the margin is, and that theirs is low', async (lang, text, mine) => {
    const c = await handedToPerson(lang);
    const r = await c.say(text);
    expect(r).toMatch(SNR[lang]);
    if (mine) expect(r).toMatch(lang === 'sv' ? /Inte egentligen|filter/ : /Not really|filter/);
  });
  it.each([
    ['sv', 'ok men jag har faktiskt ett filter vid jacket, ska jag kolla det nu medan jag väntar?'],
    ['sv', 'borde jag kontrollera kablarna under tiden?'],
    ['en', 'i do have a filter at the jack, should i check it now while i wait?'],
    ['en', 'should i look at the splitter now?'],
  ] as const)('%s: "%s" is told yes, and what to check', async (lang, text) => {
    const c = await handedToPerson(lang);
    const r = await c.say(text);
    expect(r).toMatch(CHECK[lang]);
    expect(r).not.toMatch(WHAT_FILTER[lang]);
  });
});

describe('c6: after a visit is booked, "no internet until Thursday? and a discount?" answers both', () => {
  async function visitBooked(lang: 'sv' | 'en', fault: 'docsis_power_out_of_range' | 'fiber_los') {
    const c = await chat(lang, faultWorld([fault]));
    await c.say(lang === 'sv' ? 'internet tappar hela tiden' : 'my internet keeps dropping');
    await c.say('100482');
    await c.asks('4711', 'contact.availability');
    await c.say(lang === 'sv' ? 'torsdag förmiddag' : 'thursday morning');
    expect((await c.cases()).first?.status).toBe('escalated');
    return c;
  }
  const WORKS = {
    sv: /Internet fungerar fortfarande, men det kan tappa då och då tills teknikern/,
    en: /Your internet still works, but it may drop now and then until the technician/,
  };
  it.each([
    ['sv', 'en sak till, har jag inget internet fram till torsdag då? och blir det rabatt för det', true],
    ['sv', 'funkar internet tills teknikern kommer?', false],
    ['en', 'one more thing, so no internet until thursday? and do i get a discount for that', true],
    ['en', 'will the connection keep dropping until the visit?', false],
  ] as const)('%s: "%s"', async (lang, text, refund) => {
    const c = await visitBooked(lang, 'docsis_power_out_of_range');
    const r = await c.say(text);
    expect(r).toMatch(WORKS[lang]);
    if (refund) {
      expect(r).toMatch(lang === 'sv' ? /avdrag/ : /reduction|money back|refund/);
      expect(r.search(WORKS[lang])).toBeLessThan(
        r.search(lang === 'sv' ? /avdrag/ : /reduction|money back|refund/),
      );
    }
  });
  it.each([
    ['sv', 'har jag inget internet alls fram till besöket?'],
    ['en', 'so i have no internet until the technician comes?'],
  ] as const)('%s with the fibre cut: "%s" is told honestly it is down', async (lang, text) => {
    const c = await visitBooked(lang, 'fiber_los');
    const r = await c.say(text);
    expect(r).toMatch(lang === 'sv' ? /Tyvärr ja/ : /Unfortunately yes/);
  });
});

describe('a1: "how long must we wait?" means until it works again, answered once the cause is known', () => {
  const CHECK_TIME = /tar en minut eller två|takes a minute or two|Inte länge|Not long/;
  const STRAY = /Just nu, ja|Right now, yes/;
  it.each([
    [
      'sv',
      'Internet fungerar inte sedan i morse. Vad är det som händer? Och hur länge ska vi vänta, min fru behöver det till jobbet.',
    ],
    ['sv', 'hur länge måste vi vara utan internet? det har inte funkat sen igår'],
    ['en', 'internet has been down since this morning, how long do we have to wait? my wife works from home'],
    ['en', 'no internet. how long will we be without it??'],
  ] as const)('%s billing: "%s"', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['billing_suspended']));
    const first = await c.say(opening);
    expect(first).not.toMatch(CHECK_TIME);
    await c.say('100482');
    const r = await c.say('4711');
    expect(r).toMatch(lang === 'sv' ? /Tills fakturan är betald/ : /Until the invoice is paid/);
    expect(r).not.toMatch(STRAY);
  });
  it.each([
    ['sv', 'internet funkar inte. hur länge ska vi vänta?'],
    ['en', 'internet is down. how long do we have to wait?'],
  ] as const)('%s at a fibre cut needing a visit: "%s"', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['fiber_los']));
    expect(await c.say(opening)).not.toMatch(CHECK_TIME);
    await c.say('100482');
    const r = await c.say('4711');
    expect(r).toMatch(
      lang === 'sv' ? /Tills en tekniker har varit hos dig/ : /Until a technician has been to you/,
    );
  });
  it('"how long does it take?" at the opening is still the check time', async () => {
    const c = await chat('en', faultWorld(['billing_suspended']));
    expect(await c.say('internet is down, how long does this take?')).toMatch(/a minute or two/);
  });
});

describe('a5: a discount asked beside the problem gets one answer, not an invoice note and a refund text', () => {
  it.each([
    ['en', 'my internet is really slow. can you fix it today? also is there any discount for this?'],
    ['en', 'slow internet for a week now. do i get money back for this?'],
    ['sv', 'internet är jättesegt. kan ni fixa det idag? och blir det någon rabatt för det här?'],
    ['sv', 'nätet är segt sen i måndags, får jag avdrag på fakturan?'],
  ] as const)('%s: "%s"', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['speed_wifi_limited']));
    const replies = [await c.say(opening), await c.say('100482'), await c.say('4711')];
    const all = replies.join('\n');
    expect(all).not.toMatch(/You also asked about|Du frågade också om/);
    // The money answered from what the tests found, after them.
    expect(replies[2]).toMatch(/reduction|avdrag/);
  });
});

describe('rp24a: a yes among questions at a permission is taken, the questions answered beside it', () => {
  it.each([
    ['en', 'wait what couldnt you answer? anyway yes change it. how do I get the new one?'],
    ['en', 'what was that about? anyway, yes change it. where will i see the new one?'],
    ['sv', 'vad menar du att du inte kan svara på? hur som helst, ja byt det. hur får jag det nya?'],
  ] as const)('%s: "%s" changes the password and says where it is shown', async (lang, text) => {
    const c = await chat(lang, faultWorld(['default_admin_password']));
    await c.say(
      lang === 'en'
        ? 'is my router still on the default admin password? can you change it'
        : 'har routern kvar standardlösenordet för admin? kan ni byta det',
    );
    await c.say('100482');
    await c.asks('4711', 'consent.config_change');
    const r = (await c.send(text)).map((x) => x.text).join('\n');
    expect(c.desk.world.calls.map((x) => x.action)).toEqual(['admin_password_change']);
    expect(r).toMatch(/here in the chat|här i chatten/);
  });
  it('a question alone still waits: "change it?" asks, it does not say yes', async () => {
    const c = await chat('en', faultWorld(['default_admin_password']));
    await c.say('is my router still on the default admin password? can you change it');
    await c.say('100482');
    await c.asks('4711', 'consent.config_change');
    await c.send('hmm, will it change my wifi too? yes or no, then change it?');
    expect(c.desk.world.calls).toEqual([]);
  });
});

describe('b3 after the close: the phone plugged into the router, asked again', () => {
  it.each([
    ['sv', 'Hallå? Telefonen?? Den är kopplad i routern, fungerar den nu eller inte?'],
    ['en', 'hello? the phone?? it is plugged into the router, does it work now or not?'],
  ] as const)('%s: "%s" is told it came back with the router', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(lang === 'sv' ? 'internet funkar inte' : 'internet is down');
    await c.say('100482');
    await c.asks('4711', 'consent.reboot');
    await c.say(c.yes);
    await c.asks(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now', 'csat.score');
    await c.say('3');
    const r = await c.say(text);
    expect(r).toMatch(/came back with it|kom tillbaka med den/);
    expect(r).not.toMatch(/Wi-Fi network keeps|wifi-nätverk har kvar|Glöm wifi|Forget the/);
  });
});
