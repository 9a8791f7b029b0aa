import { describe, expect, it } from 'vitest';
import type { Customer, Service } from '../domain/index.js';
import type { DeskPorts } from '../tickets/desk-ports.js';
import type { ConversationState } from './conversation-state.js';
import { createCustomerContext } from './customer-context.js';

describe('customerContext', () => {
  it('reads the customer and the service at the same time, once per conversation state', async () => {
    const asked: string[] = [];
    const open: (() => void)[] = [];
    // Each read answers only when released; both must be asked before either is answered.
    const later = <T>(name: string, value: T) =>
      new Promise<T>((resolve) => {
        asked.push(name);
        open.push(() => resolve(value));
      });
    const customer = { id: 'c1' } as Customer;
    const service = { id: 's1' } as Service;
    const directory = {
      byId: (id: string) => later(`customer ${id}`, customer),
      service: (id: string) => later(`service ${id}`, service),
    } as unknown as DeskPorts['directory'];
    const { customerContext } = createCustomerContext(directory);
    const conv = { customerId: 'c1', serviceId: 's1' } as ConversationState;
    const read = customerContext(conv);
    await Promise.resolve();
    expect(asked).toEqual(['customer c1', 'service s1']);
    for (const release of open) release();
    expect(await read).toEqual({ customer, service });
    expect(await customerContext(conv)).toEqual({ customer, service });
    expect(asked).toHaveLength(2);
  });

  it('reads nothing it has no id for', async () => {
    const directory = {
      byId: () => Promise.reject(new Error('no read expected')),
      service: () => Promise.reject(new Error('no read expected')),
    } as unknown as DeskPorts['directory'];
    const { customerContext } = createCustomerContext(directory);
    expect(await customerContext({ customerId: null, serviceId: null } as ConversationState)).toEqual({
      customer: null,
      service: null,
    });
  });
});
