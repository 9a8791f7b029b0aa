// Role-play round 32 (a#2, b#5): a yes to "does it work now?" with a question attached is a yes. "dn.se opens now,
// and the bank too. Thank you! But how did the setting change …? Could somebody have gotten into it?" got the
// answer and then "Does it work now?" again ("Yes, as I wrote, it works."); "so yes it works! but why did it work
// for 2 years before and only now breaks?" the same ("I just said it works. yes."). The question is answered and
// the case closes in the same reply. What works, told in the customer's words ("sites open now", "netflix plays
// again :)", "sidorna laddar nu", "nu går det att surfa igen"), is that yes too.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SAID: [Language, string][] = [
  [
    'en',
    'dn.se opens now, and the bank too. Thank you! But how did the setting change? Could somebody have gotten into it?',
  ],
  [
    'en',
    'she called her sister for 5 minutes and youtube kept playing. so yes it works! but why did it work for 2 years before and only now breaks?',
  ],
  ['en', 'Everything loads again, thanks. Why did it break in the first place?'],
  ['sv', 'Ja, nu kommer jag in på Aftonbladet igen. Tack. Men hur kunde det hända?'],
  ['sv', 'nu funkar allt, tack! men varför slutade det fungera?'],
  ['en', 'the pages load again. thanks! how did that happen?'],
  ['en', 'sites open now. could someone have hacked it?'],
  ['en', 'netflix plays again :) what was wrong with it?'],
  ['sv', 'Nu går det att surfa igen. Vad var det som hände?'],
  ['sv', 'sidorna laddar nu, tack. kan nån ha tagit sig in i routern?'],
  ['sv', 'jodå nu rullar youtube igen. varför hände det?'],
];

describe('a yes with a question attached, at "does it work now?"', () => {
  it.each(SAID)('%s: "%s" is a yes, whatever is asked beside it', (lang, text) => {
    expect(parseAnswer('resolution.confirm', text, lang).kind).toBe('yes');
  });

  it.each([
    ['en', "it still doesn't load now"],
    ['en', 'netflix plays again on the cable but not on wifi'],
    ['sv', 'nu laddar den inte alls'],
    ['sv', 'sidorna laddar nu inte heller'],
  ] as [Language, string][])('%s: "%s" is no yes', (lang, text) => {
    expect(parseAnswer('resolution.confirm', text, lang).kind).not.toBe('yes');
  });

  it.each(SAID)('%s: "%s" closes the case in the same reply', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.say(`${c.pin}. ${lang === 'sv' ? 'internet funkar inte' : 'my internet is down'}`);
    const confirm = await c.send(c.yes); // the restart
    expect(confirm.at(-1)?.askKey).toBe('resolution.confirm');
    const r = await c.send(text);
    const out = r.map((x) => x.text).join('\n');
    expect(r.at(-1)?.askKey).not.toBe('resolution.confirm');
    expect(out).toMatch(/closed|avslutat/);
    expect(out).not.toMatch(/Does it work now\?|Fungerar det nu\?/);
  });
});
