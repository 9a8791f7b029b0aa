// Blind set un30 (v2-un30-wifi-radio-sv-1, e-mail): "Skickar igen då jag inte sett något svar. Nätverket syns
// fortfarande inte." above the quoted earlier mail ("> Hej, vårt wifi-nätverk syns inte längre …") reached the desk
// without the quoted part, so the Wi-Fi was never named: asked "internet or Wi-Fi?", tested as no connection and
// escalated. A first mail that says it sends an unanswered one again carries the earlier message's words (headers
// and signature dropped); a reply in a known thread, or a quote without such words, stays stripped.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createChannelLinks, createEmailStore } from '../../src/storage/channel-store.js';
import { triage } from '../../src/triage/index.js';
import { createFakeDesk } from '../../src/channels/testing/fake-agent.js';
import { EmailChannel } from '../../src/channels/email/channel.js';

async function received(subject: string, body: string) {
  const db = openDatabase(':memory:');
  await migrateToLatest(db.db as never, db.engine);
  const desk = createFakeDesk();
  const channel = new EmailChannel({
    agent: desk.agent,
    tickets: desk.tickets,
    links: createChannelLinks(db.db as never),
    store: createEmailStore(db.db as never),
    config: { supportAddress: 'support@isp.example', maxAttachmentBytes: 1024 * 1024 },
    log: pino({ level: 'silent' }),
  });
  const raw = [
    'From: Oskar Karlsson <oskar@example.se>',
    'To: support@isp.example',
    `Subject: ${subject}`,
    `Message-ID: <${Math.random().toString(36).slice(2)}@example.se>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
  await channel.receive(Buffer.from(raw, 'utf8'));
  return desk.agent.messages[0]?.text ?? '';
}

const resent: [string, string, RegExp, string][] = [
  [
    'SV: Wifi borta',
    'Hej igen,\n\nSkickar igen då jag inte sett något svar. Nätverket syns fortfarande inte.\n\n> Från: Oskar Karlsson <oskar@example.se>\n> Skickat: måndag 3 mars 21:40\n> Ämne: Wifi borta\n>\n> Hej, vårt wifi-nätverk syns inte längre på någon av våra telefoner. Datorn med sladd funkar.\n> Kundnummer 200143\n\nOskar',
    /wifi-nätverk syns inte längre/,
    'wifi_problem',
  ],
  [
    'Fwd: Wi-Fi gone',
    "Hi, resending this as I haven't had any answer. Still the same.\n\n> From: Oskar <oskar@example.se>\n> Subject: Wi-Fi gone\n>\n> Hello, our wifi network no longer shows up on any of our phones. The computer on a cable works.\n> --\n> Oskar",
    /wifi network no longer shows up/,
    'wifi_problem',
  ],
];

describe('an unanswered e-mail sent again', () => {
  for (const [subject, body, words, intent] of resent)
    it(`"${subject}"`, async () => {
      const text = await received(subject, body);
      expect(text).toMatch(words);
      expect(text).not.toMatch(/Från:|From:|Skickat:|Ämne:|Subject:|^>/m);
      expect(triage(text).intent).toBe(intent);
    });

  it('a plain reply with a quote keeps only the new words', async () => {
    const text = await received(
      'SV: Wifi borta',
      'Tack, nu fungerar det.\n\n> Hej, vårt wifi-nätverk syns inte längre på någon av våra telefoner.',
    );
    expect(text).not.toMatch(/wifi-nätverk/);
  });
});
