// Round 35 (b #10). An e-mail "Has my router been hacked??" from a customer without his PIN who asked for a person:
// the subject read as a software update ("You also mentioned a router software update"), and "In the meantime,
// should I pull the plug on the router or change the wifi password myself?" was read as a restart question and as
// a Wi-Fi change asked of us — a second case opened and the PIN asked again after the handoff.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const MAIL = {
  en: {
    subject: 'Has my router been hacked??',
    body: "Hi,\n\nSomething weird is going on. There's a device called 'android-7f3a' on my wifi that none of us own, and last night the router's settings page showed a login from somewhere I don't recognise. I think someone has got into my network. What should I do?\n\nCustomer no. 200304\n\nTom",
    noPin:
      "Sorry I don't have the PIN with me, I'm at work. It's on a letter at home somewhere. Can't you just check without it?",
    person: "I won't be home until tonight. Can I please talk to an actual person about this?",
  },
  sv: {
    subject: 'Har min router blivit hackad??',
    body: 'Hej,\n\nDet finns en enhet som heter android-7f3a på vårt wifi som ingen av oss äger, och i går kväll visade routerns inställningssida en inloggning från ett ställe jag inte känner igen. Jag tror någon har tagit sig in i vårt nätverk. Vad ska jag göra?\n\nKundnummer 200304\n\nTom',
    noPin: 'Jag har tyvärr inte PIN-koden med mig, jag är på jobbet. Kan ni inte kolla utan den?',
    person: 'Jag är inte hemma förrän i kväll. Kan jag få prata med en riktig person om det här?',
  },
};

async function handedOverMail(language: Language) {
  const m = MAIL[language];
  const desk = memoryDesk({ world: faultWorld([]) });
  desk.directory.add({ customerNumber: '200304', name: 'Tom Reyes', pin: '4711' });
  const started = await desk.agent.startConversation({ channel: 'email', language, subject: m.subject });
  const said: string[] = [];
  const send = async (text: string) => {
    said.push((await desk.agent.handleMessage(started.ticketId, text)).map((r) => r.text).join('\n'));
    return said.at(-1) ?? '';
  };
  // The e-mail channel reads the subject with the body of a first mail.
  await send(`${m.subject}\n\n${m.body}`);
  await send(m.noPin);
  await send(m.person);
  const cases = async () => (await desk.tickets.list({ limit: 10 })).items.length;
  return { said, send, cases };
}

describe('a hacked worry by e-mail, handed to a person without the PIN', () => {
  it.each(['en', 'sv'] as const)('%s: the subject is no software update', async (lang) => {
    const { said } = await handedOverMail(lang);
    expect(said.join('\n')).not.toMatch(/software update|programuppdatering|uppdatering av routern/i);
  });

  it.each([
    [
      'en',
      'Thanks. In the meantime, should I pull the plug on the router or change the wifi password myself?',
    ],
    ['en', 'meanwhile can i just unplug the router or change the password myself'],
    ['sv', 'Tack. Ska jag dra ur routern under tiden eller byta wifi-lösenordet själv?'],
  ] as const)('%s: %j is answered, no PIN asked, no second case', async (lang, question) => {
    const { send, cases } = await handedOverMail(lang);
    const reply = await send(question);
    expect(reply).toMatch(lang === 'sv' ? /sätter i den igen/ : /plug it in again/);
    expect(reply).not.toMatch(/PIN/);
    expect(await cases()).toBe(1);
  });

  it('a Wi-Fi change asked of us after the handoff is still taken up', async () => {
    const { send, cases } = await handedOverMail('en');
    const reply = await send('Can you change my wifi password please?');
    expect(reply.includes('PIN') || (await cases()) > 1).toBe(true);
  });
});
