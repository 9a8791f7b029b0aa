// Role-play round 18: what the customer reports about a step or the outcome, read as reported.
// a5: "like I said I dont know yet. I'll write tonight if its still bad. thanks" closed the case
// as "customer confirms it works". b1: "4 väl. hade varit 5 om du svarat direkt om tvn" saved no score.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../triage/answers.js';
import { classifyReply } from '../triage/reply.js';
import { scoreBeside } from '../triage/score-beside.js';
import { atScore, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('"I don\'t know yet, I\'ll write if it is still bad" to "does it work now?"', () => {
  it.each([
    ['en', "like I said I dont know yet. I'll write tonight if its still bad. thanks"],
    ['en', 'dunno yet. will let you know if its still slow tonight. cheers'],
    ['sv', 'vet inte än, hör av mig ikväll om det fortfarande är segt. tack'],
    ['sv', 'som sagt vet inte ännu. skriver ikväll om det fortfarande strular. tack'],
  ] as const)('%s: "%s" is neither yes nor no', (lang, text) => {
    expect(parseAnswer('resolution.confirm', text, lang).kind).toBe('unknown');
    expect(classifyReply('resolution.confirm', text, lang).act).toBe('hedge');
  });

  it.each([
    ['en', "fixed, thanks! I'll write if its still bad tonight", 'yes'],
    ['sv', 'nej, fortfarande dåligt. hör av mig om det fortsätter', 'no'],
  ] as const)('%s: "%s" stays %s', (lang, text, kind) => {
    expect(parseAnswer('resolution.confirm', text, lang).kind).toBe(kind);
  });
});

describe('a score with a hedge and a comment is that score', () => {
  it.each([
    ['4 väl. hade varit 5 om du svarat direkt om tvn', 4],
    ['3 nog, ni kunde svarat snabbare', 3],
    ["4 i'd say. would be 5 if you'd answered about the tv", 4],
  ])('"%s" → %i', (text, score) => {
    expect(scoreBeside(text)?.score).toBe(score);
  });

  it.each([
    ['sv', '4 väl. hade varit 5 om du svarat direkt om tvn', 4],
    ['en', "4 i'd say. would have been 5 if you had answered about the tv right away", 4],
  ] as const)('%s: "%s" saves %i and opens no case', async (lang, text, score) => {
    const c = await atScore(
      ['wifi_radio_disabled'],
      lang,
      lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi network has disappeared',
    );
    await c.desk.agent.handleMessage(c.id, text);
    expect(await c.scores()).toEqual([score]);
    expect((await c.desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });
});

// a8 (portal, own Wi-Fi key): "hmm nej då måste jag ju byta på alla grejer två gånger. hur gör jag på routerns
// inställningssida då?" got the random-key offer again; a no with "how do I do it myself" gets the steps, no change.
describe('a no with "how do I do it myself on the settings page?" at the Wi-Fi key offer', () => {
  it.each([
    [
      'sv',
      'hmm nej då måste jag ju byta på alla grejer två gånger. hur gör jag på routerns inställningssida då?',
    ],
    ['sv', 'nej tack. hur gör jag själv på inställningssidan?'],
    [
      'en',
      "hmm no, then i'd have to change it on everything twice. how do i do it on the router settings page?",
    ],
    ['en', 'no thanks. how do i log in to the router and change it myself?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const world = faultWorld([]);
    const { say, cases } = await portalChat(lang, world);
    const offer = await say(
      lang === 'sv'
        ? 'hej! vill byta lösenordet på wifit till ett eget som jag väljer själv, går det?'
        : 'hi! i want to change the wifi password to one i pick myself, is that possible?',
    );
    expect(offer).toMatch(lang === 'sv' ? /Får jag sätta/ : /May I set/i);
    const out = await say(text);
    expect(out).toMatch(/192\.168\.1\.1/);
    expect(out).toMatch(lang === 'sv' ? /klistermärket/ : /sticker/);
    expect(out).toMatch(lang === 'sv' ? /Under Wifi/ : /Under Wi-Fi/);
    expect(out).not.toMatch(lang === 'sv' ? /Får jag sätta/ : /May I set/i);
    expect(world.actionsDone()).toEqual([]);
    expect((await cases()).first?.status).toBe('resolved');
  });
});

// a7: "its still on" after the phone was picked up is the connection staying up, a yes; a fault still there is not.
/** language | the answer to "does it work now?" | + when it is a yes. */
const STILL =
  `en|my wife just picked up the phone and its still on so yes i guess it works. was it the splitter thing then?|+
en|picked up the phone, internet is still up. so yes|+
sv|min fru ringde precis och det är fortfarande uppe, så ja det funkar nog. var det splittern?|+
en|the red light is still on|
en|no its still dropping|
sv|nej den tappar fortfarande|`
    .split('\n')
    .map((line) => line.split('|') as ['sv' | 'en', string, string]);

it.each(STILL)('%s: "%s" is a yes: %s', (lang, text, yes) => {
  expect(parseAnswer('resolution.confirm', text, lang).kind === 'yes').toBe(yes === '+');
});
