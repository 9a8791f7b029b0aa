import { describe, expect, it } from 'vitest';
import { ACTIONS, CONSENT_FOR_ACTION, type ActionName, type ConsentKey } from '../domain/index.js';
import { fakeWorld } from '../diagnostics/testing/fakes.js';
import { executeAction } from './execute.js';
import { requiredConsent } from './guards.js';
import { actionContext } from './testing/context.js';

const ARGS: Partial<Record<ActionName, Record<string, unknown>>> = {
  wifi_ssid_change: { ssid: 'New' },
  port_forward_add: { externalPort: 8080, internalClient: '192.168.1.50' },
};

/** Everything that changes something on the device or account (calls beyond reads). */
function changes(w: ReturnType<typeof fakeWorld>) {
  const device = w.devices.calls.filter(
    (c) => !['getParameters', 'get', 'findByService', 'runDiagnostic'].includes(c.method),
  );
  const portal = w.isp.portal.calls.filter((c) => c.method !== 'status');
  return [...device, ...portal];
}

describe('guards', () => {
  it('requiredConsent follows the contract table', () => {
    for (const a of ACTIONS) expect(requiredConsent(a)).toBe(CONSENT_FOR_ACTION[a] ?? null);
    expect(requiredConsent('cpe_reboot')).toBe('consent.reboot');
    expect(requiredConsent('account_unlock')).toBeNull();
  });

  it.each(ACTIONS.map((a) => [a]))(
    '%s: refused and audited without verification, nothing changed',
    async (name) => {
      const w = fakeWorld();
      const r = await executeAction(
        name,
        actionContext(w, { verified: false, lastResort: true }),
        ARGS[name] ?? {},
        'customer asked',
        ['x.y'],
      );
      expect(r).toMatchObject({ ok: false, error: 'not_verified' });
      expect(changes(w)).toEqual([]);
      expect(w.audit.entries).toHaveLength(1);
      expect(w.audit.entries[0]).toMatchObject({ result: 'refused', name, actor: { kind: 'bot', id: null } });
    },
  );

  it('an unidentified caller (no customer) is refused even if flagged verified', async () => {
    const w = fakeWorld();
    const r = await executeAction('cpe_reboot', actionContext(w, { customer: null }), {}, 'r', []);
    expect(r).toMatchObject({ ok: false, error: 'not_verified' });
  });

  it("a verified customer cannot act on someone else's service", async () => {
    const w = fakeWorld();
    const other = fakeWorld({ customerNumber: '999999' });
    const r = await executeAction('dns_reset', actionContext(w, { customer: other.customer }), {}, 'r', []);
    expect(r).toMatchObject({ ok: false, error: 'not_verified' });
    expect(changes(w)).toEqual([]);
  });

  it.each(ACTIONS.filter((a) => CONSENT_FOR_ACTION[a]).map((a) => [a]))(
    '%s: refused without its consent',
    async (name) => {
      const w = fakeWorld();
      const others = new Set<ConsentKey>([
        'consent.reboot',
        'consent.factory_reset',
        'consent.firmware_update',
        'consent.wifi_change',
        'consent.config_change',
      ]);
      others.delete(CONSENT_FOR_ACTION[name]!);
      const r = await executeAction(
        name,
        actionContext(w, { consents: others, lastResort: true }),
        ARGS[name] ?? {},
        'r',
        [],
      );
      expect(r).toMatchObject({ ok: false, error: 'no_consent' });
      expect(r.ok === false && r.message).toContain(CONSENT_FOR_ACTION[name]);
      expect(changes(w)).toEqual([]);
      expect(w.audit.entries[0]).toMatchObject({
        action: name.startsWith('account_') ? 'account.action' : 'device.action',
        result: 'refused',
      });
    },
  );

  it('unlocking an account needs verification but no consent (a new password does)', async () => {
    const w = fakeWorld();
    const r = await executeAction('account_unlock', actionContext(w, { consents: new Set() }), {}, 'r', []);
    expect(r.ok).toBe(true);
  });

  it('factory reset is refused unless it is the last resort', async () => {
    const w = fakeWorld();
    for (const lastResort of [undefined, false]) {
      const r = await executeAction('cpe_factory_reset', actionContext(w, { lastResort }), {}, 'r', []);
      expect(r).toMatchObject({ ok: false, error: 'not_last_resort' });
    }
    expect(w.devices.callsOf('factoryReset')).toHaveLength(0);
    const ok = await executeAction('cpe_factory_reset', actionContext(w, { lastResort: true }), {}, 'r', []);
    expect(ok.ok).toBe(true);
  });

  it('audits every attempt with actor, reason, evidence codes and result', async () => {
    const w = fakeWorld();
    await executeAction(
      'cpe_reboot',
      actionContext(w, { actor: { kind: 'staff', id: 'staff-7' } }),
      {},
      'WAN stalled, uptime 64 days',
      ['wan.traffic_stalled', 'cpe.long_uptime'],
    );
    expect(w.audit.entries[0]).toMatchObject({
      action: 'device.action',
      actor: { kind: 'staff', id: 'staff-7' },
      target: w.deviceId,
      name: 'cpe_reboot',
      ticketId: 'ticket-1',
      reason: 'WAN stalled, uptime 64 days',
      evidence: ['wan.traffic_stalled', 'cpe.long_uptime'],
      result: 'done',
    });
  });

  it('secrets never reach the audit log or the logger', async () => {
    const w = fakeWorld();
    const logged: unknown[] = [];
    const log = {
      info: (o: object, m?: string) => logged.push([o, m]),
      warn: (o: object, m?: string) => logged.push([o, m]),
    };
    const ctx = actionContext(w, { log });
    const secrets: string[] = [];
    for (const name of [
      'wifi_password_change',
      'admin_password_change',
      'account_password_reset',
      'pppoe_credentials_resync',
    ] as const) {
      const r = await executeAction(name, ctx, {}, 'r', []);
      if (!r.ok) throw new Error(r.message);
      secrets.push(...Object.values(r.secrets ?? {}));
    }
    secrets.push(w.pppoePassword);
    expect(secrets).toHaveLength(4);
    const trail = JSON.stringify([w.audit.entries, logged]);
    for (const s of secrets) expect(trail).not.toContain(s);
    expect(w.audit.entries).toHaveLength(4);
  });
});
