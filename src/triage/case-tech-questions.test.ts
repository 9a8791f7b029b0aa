// Role-play round 28: questions about the customer's own case that a Tier-1 technician answers in a line — a
// light blinking after power-on, the old router, a payment or refund, PIN tries, My Pages instead of the PIN,
// the Wi-Fi button, restarts, the all-clear, an installation visit, "was it my fault?", "24 hours??", the
// distance, a measured speed, the patch cable, a fibre cut on DSL, pulling the plug — are recognised in both
// languages and other wordings, and nothing that only looks like one is taken for one.
import { describe, expect, it } from 'vitest';
import { techQuestionOf, type TechQuestion } from './tech-questions.js';

const ASKED: [TechQuestion, string][] = [
  ['light_blinking', 'The light that was off is blinking now. Is that good?'],
  ['light_blinking', 'och den som blinkar då, ska den lysa fast?'],
  ['light_blinking', 'should the power light be steady or keep flashing?'],
  ['light_blinking', 'lampan blinkar nu, är det normalt?'],
  ['old_router', 'Ska jag ge den gamla routern till teknikern eller skicka tillbaka den själv?'],
  ['old_router', 'what do I do with the old router, does the technician take it?'],
  ['old_router', 'vad gör jag med den gamla routern?'],
  ['payment_shows', 'hur lång tid tar det innan en betalning syns hos er egentligen'],
  ['payment_shows', 'when will my payment show up on your side?'],
  ['refund_time', 'How long does a refund take?'],
  ['refund_time', 'när får jag tillbaka pengarna, hur lång tid tar återbetalningen?'],
  ['bank_screenshot', 'do I need to send the bank screenshot somewhere?'],
  ['bank_screenshot', 'ska jag skicka en skärmdump från banken?'],
  ['login_tries', 'how many tries before it locks again?'],
  ['login_tries', 'hur många försök har jag innan det låses?'],
  ['my_pages_instead', 'Could I sign in on My Pages instead?'],
  ['my_pages_instead', 'kan jag inte logga in på Mina sidor istället för PIN?'],
  ['wifi_button', 'var sitter den där wifi-knappen?'],
  ['wifi_button', 'where is the wifi button on the router?'],
  // The WPS button named: its own answer (where it sits, not the reset hole — 6fae64b).
  ['wps_button', 'where do I find the WPS button?'],
  ['restart_harm', 'har startat om routern typ 3 ggr nu, kan jag ha sabbat nåt?'],
  ['restart_harm', 'kan omstarterna ha förstört routern ja eller nej'],
  ['restart_harm', 'can all these restarts damage the router?'],
  ['fixed_notice', 'will I still get it? like by email or sms when it is fixed?'],
  ['fixed_notice', 'får jag ett sms när det är lagat?'],
  ['install_visit', 'Behöver någon komma hem och installera fibern?'],
  ['install_visit', 'does a technician need to come and install it?'],
  ['my_fault', 'men varför hände det här, har ja gjort nåt fel?'],
  ['my_fault', 'was it my fault?'],
  ['my_fault', 'did I break it?'],
  ['my_fault', 'var det mitt fel?'],
  ['wait_long', '24 timmar??'],
  ['wait_long', '24 hours?? that is long'],
  ['wait_long', 'why does it take 24 hours, that is so long?'],
  ['just_distance', "so it's just the distance then?"],
  ['just_distance', 'är det bara avståndet alltså?'],
  ['speed_ok', 'på wifi fick jag 290. Är det ok?'],
  ['speed_ok', 'the speed test shows 290, is that ok?'],
  ['patch_cable', 'kan jag själv byta patchkabeln mellan väggen och fiberboxen, jag har en extra?'],
  ['patch_cable', 'can I swap the short fibre cable myself? I have a spare'],
  ['fibre_cut_dsl', 'why does a fibre cut break my DSL line?'],
  ['fibre_cut_dsl', 'varför drabbar ett fiberbrott min adsl?'],
  ['pull_plug', 'om det händer igen, kan jag bara dra ur sladden själv då?'],
  ['pull_plug', 'next time can I just pull the plug myself instead of chatting?'],
];

const NOT_THESE: string[] = [
  'the red light is blinking',
  'how many devices can the router handle?',
  'will the restart break my port forwards?',
  'can I turn the router off at night?',
  'is 4711 ok?',
  'kan jag få fakturan på mejl?',
];

describe('questions about the case a technician answers in a line', () => {
  it.each(ASKED)('%s: "%s"', (question, text) => expect(techQuestionOf(text)).toBe(question));
  it.each(NOT_THESE)('not one of them: "%s"', (text) => {
    const q = techQuestionOf(text);
    expect(
      [
        'light_blinking',
        'login_tries',
        'restart_harm',
        'pull_plug',
        'speed_ok',
        'fixed_notice',
        'wait_long',
      ].includes(q ?? ''),
    ).toBe(false);
  });
});
