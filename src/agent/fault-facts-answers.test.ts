// Round 19 (F1): "why / whose fault / what now" questions are answered from what the desk found, in every
// stage — before the outcome, after a resolve, after a handoff or a booked visit — never "I can't answer
// that from here" or "noted for the team" when the fault found holds the answer (fault-facts-en.ts).
import { expect, it } from 'vitest';
import { STEP_KEYS, type FaultKind, type Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { handedOver } from './testing/field-handoff.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara|inte svara på själv/;
const PARKED = /noted your question|noterat din fråga|added your message|lagt till ditt meddelande|Bra fråga/;

type Chat = Awaited<ReturnType<typeof chat>>;

/** A chat where every step can be done. */
const able = (lang: Language, fault: FaultKind) => chat(lang, faultWorld([fault], { canDo: [...STEP_KEYS] }));

/** Resolved and scored: the case is closed. */
async function closed(c: Chat, first: string) {
  await untilAsked(c, 'resolution.confirm', first);
  await c.say(c.yes === 'ja' ? 'ja nu funkar det' : 'yes it works now');
  await c.say('5');
  expect((await c.cases()).first?.status).toBe('resolved');
}

it.each([
  [
    'en',
    'hey our wifi network just vanished from the list on all our phones?? is something broken on your end or did we do something',
  ],
  ['en', 'wifi is gone on every phone. is it on your side or did we mess something up?'],
  ['en', 'our wifi disappeared. did we do something wrong or is it your network'],
  ['sv', 'vårt wifi syns inte längre. är det fel hos er eller har vi gjort nåt?'],
  ['sv', 'vårt wifi syns inte längre, har vi gjort något fel eller ligger felet hos er?'],
] as const)('%s: "%s" at a Wi-Fi-off case is answered with whose side it is on', async (lang, opening) => {
  const c = await chat(lang, faultWorld(['wifi_radio_disabled']));
  await c.say(opening);
  const out = await c.say(c.pin);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(
    /switched off at home|stängts av hemma|switched off in the router|stängts av i (själva )?routern/,
  );
});

it.each([
  ['en', 'hello? where is the wifi button, so i dont press it again'],
  ['en', "where's the wlan button on it?"],
  ['en', 'which button is the wifi one?'],
  ['sv', 'var sitter wifi-knappen? vill inte trycka på den igen'],
  ['sv', 'vilken knapp är wifiknappen?'],
] as const)('%s: "%s" after a Wi-Fi-off case closed says where the Wi-Fi button is', async (lang, msg) => {
  const c = await able(lang, 'wifi_radio_disabled');
  await closed(c, `${c.pin}. ${lang === 'sv' ? 'vårt wifi är borta' : 'our wifi is gone'}`);
  const out = await c.say(msg);
  expect(out).toMatch(/WLAN/);
  expect(out).not.toMatch(/only button you ever need|enda knapp du behöver/);
});

it.each([
  ['en', 'yes i think so, the page loads. what made it turn off??'],
  ['en', 'yes works. why did it turn off in the first place?'],
  ['en', 'yep its back. what caused it to switch off'],
  ['sv', 'ja nu funkar det. men vad fick den att stängas av?'],
  ['sv', 'japp. varför stängdes den av?'],
] as const)('%s: "%s" at a router without power gets the usual causes', async (lang, msg) => {
  const c = await able(lang, 'cpe_powered_off');
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'internet är nere' : 'internet is down'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/power strip|grenuttag|grenkontakt/);
});

it.each([
  [
    'docsis_power_out_of_range',
    'sv',
    'förresten, vad är det som är fel egentligen? är det mitt uttag eller ert nät',
    /kabeluttag|uttaget/,
  ],
  ['docsis_power_out_of_range', 'en', 'so whats actually wrong? my socket or your network?', /outlet/],
  [
    'fiber_los',
    'en',
    'great thanks. btw is it something i did? like did i break the cable',
    /Nothing you did/,
  ],
  ['fiber_los', 'sv', 'är det nåt jag har gjort? har jag förstört kabeln?', /Inget du har gjort/],
  ['optical_power_low', 'sv', 'varför händer det här då? har funkat bra i flera år', /böjd/],
  ['optical_power_low', 'sv', 'kan det vara nåt jag gjort? typ böjt sladden?', /fibersignalen/],
  ['optical_power_low', 'en', 'why does this keep happening? its been fine for years', /bent/],
  ['optical_power_low', 'en', 'could it be something i did, like bending the cable?', /fibre signal/],
] as const)(
  '%s/%s: "%s" after a booked visit is answered from the fault found',
  async (fault, lang, msg, answer) => {
    const h = await handedOver(fault, lang, lang === 'sv' ? 'vardagar efter 10' : 'weekdays after 10');
    const out = await h.say(msg);
    expect(out).not.toMatch(CANNOT);
    expect(out).not.toMatch(PARKED);
    expect(out).toMatch(answer);
  },
);

