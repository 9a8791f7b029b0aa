// un35 blind set (v2-un35-dns-sv-1): a Swedish e-mail about "server not found" signed "Skickat från E-post för
// Windows" went to agents as a question about the e-mail service — the mail program's footer named "E-post". The
// footer of a mail program ("Sent from Mail for Windows", "Skickat från min iPhone", Outlook, Samsung …), the
// signature and quoted lines are never what the case is about: the sites-unreachable runbook runs.
import { describe, expect, it } from 'vitest';
import { stripReply } from '../channels/email/strip.js';
import type { Language } from '../domain/index.js';
import { otherServiceOf } from '../runbooks/facts.js';
import { isMailFooterLine } from '../triage/mail-footer.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const JOHAN = { customerNumber: '200108', name: 'Johan Berg', pin: '7486' };

const FOOTERS = [
  'Skickat från E-post för Windows',
  'Sent from Mail for Windows',
  'Sent from Mail for Windows 10',
  'Skickat från min iPhone',
  'Sent from my Samsung Galaxy smartphone.',
  'Skickat från Outlook för Android',
  'Get Outlook for iOS',
  'Hämta Outlook för Android',
  'Sent with Proton Mail secure email.',
  'Skickat från Yahoo Mail för iPhone',
  'Skickat via Gmail',
];

const SV_BODY =
  'Hej,\n\nSedan igår går det inte att öppna vissa sidor, det står "server not found" i webbläsaren. Spotify och Google funkar inte men Teams funkar konstigt nog.\n\nMvh Johan Berg';
const EN_BODY =
  'Hi,\n\nSince yesterday some websites won\'t open, the browser says "server not found". Google doesn\'t load but Teams does.\n\nRegards,\nJohan';

describe('a mail program footer is no service', () => {
  it.each(FOOTERS)('%j is a footer line and names no service under a fault', (footer) => {
    expect(isMailFooterLine(footer)).toBe(true);
    expect(otherServiceOf(`${SV_BODY}\n\n${footer}`)).toBeUndefined();
    expect(otherServiceOf(`${EN_BODY}\n\n${footer}`)).toBeUndefined();
    // The lines joined into one (a mail read without its line breaks).
    expect(otherServiceOf(`${SV_BODY} ${footer}`.replace(/\s+/g, ' '))).toBeUndefined();
    expect(stripReply(`${SV_BODY}\n\n${footer}`)).toBe(SV_BODY);
  });

  it('a signature block with its e-mail address names no service', () => {
    expect(
      otherServiceOf(
        'Internet is down since this morning.\n\nBest regards,\nAnna Lind\nE-mail: anna@example.com | Phone 070-123 45 67',
      ),
    ).toBeUndefined();
    expect(
      otherServiceOf('Internet har legat nere sedan i morse.\n\nMvh\nAnna Lind\nE-post: anna@example.se'),
    ).toBeUndefined();
  });

  it('a question about the e-mail service is still one, footer or not', () => {
    expect(otherServiceOf('Hej! Jag kan inte ta emot mejl längre.\n\nSkickat från min iPhone')).toBe('email');
    expect(otherServiceOf('My e-mail account stopped working yesterday.\n\nSent from Mail for Windows')).toBe(
      'email',
    );
  });

  it('a line of the customer\'s own that starts "sent from" is not cut', () => {
    expect(isMailFooterLine('Sent from the office computer since home internet is down')).toBe(false);
    expect(isMailFooterLine('My e-mail does not arrive')).toBe(false);
  });
});

describe('the sites-unreachable runbook runs for an e-mail signed by its mail program', () => {
  const cases: [Language, string, string][] = [
    ['sv', 'Skickat från E-post för Windows', `Vissa sidor går inte att öppna\n\n${SV_BODY}`],
    ['sv', 'Skickat från Outlook för Android', `Vissa sidor går inte att öppna\n\n${SV_BODY}`],
    ['en', 'Sent from Mail for Windows', `Some websites won't open\n\n${EN_BODY}`],
    ['en', 'Sent from my Samsung Galaxy smartphone.', `Some websites won't open\n\n${EN_BODY}`],
  ];
  it.each(cases)('%s: signed %j', async (lang, footer, mail) => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    // The agent reads the mail as it came, footer and all.
    const { ticketId, replies } = await identified(desk, JOHAN, lang, `${mail}\n\n${footer}`, 'email');
    const tl = await desk.tickets.timeline(ticketId);
    expect(tl.some((e) => e.type === 'finding' && e.finding.code === 'dns.misconfigured')).toBe(true);
    expect(await desk.tickets.escalations(ticketId)).toEqual([]);
    expect(replies.at(-1)?.askKey).toBe('consent.config_change');
  });
});
