// Round 26 (a8, c7, a10): questions sent after the close got an answer to another question ("Yes — I show
// you the new password here in the chat" to "how do i see the password later if i forget again"), only
// "anything else?" ("…do u send someone or do i do it myself", moving the router), or "Thank you for your
// feedback!" and a help article on invoices (the public address the friend types in; "hello? still there?").
// After the close a question is answered as what it asks, beside a score when one comes with it.
import { describe, expect, it } from 'vitest';
import { chat, portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ANYTHING_ELSE_ONLY =
  /^(Is there anything else I can help with\? Just write\.|Är det något mer jag kan hjälpa till med\? Skriv bara\.)$/;

async function scores(c: Awaited<ReturnType<typeof chat>>) {
  return (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'csat' ? [e.score] : []));
}

describe('a8: where to find the Wi-Fi password later', () => {
  it.each([
    ['en', '5. how do i see the password later if i forget again lol', 5],
    ['en', 'where can i find the wifi password in the future if i lose it?', null],
    ['sv', '5. hur ser jag lösenordet sen om jag glömmer det igen?', 5],
    ['sv', 'var hittar jag wifi-lösenordet nästa gång jag glömt det?', null],
  ] as const)('%s: "%s"', async (lang, text, score) => {
    const c = await chat(lang, faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }));
    await untilAsked(
      c,
      'csat.score',
      lang === 'en' ? `forgot my wifi password. ${c.pin}` : `har glömt wifi-lösenordet. ${c.pin}`,
    );
    const said = await c.say(text);
    expect(said).toMatch(/192\.168\.1\.1/);
    expect(said).not.toMatch(/here in the chat as soon|här i chatten så fort/);
    if (score) expect(await scores(c)).toEqual([score]);
    expect((await c.cases()).next).toBeUndefined();
  });
});

describe('c7: moving the router, after the close', () => {
  it.each([
    [
      'en',
      'oh wait one more q. if i want the router moved to the living room do u send someone or do i do it myself',
    ],
    ['en', '3. can i move the router to another room myself or do you have to send a technician?'],
    [
      'sv',
      'en sak till, om jag vill flytta routern till vardagsrummet, skickar ni nån eller gör jag det själv?',
    ],
    ['sv', 'kan jag flytta routern till ett annat rum själv?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await untilAsked(
      c,
      'csat.score',
      lang === 'en' ? `no internet since this morning. ${c.pin}` : `inget internet sen i morse. ${c.pin}`,
    );
    const said = await c.say(text);
    expect(said).not.toMatch(ANYTHING_ELSE_ONLY);
    expect(said).toMatch(lang === 'en' ? /yourself/ : /själv/);
    expect(said).toMatch(lang === 'en' ? /technician/ : /tekniker/);
    expect((await c.cases()).next).toBeUndefined();
  });
});

describe('a10: the public address after a port forward, and "still there?"', () => {
  it.each([
    ['en', 'you didnt really answer, i meant my outside ip that my friend types in, not the pc one'],
    ['en', '3. no i meant my external address, the one my friend connects to from his house, not the pc one'],
    ['sv', 'du svarade inte riktigt, jag menade min externa ip som kompisen skriver in, inte datorns'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]));
    await untilAsked(
      c,
      'csat.score',
      lang === 'en'
        ? 'hey, I need to open port 25565 on my router for a minecraft server, the pc is 192.168.1.50'
        : 'hej, jag behöver öppna port 25565 i routern för en minecraft-server, datorn är 192.168.1.50',
    );
    const said = await c.say(text);
    expect(said).toMatch(/81\.224\.17\.93/);
    // (Only a message that opens with a score is thanked for one.)
    if (!/^\d/.test(text)) expect(said).not.toMatch(/Thank you for your feedback|Tack för ditt omdöme/);
    const here = await c.say(lang === 'en' ? 'hello? still there?' : 'hallå? är du kvar?');
    expect(here).toMatch(lang === 'en' ? /I’m here|I'm here/ : /jag är här/i);
    expect(here).not.toMatch(/help centre|hjälpcenter|invoice|faktur/i);
    expect((await c.cases()).next).toBeUndefined();
  });
});

describe('a5: "you didnt answer my question" beside the score', () => {
  it.each([
    [
      'en',
      'i told you i dont know until she uses the phone. cant you see it from your side??',
      '2. you didnt answer my question',
    ],
    [
      'sv',
      'jag vet inte förrän hon ringer. kan ni inte se det från er sida?',
      '2. du svarade inte på min fråga',
    ],
  ] as const)('%s: "%s" then "%s"', async (lang, question, complaint) => {
    const c = await chat(lang, faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'], splitter: true }));
    await untilAsked(
      c,
      'resolution.confirm',
      lang === 'en'
        ? `my internet keeps cutting out when my mum uses the home phone. ${c.pin}`
        : `internet bryts hela tiden när mamma använder hemtelefonen. ${c.pin}`,
    );
    await c.say(question);
    const said = await c.say(complaint);
    expect(await scores(c)).toEqual([2]);
    expect(said).toMatch(lang === 'en' ? /from here/ : /härifrån/);
    expect(said).not.toMatch(/DSL \(or MODEM\)|DSL \(eller MODEM\)/);
    expect((await c.cases()).next).toBeUndefined();
  });
});
