import type {
  AaaPort,
  AccessNetworkPort,
  BillingPort,
  FieldServicePort,
  InstallationPort,
  IspPorts,
  PortalAccountPort,
} from './ports.js';

/**
 * ISP ports whose implementation is chosen after the desk starts: the simulated ISP needs the
 * desk's ACS address before it exists, and the desk needs the ports to be built.
 */
export class SwitchablePorts implements IspPorts {
  private target: IspPorts | null = null;
  private ownAaa: AaaPort | null = null;

  use(target: IspPorts): void {
    this.target = target;
  }

  /** An AAA of its own (operator file `adapters.aaa`), kept whatever `use` connects later. */
  useAaa(aaa: AaaPort): void {
    this.ownAaa = aaa;
  }

  private get currentAaa(): AaaPort {
    return this.ownAaa ?? this.current.aaa;
  }

  private get current(): IspPorts {
    if (!this.target) throw new Error('ISP ports are not connected yet');
    return this.target;
  }

  readonly access: AccessNetworkPort = {
    lineStatus: (id, access) => this.current.access.lineStatus(id, access),
  };
  readonly aaa: AaaPort = {
    session: (user) => this.currentAaa.session(user),
    disconnect: (user) => {
      const aaa = this.currentAaa;
      if (!aaa.disconnect) throw new Error('the connected AAA cannot end sessions');
      return aaa.disconnect(user);
    },
  };
  readonly portal: PortalAccountPort = {
    status: (n) => this.current.portal.status(n),
    unlock: (n) => this.current.portal.unlock(n),
    resetPassword: (n) => this.current.portal.resetPassword(n),
  };

  // The optional ports are there exactly when the connected implementation has them.
  get billing(): BillingPort | undefined {
    return this.target?.billing;
  }
  get installation(): InstallationPort | undefined {
    return this.target?.installation;
  }
  get fieldService(): FieldServicePort | undefined {
    return this.target?.fieldService;
  }
}
