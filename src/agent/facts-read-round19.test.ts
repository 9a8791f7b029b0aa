// Round 19 of the issue-14 role-play, fixer F4: facts the customer gives are read right and used — a speed
// figure corrected with "not", a test result already given at the test step, scheduling limits said before any
// visit was proposed, one instruction said once, and where a non-customer's answer will come.
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a speed figure after "not" is the one corrected away; decimal commas are decimals (rp19c #2)', () => {
  async function afterLineHandoff(lang: 'sv' | 'en') {
    const c = await portalChat(lang, faultWorld(['speed_line_degraded'], { canDo: ['step.wired_test'] }));
    await c.send(
      lang === 'en'
        ? 'hi, my internet is super slow even when i plug the laptop in with a cable. speedtest says 12,4 down and 3,1 up. is it the router??'
        : 'hej, internet är jättesegt även med kabel i datorn. speedtest visar 12,4 ner och 3,1 upp. är det routern?',
    );
    return c;
  }

  it.each([
    [
      'en',
      'wait, my speedtest said 12,4 not 120? and 4 hours, so i have no proper internet tonight?',
      '12.4',
    ],
    ['en', 'hang on, my test showed 12.4, not 120', '12.4'],
    ['en', 'my speed test got 12,4 mbit not 120??', '12.4'],
    ['sv', 'vänta, mitt speedtest visade 12,4 inte 120?', '12,4'],
    ['sv', 'mitt test sa inte 120 utan 12,4', '12,4'],
  ] as const)('%s: "%s" is said back as %s alone', async (lang, text, figure) => {
    const c = await afterLineHandoff(lang);
    const said = await c.say(text);
    expect(said).toContain(`${figure} Mbit/s`);
    expect(said).not.toMatch(/\/120|12[.,]4\/|120\/12/);
  });

  it.each([
    ['en', 'sorry i meant 12,4 down and 3,1 up', '12.4/3.1'],
    ['en', 'my speedtest was down 12,4 up 3,1', '12.4/3.1'],
    ['sv', 'förlåt, mitt test visade 12,4 ner och 3,1 upp', '12,4/3,1'],
  ] as const)('%s: "%s" is a pair, said as %s', async (lang, text, pair) => {
    const c = await afterLineHandoff(lang);
    expect(await c.say(text)).toContain(`${pair} Mbit/s`);
  });
});
