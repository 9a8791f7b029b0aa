import type { AcsDeviceRow } from '../../storage/tables/acs.js';

/** A registered router's row (the test CPE's OUI and product class), for tests and the bench. */
export function acsDeviceRow(serial: string, at: string, over: Partial<AcsDeviceRow> = {}): AcsDeviceRow {
  return {
    id: `00D0F1-HGW3000-${serial}`,
    oui: '00D0F1',
    product_class: 'HGW3000',
    serial_number: serial,
    manufacturer: 'Frontline Networks',
    model: 'FL-HGW-3000',
    firmware: '2.3.1',
    service_id: null,
    root: 'Device.',
    cwmp_ns: '1-2',
    pppoe_username: null,
    connection_request_url: null,
    last_inform_at: at,
    last_boot_at: at,
    last_events: '[]',
    inform_count: 1,
    created_at: at,
    updated_at: at,
    ...over,
  };
}
