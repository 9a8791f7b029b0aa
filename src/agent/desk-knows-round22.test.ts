// Issue 14, round 22 fixer J2: questions the desk can answer from what it knows (the action in hand, the
// case's actions, the diagnosis) get that answer — never the hacked-router text or "I can't answer that".
import { describe, expect, it } from 'vitest';
import { chat, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function actionsDone(c: Awaited<ReturnType<typeof chat>>) {
  const timeline = await c.desk.tickets.timeline(c.ticketId);
  return timeline.flatMap((e) => (e.type === 'action_done' ? [JSON.stringify(e)] : []));
}

const LOCK_DOWN_TEXT =
  /wifi-lösenordet|administratörslösenordet|säkerhetsavdelning|Wi-Fi password|admin password|security team/i;
const CANNOT = /kan jag inte svara|can[’']t answer|cannot answer/i;

describe('a9: "can someone get into my computer then?" at a port forward is about the port, not a break-in', () => {
  const CASES = {
    sv: {
      opening:
        'Hej. Min son vill att jag ska öppna en port för hans minecraft-server, port 25565. Kan ni göra det? Jag förstår inte mycket av det här.',
      device: 'Det är en vanlig dator, ingen spelkonsol. Jag ringde sonen, han säger 192.168.1.50',
      port: /bara trafik på just den porten fram till just den enheten/,
      again: /Får jag vidarebefordra den till 192\.168\.1\.50/,
    },
    en: {
      opening: 'hi, my son wants me to open a port for his minecraft server, port 25565. can you do that?',
      device: "it's a normal pc, not a console. he says 192.168.1.50",
      port: /only lets traffic for this one port through to that one device/,
      again: /May I forward it to 192\.168\.1\.50/,
    },
  } as const;
  it.each([
    ['sv', 'Är det farligt? Kan någon komma åt min dator då? Nåja, gör det.', true],
    ['sv', 'kan nån komma åt datorn då?? är det riskabelt', false],
    ['sv', 'kan någon ta sig in i min dator genom det? ok kör', true],
    ['en', 'Is it dangerous? Can someone get into my computer then? Oh well, do it.', true],
    ['en', 'can they get in to my pc through that?', false],
  ] as const)('%s: %s', async (lang, worry, goAhead) => {
    const k = CASES[lang];
    const c = await portalChat(lang, faultWorld([]));
    await c.say(k.opening);
    expect(await c.say(k.device)).toMatch(k.again);
    const r = await c.say(worry);
    expect(r).toMatch(k.port);
    expect(r).not.toMatch(LOCK_DOWN_TEXT);
    const done = (await actionsDone(c)).join();
    if (goAhead) expect(done).toMatch(/port_forward_add/);
    else {
      expect(done).toBe('');
      expect(r).toMatch(k.again);
    }
  });

  it.each([
    [
      'sv',
      'vad menar ni med nytt wifi-lösenord och säkerhetsavdelning?? Jag har inte bytt något lösenord!',
      /Inget lösenord är bytt/,
    ],
    ['sv', 'va menar du med säkerhetsavdelningen? vi har inte blivit hackade', /ingen annan avdelning/],
    [
      'en',
      'what do you mean new wifi password and security team?? i never changed any password',
      /No password has been changed/,
    ],
    ['en', 'what are you talking about with the admin password?', /No password has been changed/],
  ] as const)(
    '%s: a question about what the desk said is answered honestly: %s',
    async (lang, question, honest) => {
      const k = CASES[lang];
      const c = await portalChat(lang, faultWorld([]));
      await c.say(k.opening);
      await c.say(k.device);
      await c.say(lang === 'sv' ? 'ja gör det' : 'yes do it');
      const r = await c.say(question);
      expect(r).toMatch(honest);
      expect(r).not.toMatch(CANNOT);
    },
  );
});

describe('c1: "is it broken?" at a power step is no safety question', () => {
  it.each([
    ['sv', 'är den sönder då eller?', /inte farligt/],
    ['sv', 'e routern sönder?', /inte farligt/],
    ['en', 'is it broken then?', /not dangerous/],
  ] as const)('%s: %s', async (lang, question, unasked) => {
    const c = await chat(lang, faultWorld(['cpe_powered_off']));
    await c.say(
      lang === 'sv'
        ? 'det lyser inga lampor på routern, internet funkar inte'
        : 'no lights on the router, no internet',
    );
    await c.say('100482');
    await c.asks('4711', 'step.power_on');
    const r = await c.say(question);
    expect(r).not.toMatch(unasked);
    expect(r).toMatch(lang === 'sv' ? /inte trasig/ : /not broken/);
  });
  it('a real safety question there still gets the safety answer', async () => {
    const c = await chat('sv', faultWorld(['cpe_powered_off']));
    await c.say('det lyser inga lampor på routern, internet funkar inte');
    await c.say('100482');
    await c.asks('4711', 'step.power_on');
    expect(await c.say('är det farligt att röra sladden?')).toMatch(/inte farligt/);
  });
});
