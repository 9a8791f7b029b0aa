// Round 35 (c #6). After the outage notice, "Should I leave the modem switched on, or turn it off until it is
// fixed? And will I get a text message when it works again, or only here?" got only "Leave it on": the text
// message question, kept for the outage's own answer, was cut out with the general question beside it. And the
// first reply said "…it is what stops your connection, as I described." with nothing described before.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

const OPENING = {
  en: 'Hello. Our internet stopped working about an hour ago. Is there an outage in Limhamn or is it my modem?',
  sv: 'Hej. Internet slutade fungera för en timme sedan. Är det avbrott i Limhamn eller är det mitt modem?',
};

describe('the modem and the text message, asked together after an outage notice', () => {
  it.each([
    [
      'en',
      'Thank you. Should I leave the modem switched on, or turn it off until it is fixed? And will I get a text message when it works again, or only here?',
    ],
    [
      'en',
      'ok should i turn the modem off until its fixed or leave it on? and do i get an sms when its back',
    ],
    [
      'sv',
      'Tack. Ska jag stänga av modemet tills det är lagat eller låta det vara på? Och får jag ett sms när det funkar igen, eller bara här?',
    ],
  ] as const)('%s: %j gets both answers', async (lang, question) => {
    const { replies, last } = await converseIn(['area_outage'], lang, [OPENING[lang], question], {
      outage: true,
      portal: true,
    });
    expect(replies[0]).not.toMatch(/as I described|som jag beskrev/);
    expect(last).toMatch(lang === 'sv' ? /Låt den vara på|låt den vara på/i : /Leave it on/);
    expect(last).toMatch(/SMS|sms|text message/);
  });

  it('the modem alone is answered alone', async () => {
    const { last } = await converseIn(
      ['area_outage'],
      'en',
      [OPENING.en, 'Should I leave the modem switched on, or turn it off until it is fixed?'],
      { outage: true, portal: true },
    );
    expect(last).toMatch(/Leave it on/);
    expect(last).not.toMatch(/SMS|text message/);
  });
});
