import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoIsp } from '../../sim/index.js';
import { loadConfig } from '../../src/server/config.js';
import { demoOperatorFile } from '../../src/operator/load.js';
import { createDemoDesk } from '../../src/demo/desk.js';
import type { Desk } from '../../src/server/desk.js';

// Voice in production, over HTTP on loopback against the real desk: identification on the keypad,
// no links read aloud, the satisfaction score by keypad before the call ends, and a transfer to
// the queue's number inside its hours (a call-back time outside them).

const subscribers = generateDemoIsp({ count: 6 }).subscribers;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SV_DAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** The demo operator file with the agents' queue open at the given hours. */
function operatorFile(dir: string, name: string, hours: string): string {
  const file = join(dir, `${name}.yaml`);
  const demo = readFileSync(demoOperatorFile(), 'utf8');
  expect(demo).toContain('    name: Kundservice\n');
  writeFileSync(
    file,
    demo.replace('    name: Kundservice\n', `    name: Kundservice\n    businessHours: ${hours}\n`),
  );
  return file;
}

async function startDesk(dir: string, name: string, hours: string): Promise<{ desk: Desk; url: string }> {
  const config = loadConfig({
    DATABASE_URL: join(dir, `${name}.db`),
    PORT: '0',
    ACS_PORT: '0',
    SMTP_PORT: '0',
    HOST: '127.0.0.1',
    DEMO_SUBSCRIBERS: '6',
    DEMO_TIME_SCALE: '600',
    DEMO_CONVERSATIONS: 'false',
    OPERATOR_CONFIG: operatorFile(dir, name, hours),
  });
  const desk = await createDemoDesk(config, { logger: false });
  return { desk, url: (await desk.start()).url };
}

const caller = (url: string) => async (form: Record<string, string>) => {
  const res = await fetch(`${url}/api/v1/voice/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  expect(res.status).toBe(200);
  return res.text();
};

/**
 * A caller from a number the ISP does not know asks for a person and types the customer number
 * and the PIN on the keypad; the answer to the PIN is the turn the case escalates on.
 */
async function askForPerson(target: { desk: Desk; url: string }, callSid: string) {
  const call = caller(target.url);
  const s = subscribers[2];
  const phone = '+46000000002';
  const asked = await call({ CallSid: callSid, From: phone, SpeechResult: 'jag vill prata med en människa' });
  expect(asked).toMatch(/Slå kundnumret på knappsatsen/);
  expect(await call({ CallSid: callSid, From: phone, Digits: `${s.customerNumber}#` })).toMatch(
    /Slå PIN-koden/,
  );
  const xml = await call({ CallSid: callSid, From: phone, Digits: `${s.pin}#` });
  const ticket = await ticketOf(target.desk, callSid);
  const notes = (await target.desk.services.repos.tickets.timeline(ticket.id)).flatMap((e) =>
    e.type === 'note' ? [e.text] : [],
  );
  return { xml, ticket, notes, phone };
}

const ticketOf = async (desk: Desk, callSid: string) => {
  const { items } = await desk.services.repos.tickets.list({ limit: 50 });
  const id = await desk.services.caps.links.find('voice', [callSid]);
  return items.find((t) => t.id === id)!;
};

