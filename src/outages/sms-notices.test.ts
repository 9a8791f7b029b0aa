import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Customer, Incident } from '../domain/index.js';
import { MemoryTicketStore } from '../tickets/testing/memory-tickets.js';
import type { CustomerDirectory, IncidentStore } from '../tickets/ports.js';
import { createOutageSms } from './sms-notices.js';

const INCIDENT = { id: 'inc-1', reference: 'INC-1', title: 'Fibre cut in Limhamn' } as Incident;

function customer(id: string, language: 'sv' | 'en', phone: string | null): Customer {
  return {
    id,
    customerNumber: id,
    name: id,
    contacts: phone ? [{ kind: 'phone', value: phone }] : [],
    language,
    segment: 'residential',
    pinHash: 'x',
    createdAt: new Date(0).toISOString(),
  } as Customer;
}

describe('outage notices by SMS', () => {
  it('texts each customer of the incident once (their latest case), in their language; one failed text does not stop the rest', async () => {
    const tickets = new MemoryTicketStore();
    const people = [
      customer('c-sv', 'sv', '0701234567'),
      customer('c-en', 'en', '+46707654321'),
      customer('c-none', 'sv', null),
    ];
    const linked = async (customerId: string | null) => {
      const t = await tickets.create({ channel: 'chat', language: 'sv', customerId });
      await tickets.append(t.id, [], { incidentId: INCIDENT.id });
      return t;
    };
    await linked('c-sv');
    const latest = await linked('c-sv');
    const en = await linked('c-en');
    await linked('c-none');
    await linked(null);
    await tickets.create({ channel: 'chat', language: 'sv', customerId: 'c-en' }); // not linked
    const sent: { to: string; text: string }[] = [];
    let fail = true;
    const sms = {
      async send(to: string, text: string) {
        if (to === '+46707654321' && fail) {
          fail = false;
          throw new Error('gateway down');
        }
        sent.push({ to, text });
      },
    };
    const notices = createOutageSms({
      tickets,
      directory: {
        byId: async (id: string) => people.find((p) => p.id === id) ?? null,
      } as unknown as CustomerDirectory,
      incidents: {
        get: async (id: string) => (id === INCIDENT.id ? INCIDENT : null),
      } as unknown as IncidentStore,
      sms,
      brand: 'Demo Bredband',
      log: pino({ level: 'silent' }),
    });
    expect(await notices.notifyResolved(INCIDENT.id)).toBe(1);
    expect(sent).toEqual([
      {
        to: '0701234567',
        text: `Demo Bredband: Felet i ditt område (Fibre cut in Limhamn) är åtgärdat. Ditt ärende ${latest.reference} är avslutat. Fungerar inte anslutningen, starta om routern och skriv till oss i chatten.`,
      },
    ]);
    expect(await notices.notifyResolved(INCIDENT.id)).toBe(2);
    expect(sent.find((m) => m.to === '+46707654321')?.text).toContain(
      `The fault in your area (Fibre cut in Limhamn) is fixed. Your case ${en.reference} is closed.`,
    );
    expect(await notices.notifyResolved('inc-unknown')).toBe(0);
  });
});
