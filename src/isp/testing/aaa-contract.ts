import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AaaPort } from '../ports.js';

// The behaviour every AAA adapter owes the diagnostics, as a Vitest suite any implementation can
// run: give it a world that can put a subscriber's router into each state and wait until the AAA
// has seen the router's login. The in-process AAA of the simulator and the RADIUS adapter both pass
// it (sim/radius/aaa-contract.test.ts); an ISP's own adapter can run it against a test NAS.

export type AaaSubscriberState = 'connected' | 'wrong_password' | 'suspended';

export interface AaaContractWorld {
  aaa: AaaPort;
  /** A new subscriber whose router has tried to log in; returns its PPPoE username. */
  subscriber(state: AaaSubscriberState): Promise<string>;
  /** Puts right what `subscriber` broke (the password on the router, the account) and waits for the login. */
  repair(username: string): Promise<void>;
  /** The router loses power; waits until the AAA has heard of it. */
  powerOff(username: string): Promise<void>;
  /** Waits until the AAA has seen whatever the router did last (e.g. a redial). */
  settle(username: string): Promise<void>;
  close(): Promise<void>;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function describeAaaContract(name: string, makeWorld: () => Promise<AaaContractWorld>): void {
  describe(`AAA port contract: ${name}`, () => {
    let w: AaaContractWorld;
    beforeAll(async () => {
      w = await makeWorld();
    }, 60_000);
    afterAll(async () => {
      await w?.close();
    });

    it('a router that logged in has a session with its address and start', async () => {
      const user = await w.subscriber('connected');
      const s = await w.aaa.session(user);
      expect(s).toMatchObject({ up: true, lastReject: null, lastRejectAt: null });
      expect(s.ipAddress).toMatch(IPV4);
      expect(s.startedAt).toMatch(ISO);
    });

    it('a wrong PPP password is an auth_failure reject, with its time', async () => {
      const user = await w.subscriber('wrong_password');
      const s = await w.aaa.session(user);
      expect(s).toMatchObject({ up: false, ipAddress: null, startedAt: null, lastReject: 'auth_failure' });
      expect(s.lastRejectAt).toMatch(ISO);
    });

    it('a suspended account is an account_disabled reject', async () => {
      const user = await w.subscriber('suspended');
      const s = await w.aaa.session(user);
      expect(s).toMatchObject({ up: false, lastReject: 'account_disabled' });
      expect(s.lastRejectAt).toMatch(ISO);
    });

    it('an unknown username has no session and no reject', async () => {
      const s = await w.aaa.session(`nobody-${Date.now()}@nowhere`);
      expect(s).toEqual({
        up: false,
        ipAddress: null,
        startedAt: null,
        lastReject: null,
        lastRejectAt: null,
      });
    });

    it('once the password is right again the session is up and the reject forgotten', async () => {
      const user = await w.subscriber('wrong_password');
      await w.repair(user);
      expect(await w.aaa.session(user)).toMatchObject({ up: true, lastReject: null, lastRejectAt: null });
    });

    it('a reactivated account logs in', async () => {
      const user = await w.subscriber('suspended');
      await w.repair(user);
      expect(await w.aaa.session(user)).toMatchObject({ up: true, lastReject: null });
    });

    it('a router that lost power has no session and no reject', async () => {
      const user = await w.subscriber('connected');
      await w.powerOff(user);
      expect(await w.aaa.session(user)).toMatchObject({ up: false, ipAddress: null, lastReject: null });
    });

    it('disconnect ends an up session, and the router logs in again', async (t) => {
      if (!w.aaa.disconnect) return t.skip();
      const user = await w.subscriber('connected');
      expect(await w.aaa.disconnect(user)).toBe(true);
      await w.settle(user);
      expect(await w.aaa.session(user)).toMatchObject({ up: true, lastReject: null });
    });

    it('disconnect without a session ends nothing', async (t) => {
      if (!w.aaa.disconnect) return t.skip();
      const user = await w.subscriber('wrong_password');
      expect(await w.aaa.disconnect(user)).toBe(false);
      expect(await w.aaa.disconnect(`nobody-${Date.now()}@nowhere`)).toBe(false);
    });
  });
}