describe('voice in production', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-voice-prod-'));
  let open: { desk: Desk; url: string };
  let closed: { desk: Desk; url: string };
  // The agents' queue opens only on the day after tomorrow (Stockholm), so it is closed now.
  const later = new Date(Date.now() + 2 * 86_400_000);
  const laterDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' })
    .format(later)
    .toLowerCase();
  const laterIndex = WEEKDAYS.indexOf(laterDay);

  beforeAll(async () => {
    open = await startDesk(
      dir,
      'open',
      '{ timeZone: Europe/Stockholm, days: [mon, tue, wed, thu, fri, sat, sun], open: "00:00", close: "24:00", holidays: none }',
    );
    closed = await startDesk(
      dir,
      'closed',
      `{ timeZone: Europe/Stockholm, days: [${laterDay}], open: "08:00", close: "17:00", holidays: none }`,
    );
  }, 60_000);
  afterAll(async () => {
    await open?.desk.stop();
    await closed?.desk.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'identifies a caller who types the customer number and PIN, masks the PIN, and takes the score by keypad before hanging up',
    { timeout: 60_000 },
    async () => {
      const call = caller(open.url);
      const s = subscribers[0];
      const first = await call({
        CallSid: 'CA-keys',
        From: '+46000000000',
        SpeechResult: 'mitt internet fungerar inte',
      });
      expect(first).toMatch(/<Gather input="dtmf speech"[^>]*finishOnKey="#"/);
      expect(first).toMatch(/kundnummer/);
      expect(first).toMatch(/Slå kundnumret på knappsatsen och avsluta med fyrkant, eller säg det\./);
      const pinAsk = await call({ CallSid: 'CA-keys', Digits: `${s.customerNumber}#` });
      expect(pinAsk).toMatch(/PIN-kod/);
      expect(pinAsk).toMatch(/Slå PIN-koden på knappsatsen/);
      const verified = await call({ CallSid: 'CA-keys', Digits: s.pin });
      expect(verified).toMatch(/verifierad/);
      expect(verified).not.toContain(s.pin);

      const ticket = await ticketOf(open.desk, 'CA-keys');
      expect(ticket.customerId).not.toBeNull();
      const timeline = await open.desk.services.repos.tickets.timeline(ticket.id);
      const said = timeline
        .filter((e) => e.type === 'message_in')
        .map((e) => (e.type === 'message_in' ? e.text : ''));
      expect(said).toContain(s.customerNumber);
      expect(said.some((t) => t.includes(s.pin))).toBe(false);
      expect(said.some((t) => t.includes('••••'))).toBe(true);

      // Demo subscriber 1 has a PPP login fault: consent (by key 1 for the first option), fixed,
      // confirmed; then the satisfaction question.
      expect(verified).toMatch(
        /Du kan till exempel säga: Ja, Nej\.<\/Say><Say[^>]*>Eller tryck 1 för Ja, 2 för Nej\.<\/Say>/,
      );
      const fixed = await call({ CallSid: 'CA-keys', Digits: '1' });
      expect(fixed).toMatch(/Fungerar det nu\?/);
      expect(fixed).toMatch(/Eller tryck 1 för Ja, det fungerar, 2 för Nej, fortfarande inte\./);
      const close = await call({ CallSid: 'CA-keys', Digits: '1' });
      const gather = /<Gather input="dtmf speech"[^>]*numDigits="1"[^>]*>(.*?)<\/Gather>(.*)$/.exec(close);
      expect(gather).not.toBeNull();
      expect(gather![1]).toMatch(/från 1 \(inte alls\) till 5/);
      expect(gather![1]).toMatch(/Tryck en siffra från 1 till 5 på knappsatsen\./);
      // Silence after the question ends the call with a goodbye, not in the middle of it.
      expect(gather![2]).toMatch(/^<Say[^>]*>Tack för samtalet\. Hej då\.<\/Say><Hangup\/><\/Response>$/);

      const thanks = await call({ CallSid: 'CA-keys', Digits: '4' });
      expect(thanks).toMatch(/<Hangup\/>/);
      expect(thanks).not.toMatch(/<Gather/);
      const after = await open.desk.services.repos.tickets.timeline(ticket.id);
      // The keys reached the agent as the options' words.
      const answers = after.flatMap((e) => (e.type === 'message_in' ? [e.text] : []));
      expect(answers).toEqual(expect.arrayContaining(['Ja', 'Ja, det fungerar']));
      expect(after.filter((e) => e.type === 'csat').map((e) => (e.type === 'csat' ? e.score : 0))).toEqual([
        4,
      ]);
    },
  );

  it('never reads a help-centre link aloud', { timeout: 60_000 }, async () => {
    const call = caller(open.url);
    const xml = await call({
      CallSid: 'CA-kb',
      From: subscribers[3].phone,
      SpeechResult: 'hur byter jag lösenord på wifi',
    });
    expect(xml).toMatch(/Byta lösenord/);
    expect(xml).not.toMatch(/\/help|https?:|lang=|www\./);
    expect(xml).toMatch(/Du hittar det i hjälpcentret på vår webbplats\./);
  });

  it(
    'transfers the caller to the queue number when the case escalates inside the queue hours',
    { timeout: 60_000 },
    async () => {
      const { xml, ticket, notes } = await askForPerson(open, 'CA-person');
      expect(xml).toMatch(
        /Jag kopplar dig nu till Kundservice\. Ett ögonblick\.<\/Say><Dial timeout="30">\+46701740605<\/Dial>/,
      );
      expect(xml).not.toMatch(/<Gather/);
      expect(xml).toMatch(/nu är du verifierad/);
      expect(ticket.status).toBe('escalated');
      expect(ticket.customerId).not.toBeNull();
      expect(notes.some((t) => t.includes('transferred to the agents queue at +46701740605'))).toBe(true);
    },
  );

  it(
    'outside the queue hours says when the team will call back, and notes the caller number for them',
    { timeout: 60_000 },
    async () => {
      const { xml, notes, phone } = await askForPerson(closed, 'CA-late');
      expect(xml).not.toMatch(/<Dial/);
      expect(xml).toContain(
        `Kundservice har stängt just nu. De ringer upp dig när de öppnar, ${SV_DAYS[laterIndex]} klockan 08:00.`,
      );
      expect(xml).toMatch(/<Gather/);
      expect(notes.some((t) => t.includes(`call the customer back on ${phone}`))).toBe(true);
    },
  );
});
