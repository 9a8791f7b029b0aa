// The ISP's OSS/BSS as the desk sees them (src/isp/ports.ts): the access node's view of each
// line, the AAA's sessions and the customer-portal accounts.
import type { AccessKind } from '../src/domain/index.js';
import {
  UnknownServiceError,
  type AaaSession,
  type IspPorts,
  type LineStatus,
  type PortalAccountStatus,
} from '../src/isp/ports.js';
import { createBackOffice } from './back-office.js';
import { syncAaaSession } from './model/template.js';
import { hexOf } from './rng.js';
import * as hl from './world/health.js';
import type { Home } from './world/home.js';

export interface PortLookups {
  byService(serviceId: string): Home | undefined;
  byPppUser(username: string): Home | undefined;
  byCustomer(customerNumber: string): Home | undefined;
  changed(h: Home): void;
  /** Simulated now, ms since the epoch. */
  now(): number;
}

export function lineStatus(h: Home): LineStatus {
  const up = hl.linkUp(h);
  const l = h.line;
  switch (h.spec.access) {
    case 'fiber':
      return {
        access: 'fiber',
        ontRegistered: up,
        los: l.los,
        rxDbm: up ? l.rxDbm : null,
        dropsLast24h: l.rxDbm < -27 ? 14 : l.rxDbm < -25 ? 2 : 0,
      };
    case 'dsl': {
      const low = l.snrDb <= 6;
      const hours = (h.world.clock.now() - h.bootedAt) / 3_600_000;
      const crc = low ? Math.floor(40_000 + hours * 2400) : 310 + (h.index % 50);
      return {
        access: 'dsl',
        sync: up,
        snrMarginDb: up ? l.snrDb : null,
        attenuationDb: l.attenuationDb,
        crcErrors: crc,
        crcErrorsHourAgo: low ? crc - 2400 : crc - 1,
        resyncsLast24h: low ? 11 : 0,
        syncDownKbps: up ? Math.round(Math.min(h.spec.plan.downMbps * 1100, low ? 45_000 : 120_000)) : null,
      };
    }
    case 'cable': {
      const bad = Math.abs(l.dsPowerDbmv) > 15;
      return {
        access: 'cable',
        online: up,
        dsPowerDbmv: up ? l.dsPowerDbmv : null,
        usPowerDbmv: up ? l.usPowerDbmv : null,
        snrDb: up ? (bad ? Math.min(l.docsisSnrDb, 29.5) : l.docsisSnrDb) : null,
        resetsLast24h: bad ? 7 : 0,
      };
    }
  }
}

export function createPorts(look: PortLookups): IspPorts {
  return {
    ...createBackOffice(look),
    access: {
      async lineStatus(serviceId: string, access: AccessKind): Promise<LineStatus> {
        const h = look.byService(serviceId);
        if (!h) throw new UnknownServiceError(serviceId);
        if (h.spec.access !== access)
          throw new Error(`service ${serviceId} is ${h.spec.access}, not ${access}`);
        return lineStatus(h);
      },
    },
    aaa: {
      async session(pppoeUsername: string): Promise<AaaSession> {
        const h = look.byPppUser(pppoeUsername);
        if (!h) return { up: false, ipAddress: null, startedAt: null, lastReject: null, lastRejectAt: null };
        syncAaaSession(h);
        const a = h.aaa;
        return {
          up: a.sessionUp,
          ipAddress: a.sessionUp ? h.wanIp() : null,
          startedAt: a.startedAt,
          lastReject: a.lastReject,
          lastRejectAt: a.lastRejectAt,
        };
      },
      async disconnect(pppoeUsername: string): Promise<boolean> {
        const h = look.byPppUser(pppoeUsername);
        if (!h) return false;
        syncAaaSession(h);
        if (!h.aaa.sessionUp) return false;
        // The router redials at once: the next look finds a new session.
        h.aaa.sessionUp = false;
        h.aaa.startedAt = null;
        look.changed(h);
        return true;
      },
    },
    portal: {
      async status(customerNumber: string): Promise<PortalAccountStatus> {
        const h = look.byCustomer(customerNumber);
        if (!h) return { exists: false, locked: false, failedLogins: 0, lastLoginAt: null };
        const p = h.portal;
        return { exists: true, locked: p.locked, failedLogins: p.failedLogins, lastLoginAt: p.lastLoginAt };
      },
      async unlock(customerNumber: string): Promise<void> {
        const h = look.byCustomer(customerNumber);
        if (!h) throw new UnknownServiceError(customerNumber);
        h.portal.locked = false;
        h.portal.failedLogins = 0;
        look.changed(h);
      },
      async resetPassword(customerNumber: string): Promise<{ temporaryPassword: string }> {
        const h = look.byCustomer(customerNumber);
        if (!h) throw new UnknownServiceError(customerNumber);
        const temporaryPassword = hexOf(`tmp:${customerNumber}:${h.world.clock.now()}`, 10).toLowerCase();
        h.portal.password = temporaryPassword;
        h.portal.mustChangePassword = true;
        h.portal.locked = false;
        h.portal.failedLogins = 0;
        look.changed(h);
        return { temporaryPassword };
      },
    },
  };
}
