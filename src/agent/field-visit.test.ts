import { describe, expect, it } from 'vitest';
import type { IspPorts, VisitBooking, VisitRequest } from '../isp/ports.js';
import { formatVisitWindow } from './field-visit.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const WINDOW = { start: '2026-12-08T07:00:00.000Z', end: '2026-12-08T11:00:00.000Z' };

function ispBooking(answer: (r: VisitRequest) => Promise<VisitBooking>) {
  const requests: VisitRequest[] = [];
  const isp = {
    fieldService: {
      book: (r: VisitRequest) => {
        requests.push(r);
        return answer(r);
      },
    },
  } as unknown as IspPorts;
  return { isp, requests };
}

async function fiberCut(isp: IspPorts | undefined, language: 'en' | 'sv' = 'en') {
  const desk = memoryDesk({ world: faultWorld(['fiber_los']), isp });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening: language === 'en' ? 'internet is down completely' : 'internet ligger nere helt',
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'contact.availability': 'mornings',
    },
  });
  expect(res.queue).toBe('field');
  const said = res.lastReplies.map((r) => r.text).join(' ');
  const notes = (await desk.tickets.timeline(res.ticketId)).flatMap((e) =>
    e.type === 'note' ? [e.text] : [],
  );
  return { res, said, notes };
}

describe('a field visit is booked only when the booking port confirms a time window', () => {
  it('confirmed: the customer hears the window; the request carries the case and the availability', async () => {
    // The field service confirms the first window asked for (a fixed date would fall in the past).
    const { isp, requests } = ispBooking(async (r) => ({
      status: 'confirmed',
      bookingId: 'FS-1',
      window: r.preferredWindows?.[0] ?? WINDOW,
    }));
    const { res, said, notes } = await fiberCut(isp);
    const booked = requests[0]?.preferredWindows?.[0] ?? WINDOW;
    expect(said).toContain(
      `I have booked a technician visit for ${formatVisitWindow(booked, 'en', 'Europe/Stockholm')}`,
    );
    expect(formatVisitWindow(WINDOW, 'en', 'Europe/Stockholm')).toBe('Tuesday 8 December 08:00–12:00');
    expect(requests).toEqual([
      expect.objectContaining({
        serviceId: 'svc-100482',
        customerNumber: '100482',
        caseReference: res.reference,
        customerAvailability: 'mornings',
      }),
    ]);
    expect(notes.some((n) => n.startsWith('Field visit booked (FS-1)'))).toBe(true);
  });

  it('requested without a time: not "booked", the field team agrees on a time', async () => {
    const { isp } = ispBooking(async () => ({ status: 'requested', bookingId: 'FS-2' }));
    const { said, notes } = await fiberCut(isp);
    expect(said).not.toMatch(/booked/i);
    expect(said).toContain('They will contact you within');
    expect(notes.some((n) => n.startsWith('Field visit requested (FS-2)'))).toBe(true);
  });

  it('a failing booking system: not "booked", noted for the team', async () => {
    const { isp } = ispBooking(async () => {
      throw new Error("the ISP's fieldService system did not answer within 4000 ms");
    });
    const { said, notes } = await fiberCut(isp, 'sv');
    expect(said).not.toMatch(/bokat/i);
    expect(said).toContain('De hör av sig inom');
    expect(notes.some((n) => n.startsWith('Field visit not booked: the ISP'))).toBe(true);
  });

  it('no field-service port: not "booked"', async () => {
    const { said } = await fiberCut(undefined);
    expect(said).not.toMatch(/booked/i);
    expect(said).toContain('passed your case to our field technicians');
  });
});
