// Questions asked beside an answer, after a close or a handoff: each answered, none turned into a new case.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

it('sv: "hmm vet inte.. Åbergs wifi kanske? funkar å?" answers å and proposes Åbergs wifi', async () => {
  const c = await chat('sv', faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say(`${c.pin}. kan man byta namn på wifit?`);
  const out = await c.say('hmm vet inte.. Åbergs wifi kanske? funkar å?');
  expect(out).toMatch(/Å, ä och ö går bra/);
  expect(out).toMatch(/[”“]Åbergs wifi[”]/);
  expect(out).not.toMatch(/tittar jag på det i stället/);
});

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
it.each([
  ['en', 'thanks! why did that happen tho, will it happen again?', /no longer matched ours/, /keeps them/],
  ['sv', 'tack! varför hände det? kommer det hända igen?', /stämde inte längre/, /ligger kvar/],
] as const)('%s: "%s" after the close answers why and whether it comes back', async (lang, q, why, again) => {
  const desk = memoryDesk({ world: faultWorld(['ppp_auth_failure']) });
  const res = await converse(desk, {
    customer: KARIN,
    language: lang,
    opening:
      lang === 'sv'
        ? 'internet har slutat fungera helt sen i morse'
        : 'my internet stopped working this morning',
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': lang === 'sv' ? 'ja' : 'yes',
    },
  });
  expect(res.outcome).toBe('resolved');
  const out = (await desk.agent.handleMessage(res.ticketId, q)).map((x) => x.text).join('\n');
  expect(out).toMatch(why);
  expect(out).toMatch(again);
  expect(out.search(why)).toBeLessThan(out.search(again));
  expect((await desk.tickets.list({ limit: 9 })).items).toHaveLength(1);
});

it.each([
  // The device's restart has its own answer since 65a2386 (restart_device: usually not needed).
  [
    'en',
    'how do I know its fixed? do I need to restart the laptop',
    /No need to restart the laptop|usually do not need to restart it/,
  ],
  [
    'sv',
    'hur vet jag att det är fixat? måste jag starta om datorn',
    /behöver inte starta om datorn|behöver du oftast inte starta om/,
  ],
] as const)('%s: "%s" at the confirm answers both questions', async (lang, q, restart) => {
  const c = await chat(lang, faultWorld(['dns_misconfigured']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'inga sidor laddar' : 'no web pages load'}`);
  expect(await c.say(c.yes)).toMatch(/Does it work now|Fungerar det nu/);
  const out = await c.say(q);
  expect(out).toMatch(/web page|webbsid/);
  expect(out).toMatch(restart);
});
