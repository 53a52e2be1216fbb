import ipaddr from 'ipaddr.js';

/**
 * Outbound safety of webhook deliveries: the address a delivery connects to must be a public
 * unicast address. Loopback, private (RFC 1918, unique local), link-local (with the cloud
 * metadata services at 169.254.169.254 and fd00:ec2::254), carrier-grade NAT (Alibaba's metadata
 * at 100.100.100.200), unspecified, multicast, broadcast and reserved ranges are refused. The check
 * is made on the address the name resolved to, at connection time (see http-delivery.ts), so a
 * name that resolves to 127.0.0.1 is refused as 127.0.0.1 is.
 *
 * In development an allowance lets deliveries reach such addresses: every one (`'any'`) or only
 * the listed `address:port` pairs (a receiver on the developer's machine).
 */
export type PrivateAllowance = 'none' | 'any' | ReadonlySet<string>;

/** Why an address is refused (its range, as ipaddr.js names it), or null when it is public. */
export function refusedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

/** Whether a delivery may connect to `address` on `port`. */
export function destinationAllowed(address: string, port: number, allowance: PrivateAllowance): boolean {
  if (refusedRange(address) === null) return true;
  if (allowance === 'any') return true;
  if (allowance === 'none') return false;
  return allowance.has(`${ipaddr.isValid(address) ? ipaddr.process(address).toString() : address}:${port}`);
}

/** Reads the development setting: off/empty → none, `on` → any, else a comma-separated list of address:port. */
export function parsePrivateAllowance(value: string | undefined): PrivateAllowance {
  const v = (value ?? '').trim();
  if (v === '' || v === 'off') return 'none';
  if (v === 'on') return 'any';
  return new Set(v.split(',').map((s) => s.trim()).filter(Boolean));
}
