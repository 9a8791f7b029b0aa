import { describe, expect, it } from 'vitest';
import type { AaaSession, IspPorts } from './ports.js';
import { SwitchablePorts } from './switchable-ports.js';

const session = (ipAddress: string): AaaSession => ({
  up: true,
  ipAddress,
  startedAt: null,
  lastReject: null,
  lastRejectAt: null,
});

function ports(ip: string, disconnect?: () => Promise<boolean>): IspPorts {
  return {
    access: { lineStatus: () => Promise.reject(new Error('unused')) },
    aaa: { session: async () => session(ip), ...(disconnect ? { disconnect } : {}) },
    portal: {
      status: () => Promise.reject(new Error('unused')),
      unlock: () => Promise.reject(new Error('unused')),
      resetPassword: () => Promise.reject(new Error('unused')),
    },
  };
}

describe('SwitchablePorts AAA', () => {
  it('an AAA of its own stays when other ports are connected later', async () => {
    const isp = new SwitchablePorts();
    isp.useAaa(ports('10.0.0.2').aaa);
    isp.use(ports('10.0.0.1'));
    expect((await isp.aaa.session('u')).ipAddress).toBe('10.0.0.2');
  });

  it('without one, the connected ports answer, and disconnect says when they cannot', async () => {
    const isp = new SwitchablePorts();
    isp.use(ports('10.0.0.1'));
    expect((await isp.aaa.session('u')).ipAddress).toBe('10.0.0.1');
    expect(() => isp.aaa.disconnect!('u')).toThrow(/cannot end sessions/);
    isp.use(ports('10.0.0.1', async () => true));
    expect(await isp.aaa.disconnect!('u')).toBe(true);
  });
});
