import { describe, expect, it } from 'vitest';
import type { AccessKind } from '../../domain/index.js';
import {
  aaaSessionSchema,
  billingStatusSchema,
  installationAddressSchema,
  lineStatusSchema,
  portalStatusSchema,
  visitBookingSchema,
} from '../http/contract.js';
import { UnknownServiceError, type IspPorts } from '../ports.js';

// The contract every IspPorts implementation meets, in process or over HTTP. An ISP can run it
// against its own systems with a fixture of test subscribers it owns.

export interface ContractFixture {
  ports: IspPorts;
  /** A subscriber in good standing. */
  subscriber: { customerNumber: string; serviceId: string; access: AccessKind; pppoeUsername: string };
  /** A subscriber whose service is closed for non-payment. */
  suspended: { customerNumber: string };
  /** A subscriber whose portal account is locked (the suite unlocks it). */
  portalLocked: { customerNumber: string };
  /** Identifiers the ISP does not know. */
  unknown: { customerNumber: string; serviceId: string; pppoeUsername: string };
}

export function ispPortsContract(name: string, setup: () => Promise<ContractFixture>): void {
  describe(`ISP ports contract: ${name}`, () => {
    const fixture = async () => setup();

    it('line status: a known service in its access kind; an unknown service is UnknownServiceError', async () => {
      const f = await fixture();
      const line = await f.ports.access.lineStatus(f.subscriber.serviceId, f.subscriber.access);
      expect(lineStatusSchema.parse(line).access).toBe(f.subscriber.access);
      await expect(f.ports.access.lineStatus(f.unknown.serviceId, 'fiber')).rejects.toBeInstanceOf(
        UnknownServiceError,
      );
    });

    it('AAA: a session for a known username; an unknown one is down with no reject', async () => {
      const f = await fixture();
      aaaSessionSchema.parse(await f.ports.aaa.session(f.subscriber.pppoeUsername));
      expect(await f.ports.aaa.session(f.unknown.pppoeUsername)).toEqual({
        up: false,
        ipAddress: null,
        startedAt: null,
        lastReject: null,
        lastRejectAt: null,
      });
    });

    it('AAA: ending a session, where the AAA can, leaves none up until the router redials', async () => {
      const f = await fixture();
      const disconnect = f.ports.aaa.disconnect?.bind(f.ports.aaa);
      if (!disconnect) return;
      expect(typeof (await disconnect(f.subscriber.pppoeUsername))).toBe('boolean');
      expect(await disconnect(f.unknown.pppoeUsername)).toBe(false);
    });

    it('portal: status, unlock clears the lock, a reset gives a one-time password', async () => {
      const f = await fixture();
      const n = f.portalLocked.customerNumber;
      expect(portalStatusSchema.parse(await f.ports.portal.status(n))).toMatchObject({
        exists: true,
        locked: true,
      });
      await f.ports.portal.unlock(n);
      expect(await f.ports.portal.status(n)).toMatchObject({ exists: true, locked: false, failedLogins: 0 });
      const reset = await f.ports.portal.resetPassword(f.subscriber.customerNumber);
      expect(reset.temporaryPassword.length).toBeGreaterThan(0);
      expect((await f.ports.portal.status(f.unknown.customerNumber)).exists).toBe(false);
    });

    it('billing: good standing, suspended for non-payment, unknown customer', async () => {
      const f = await fixture();
      const billing = f.ports.billing;
      expect(billing).toBeDefined();
      expect(billingStatusSchema.parse(await billing!.status(f.subscriber.customerNumber))).toMatchObject({
        exists: true,
        state: 'ok',
        overdueAmount: 0,
      });
      const suspended = await billing!.status(f.suspended.customerNumber);
      expect(suspended.state).toBe('suspended');
      expect(suspended.overdueAmount).toBeGreaterThan(0);
      expect((await billing!.status(f.unknown.customerNumber)).exists).toBe(false);
    });

    it('installation address: a known service has one; an unknown service is UnknownServiceError', async () => {
      const f = await fixture();
      const installation = f.ports.installation;
      expect(installation).toBeDefined();
      installationAddressSchema.parse(await installation!.address(f.subscriber.serviceId));
      await expect(installation!.address(f.unknown.serviceId)).rejects.toBeInstanceOf(UnknownServiceError);
    });

    it('field service: a booking is confirmed with a window or requested; the same case books once', async () => {
      const f = await fixture();
      const fs = f.ports.fieldService;
      expect(fs).toBeDefined();
      const request = {
        serviceId: f.subscriber.serviceId,
        customerNumber: f.subscriber.customerNumber,
        caseReference: 'FL-CONTRACT-1',
        reason: 'line.fiber_los',
        customerAvailability: 'weekdays after 8',
      };
      const first = visitBookingSchema.parse(await fs!.book(request));
      if (first.status === 'confirmed')
        expect(Date.parse(first.window.end)).toBeGreaterThan(Date.parse(first.window.start));
      expect((await fs!.book(request)).bookingId).toBe(first.bookingId);
      // Notes after the booking: taken, and the same notes again change nothing.
      await fs!.addNotes?.(first.bookingId, ['call the customer before the visit']);
      await fs!.addNotes?.(first.bookingId, ['call the customer before the visit']);
      await expect(
        fs!.book({ ...request, serviceId: f.unknown.serviceId, caseReference: 'FL-CONTRACT-2' }),
      ).rejects.toBeInstanceOf(UnknownServiceError);
    });
  });
}
