// Issue 14 (s10 B, rp10c #6): "ja nu funkar aftonbladet. en grej till … byt namn på wifi:t till Berg hemma?"
// got one reply holding the satisfaction question for the first case and the consent question for the
// rename. The score is asked for once, after the last request is done, and recorded once, on the case it
// was asked on: the rename's linked case, which the conversation works on then (round 27: the first, closed
// case got a score it never asked for, and the linked case none). Afterwards "och namnbytet då?" is answered from the rename done (rp10c #6, s10 B #5).
import { describe, expect, it } from 'vitest';
import { afterQuestions } from './after-questions.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const text = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function atDnsFault(lang: 'sv' | 'en') {
  const chat = await portalChat(lang, faultWorld(['dns_misconfigured'], { canDo: ['step.rejoin_wifi'] }));
  const scores = async () => {
    const out: { reference: string; score: number }[] = [];
    for (const t of (await chat.desk.tickets.list({ limit: 10 })).items)
      for (const e of await chat.desk.tickets.timeline(t.id))
        if (e.type === 'csat') out.push({ reference: t.reference, score: e.score });
    return out;
  };
  return { say: chat.send, scores };
}

describe('one satisfaction question for a case and the request told beside its yes', () => {
  it.each([
    [
      'sv',
      'vissa sidor laddar inte, typ aftonbladet',
      'ja nu funkar aftonbladet. en grej till, kan du byta namn på wifi:t till Berg hemma?',
      'och namnbytet då?',
      /heter nu ”Berg hemma”/,
    ],
    // "en sak till" also turns triage to the part before it: the rename, not the whole message, opens the next case.
    [
      'sv',
      'vissa sidor laddar inte, typ aftonbladet',
      'ja nu funkar aftonbladet. en sak till, kan du byta namn på wifi:t till Berg hemma?',
      'heter nätet Berg hemma nu?',
      /heter nu ”Berg hemma”/,
    ],
    [
      'en',
      "some websites won't load, like bbc.com",
      'yes bbc works now. one more thing, can you rename my wifi to Berg home?',
      'did the name change work?',
      /now called “Berg home”/,
    ],
  ] as const)('%s', async (lang, opening, yes, after, renamed) => {
    const chat = await atDnsFault(lang);
    await chat.say(opening);
    let r = await chat.say(lang === 'sv' ? 'ja' : 'yes');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    r = await chat.say(yes);
    // The first case closes and the rename is asked about; no satisfaction question beside it.
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(text(r)).not.toMatch(/How satisfied|Hur nöjd/);
    r = await chat.say(lang === 'sv' ? 'ja' : 'yes');
    expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
    r = await chat.say(lang === 'sv' ? 'klart' : 'done');
    expect(r.at(-1)?.askKey).toBe('csat.score');
    // The rename asked about after the close: answered from the rename done, no new case.
    const answer = text(await chat.say(after));
    expect(answer).toMatch(renamed);
    expect(answer).not.toMatch(/testing your line|testar din linje/);
    await chat.say('5');
    expect(await chat.scores()).toEqual([{ reference: 'T-000002', score: 5 }]);
  });

  it.each([
    ['och namnbytet då?', true],
    ['did the name change work?', true],
    ['heter nätet Berg hemma nu?', true],
    ['tack, det var allt', false],
    ['how do i connect the tv to the new wifi name?', false],
  ])('"%s" asks about the rename: %s', (said, asks) =>
    expect(afterQuestions(said).includes('rename_done')).toBe(asks),
  );
});
