import { describe, expect, it } from 'vitest';
import { demoOperatorConfig, parseOperatorConfig } from '../../operator/load.js';
import { queueLines, spokenOpening } from './transfer.js';

describe('queue lines for the voice transfer', () => {
  const lines = queueLines(demoOperatorConfig());

  it('is open inside the queue hours with its number, closed outside with the next opening', () => {
    // Wednesday 2026-12-09, 10:00 and 18:00 in Stockholm (UTC+1).
    const open = lines('agents', new Date('2026-12-09T09:00:00Z'));
    expect(open).toMatchObject({ name: 'Kundservice', phone: '+46701740605', open: true, opensAt: null });
    const late = lines('agents', new Date('2026-12-09T17:00:00Z'));
    expect(late.open).toBe(false);
    expect(late.opensAt?.toISOString()).toBe('2026-12-10T07:00:00.000Z');
    // The field team has its own hours (07:00) and no number.
    expect(lines('field', new Date('2026-12-09T17:00:00Z'))).toMatchObject({ phone: null, open: false });
    expect(lines('field', new Date('2026-12-09T17:00:00Z')).opensAt?.toISOString()).toBe(
      '2026-12-10T06:00:00.000Z',
    );
  });

  it('says the opening as today, tomorrow, a weekday, or a date beyond a week', () => {
    const now = new Date('2026-12-09T17:00:00Z');
    const tz = 'Europe/Stockholm';
    expect(spokenOpening(new Date('2026-12-09T19:00:00Z'), now, tz, 'en')).toBe('today at 20:00');
    expect(spokenOpening(new Date('2026-12-10T07:00:00Z'), now, tz, 'sv')).toBe('i morgon klockan 08:00');
    expect(spokenOpening(new Date('2026-12-14T07:00:00Z'), now, tz, 'sv')).toBe('måndag klockan 08:00');
    expect(spokenOpening(new Date('2026-12-28T07:00:00Z'), now, tz, 'en')).toBe(
      'Monday 28 December at 08:00',
    );
    // Christmas Eve to Boxing Day are Swedish holidays: from Wednesday evening the queue opens on Monday.
    const christmas = lines('agents', new Date('2026-12-23T17:00:00Z'));
    expect(christmas.opensAt?.toISOString()).toBe('2026-12-28T07:00:00.000Z');
  });

  it('rejects a queue number that is not in international form', () => {
    const r = parseOperatorConfig(
      'brand: { name: X, signature: { sv: X, en: X } }\nsupport: { address: a@b.example, name: X }\nnetwork: { dnsServers: [192.0.2.1] }\n' +
        'sla: { businessHours: { timeZone: Europe/Stockholm, days: [mon], open: "08:00", close: "17:00" }, targets: { P1: { minutes: 60, hours: always }, P2: { minutes: 60, hours: always }, P3: { minutes: 60, hours: always }, P4: { minutes: 60, hours: always } } }\n' +
        'queues: { agents: { phone: "08-123 45 67" } }\n',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/queues\.agents\.phone.*international form/);
  });
});
