import { describe, expect, it } from 'vitest';
import * as C from './codes.js';
import { explain } from './explanations.js';

// A finding whose evidence lacks a value said "undefined % busy, undefined neighbouring networks" and
// "without a restart for undefined days" to the customer.
describe('an explanation with a value the evidence lacks', () => {
  it.each([C.WIFI_CHANNEL_CONGESTED, C.CPE_LONG_UPTIME, C.WAN_FREQUENT_RECONNECTS, C.LINE_OPTICAL_LOW])(
    '%s never says undefined, null or NaN, in either language',
    (code) => {
      const text = explain(code, {});
      for (const t of [text.sv, text.en]) {
        expect(t).not.toMatch(/\b(undefined|null|NaN)\b/);
        expect(t.trim().length).toBeGreaterThan(10);
      }
    },
  );

  it('keeps the values it has', () => {
    expect(explain(C.CPE_LONG_UPTIME, { uptimeDays: 47 }).en).toContain('47 days');
    expect(explain(C.WIFI_CHANNEL_CONGESTED, { utilisationPct: 80, neighbours: 12 }).en).toContain(
      '80 % busy',
    );
  });
});
