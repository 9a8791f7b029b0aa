// Round 27 (c3, en): "4 - quick, but WPS is literally a router setting, you could have checked it" at the
// satisfaction question opened and escalated a new tier2 case nobody asked for. A remark about the service
// beside a score — what the desk did, did not do or should have done — is feedback: recorded with the score
// on the ticket, thanked for, never a new request.
import { describe, expect, it } from 'vitest';
import { atScore } from './testing/chat.js';

describe('a remark about the service beside the score is feedback (rp27c #3)', () => {
  it.each([
    ['en', '4 - quick, but WPS is literally a router setting, you could have checked it', 4],
    ['en', '3 - the closet tip was good but you asked me twice and you didnt change anything, I moved it', 3],
    ['en', '2, you should have looked at the router settings yourself instead of asking me', 2],
    ['en', "5 fast and easy, though you could've told me the cause right away", 5],
    ['sv', '4 - snabbt, men DNS är ju en routerinställning, det kunde ni ha kollat själva', 4],
    ['sv', '3, bra hjälp men du frågade samma sak två gånger och borde ha kollat routern direkt', 3],
    ['sv', '2. ni kunde ha ändrat det själva istället för att fråga mig', 2],
  ] as const)('%s: "%s" records %d with the comment and opens nothing', async (lang, text, score) => {
    const { desk, id, scores } = await atScore(
      ['dns_misconfigured'],
      lang,
      lang === 'en' ? "some websites won't load" : 'vissa sidor laddar inte',
    );
    const r = (await desk.agent.handleMessage(id, text)).map((x) => x.text).join('\n');
    expect(await scores()).toEqual([score]);
    const csat = (await desk.tickets.timeline(id)).find((e) => e.type === 'csat');
    expect(csat?.type === 'csat' && csat.comment).toBeTruthy();
    expect(r).toMatch(
      /your comment is on the case|din kommentar finns på ärendet|Your comment is on the case|Din kommentar finns på ärendet/,
    );
    expect(r).not.toMatch(/second-line|andralinje|testing your line|testar din linje/);
    expect((await desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });

  it.each([
    ['en', '4. one more thing, can you rename my wifi to Karin-Home?'],
    ['sv', '4. en sak till, kan ni byta namn på wifit till Karins-nät?'],
  ] as const)('%s: "%s" is still a request beside the score', async (lang, text) => {
    const { desk, id, scores } = await atScore(
      ['dns_misconfigured'],
      lang,
      lang === 'en' ? "some websites won't load" : 'vissa sidor laddar inte',
    );
    const r = await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([4]);
    expect(r.at(-1)?.askKey).toMatch(/^consent\./);
  });
});
