import { describe, expect, it } from 'vitest';
import { changedDeviceFields, splitDevice } from './device-columns.js';
import { acsDeviceRow } from './testing/device-row.js';

const row = acsDeviceRow('SN1', '2026-03-01T08:00:00.000Z', {
  connection_request_url: 'http://10.0.0.1:7547/',
  last_events: '["2 PERIODIC"]',
  inform_count: 4,
  created_at: '2026-02-01T08:00:00.000Z',
  updated_at: '2026-02-01T08:00:00.000Z',
});
const later = '2026-03-01T09:00:00.000Z';

describe('the device row of the ACS: the device and its ACS state', () => {
  it('a periodic Inform changes the state alone', () => {
    const after = { ...row, last_inform_at: later, inform_count: 5, updated_at: later };
    expect(changedDeviceFields(row, after)).toEqual({ last_inform_at: later, inform_count: 5 });
  });

  it('new firmware changes the device, and its updated_at with it', () => {
    const after = { ...row, firmware: '2.4.0', last_inform_at: later, updated_at: later };
    expect(changedDeviceFields(row, after)).toEqual({
      firmware: '2.4.0',
      last_inform_at: later,
      updated_at: later,
    });
    expect(splitDevice(changedDeviceFields(row, after)!)).toEqual({
      device: { firmware: '2.4.0', updated_at: later },
      state: { last_inform_at: later },
    });
  });

  it('nothing changed: nothing to write', () => {
    expect(changedDeviceFields(row, { ...row, updated_at: later })).toBeNull();
  });
});
