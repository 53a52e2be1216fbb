import { describe, expect, it } from 'vitest';
import { destinationAllowed, parsePrivateAllowance, refusedRange } from './destination.js';

describe('webhook destination check', () => {
  it('refuses loopback, private, link-local, metadata, CGNAT, unspecified and reserved addresses', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', 'fe80::1', 'fd00:ec2::254', 'fc00::1', '100.100.100.200', '0.0.0.0', '::', '224.0.0.1', '255.255.255.255', '192.0.2.10']) {
      expect(refusedRange(address), address).not.toBeNull();
      expect(destinationAllowed(address, 443, 'none'), address).toBe(false);
    }
  });

  it('refuses private IPv4 addresses written as IPv4-mapped IPv6', () => {
    expect(refusedRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(refusedRange('::ffff:a9fe:a9fe')).toBe('linkLocal');
  });

  it('allows public unicast addresses', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888']) expect(destinationAllowed(address, 443, 'none'), address).toBe(true);
  });

  it('lets the development setting allow every private address or only listed address:port pairs', () => {
    expect(destinationAllowed('127.0.0.1', 8080, 'any')).toBe(true);
    const listed = parsePrivateAllowance('127.0.0.1:8080, 10.0.0.2:443');
    expect(destinationAllowed('127.0.0.1', 8080, listed)).toBe(true);
    expect(destinationAllowed('::ffff:127.0.0.1', 8080, listed)).toBe(true);
    expect(destinationAllowed('127.0.0.1', 8081, listed)).toBe(false);
    expect(parsePrivateAllowance(undefined)).toBe('none');
    expect(parsePrivateAllowance('off')).toBe('none');
    expect(parsePrivateAllowance('on')).toBe('any');
  });
});
