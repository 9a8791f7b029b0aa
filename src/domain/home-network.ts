// The customer's home network as the ISP configures every router: 192.168.1.0/24, the router at .1.

const HOME_NET = /^192\.168\.1\.(\d{1,3})$/;

/** An address a device on the home network can have: 192.168.1.2–254 (.0 is the network, .1 the router, .255 broadcast). */
export function isHomeDeviceAddress(ip: string): boolean {
  const m = HOME_NET.exec(ip.trim());
  return m !== null && Number(m[1]) >= 2 && Number(m[1]) <= 254;
}
