import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoIsp } from '../../sim/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createDemoDesk as createDesk } from '../../src/demo/desk.js';
import type { Desk } from '../../src/server/desk.js';

// A phone call through the whole desk: the telephony platform posts speech transcripts, the real
// agent (identity by caller number + PIN, triage, diagnostics over CWMP) answers in TwiML, and a
// hang-up leaves the ticket pending with the transcript on its timeline.
describe('voice channel on the real desk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-voice-'));
  let desk: Desk;
  let url: string;
  const caller = generateDemoIsp({ count: 6 }).subscribers[0];

  beforeAll(async () => {
    const config = loadConfig({
      DATABASE_URL: join(dir, 'v.db'),
      PORT: '0',
      ACS_PORT: '0',
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      DEMO_SUBSCRIBERS: '6',
      DEMO_TIME_SCALE: '600',
      DEMO_CONVERSATIONS: 'false',
    });
    desk = await createDesk(config, { logger: false });
    url = (await desk.start()).url;
  });
  afterAll(async () => {
    await desk?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (path: string, form: Record<string, string>) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  it(
    'knows the caller by number, asks for the PIN, tests the line and keeps the hung-up call pending',
    { timeout: 60_000 },
    async () => {
      const first = await call('/api/v1/voice/webhook', {
        CallSid: 'CA-desk-1',
        From: caller.phone,
        SpeechResult: 'mitt internet fungerar inte alls',
      });
      expect(first.status).toBe(200);
      const firstXml = await first.text();
      expect(firstXml).toMatch(/<Gather input="dtmf speech" language="sv-SE"/);
      expect(firstXml).toMatch(/PIN/);
      const second = await call('/api/v1/voice/webhook', { CallSid: 'CA-desk-1', SpeechResult: caller.pin });
      const secondXml = await second.text();
      expect(secondXml).toMatch(/verifierad/);
      expect(secondXml).not.toContain(caller.pin);

      const [ticket] = (await desk.services.repos.tickets.list({ limit: 10 })).items;
      expect(ticket.channel).toBe('voice');
      const hangup = await call('/api/v1/voice/status', { CallSid: 'CA-desk-1', CallStatus: 'completed' });
      expect(hangup.status).toBe(204);
      const after = await desk.services.repos.tickets.get(ticket.id);
      const timeline = await desk.services.repos.tickets.timeline(ticket.id);
      expect(timeline.some((e) => e.type === 'message_in' && e.text.includes('fungerar inte'))).toBe(true);
      expect(timeline.some((e) => e.type === 'finding')).toBe(true);
      // Demo subscriber 1 has a PPP login fault: the agent is waiting for consent when the caller hangs up.
      expect(after!.status).toBe('pending_customer');
    },
  );
});