it.each([
  ['en', 'hmm ok. so i just wait then'],
  ['en', 'so do i just wait?'],
  ['sv', 'okej. ska jag bara vänta då?'],
  ['sv', 'så det är bara att vänta?'],
] as const)('%s: "%s" after a booked visit: yes, and when the technician comes', async (lang, msg) => {
  const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'inte förmiddagar' : 'not mornings');
  const out = await h.say(msg);
  expect(out).not.toMatch(PARKED);
  expect(out).toMatch(/technician comes|teknikern kommer|besöket är bokat/);
  expect(out).toMatch(/\d\d:\d\d–\d\d:\d\d/);
});

it.each([
  ['sv', '4711. vad ska ni göra?'],
  ['sv', '4711, vad kommer ni göra då?'],
  ['en', '4711. what are you going to do?'],
  ['en', '4711 - whats the plan?'],
] as const)('%s: "%s" with the PIN at a noisy phone line says the plan', async (lang, msg) => {
  const c = await able(lang, 'dsl_low_snr');
  await c.say(
    lang === 'sv'
      ? 'internet tappar hela tiden när telefonen används'
      : 'my internet drops whenever the phone is used',
  );
  await c.say('100482');
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/First we check that together|Först kollar vi det tillsammans|First I test your line/);
});

it.each([
  ['en', 'no idea what a splitter is tbh', /small box in the phone jack/],
  ['en', 'i dont know what a filter is', /small box in the phone jack/],
  ['sv', 'ingen aning vad en splitter är ärligt talat', /liten dosa|telejacket/],
  ['en', 'no idea what the wan port is', /WAN or Internet/],
  ['sv', 'vet inte vad wan-porten är', /WAN eller Internet/],
] as const)('%s: "%s" at the cable step explains the word', async (lang, msg, answer) => {
  const c = await able(lang, 'dsl_low_snr');
  await untilAsked(
    c,
    'step.check_cables',
    `${c.pin}. ${lang === 'sv' ? 'internet tappar hela tiden' : 'internet keeps dropping'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(answer);
});

it.each([
  ['en', '24 hours is long tho, is there nothing i can do meanwhile?'],
  ['en', 'anything i can do in the meantime?'],
  ['sv', 'finns det inget jag kan göra under tiden?'],
] as const)('%s: "%s" after a second-line handoff for a noisy line says what helps', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['dsl_low_snr']));
  await untilAsked(
    c,
    'step.check_cables',
    `${c.pin}. ${lang === 'sv' ? 'internet tappar hela tiden' : 'internet keeps dropping'}`,
  );
  await c.say(lang === 'sv' ? 'det kan jag inte' : 'i cant');
  expect((await c.cases()).first?.status).toBe('escalated');
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/filter/);
});

it.each([
  ['sv', 'en sak till. ska jag starta om routern nu eller är det bra som det är? vill inte förstöra nåt'],
  ['sv', 'förstår inte. ska jag starta om den eller inte?'],
  ['en', 'one more thing, should i restart the router now or leave it? dont want to break anything'],
  ['en', 'should i reboot it now to be safe?'],
] as const)('%s: "%s" after a resolved case: no need to restart', async (lang, msg) => {
  const c = await able(lang, 'cable_unplugged');
  await closed(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet funkar inte efter att jag städat' : 'internet stopped after i cleaned behind the tv'}`,
  );
  const out = await c.say(msg);
  expect(out).toMatch(/du behöver inte starta om|do not need to restart/);
  expect(out).not.toMatch(/jag ändrar bara|I only change/);
  expect(out).not.toMatch(PARKED);
});

it.each([
  ['sv', 'hej internet funkar inte alls sen imorse. ska jag starta om routern eller?'],
  ['en', 'hi, internet is completely dead since this morning. should i reboot the router?'],
] as const)(
  '%s: "%s" opening an outage case gets the restart answered in the outage message',
  async (lang, opening) => {
    const desk = memoryDesk({
      world: faultWorld(['area_outage']),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });
    await openLimhamnOutage(desk);
    desk.directory.add({ customerNumber: '100482', name: 'Karin Lind', pin: '4711' });
    const { ticketId } = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const say = async (m: string) =>
      (await desk.agent.handleMessage(ticketId, m)).map((x) => x.text).join('\n');
    await say(opening);
    const out = await say('100482 4711');
    expect(out).toMatch(/INC-/);
    expect(out).toMatch(/restart does not help|omstart hjälper inte/);
  },
);

it('a question the case cannot answer still gets the honest fallback after a handoff', async () => {
  const c = await chat('en', faultWorld(['dsl_low_snr']));
  await untilAsked(c, 'step.check_cables', `${c.pin}. internet keeps dropping`);
  await c.say('i cant');
  const out = await c.say('what colour is the sky where your technicians sit?');
  expect(out).toMatch(/cannot answer|can’t answer|noted/);
});
