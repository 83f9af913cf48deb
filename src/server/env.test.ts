import { describe, expect, it } from 'vitest';
import { LOOPBACK_PROXIES, parseEnv } from './env.js';

describe('PLANIK_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['off', false],
    // «1» is a proxy on this machine, not «believe every peer».
    ['1', LOOPBACK_PROXIES],
    ['true', LOOPBACK_PROXIES],
    ['10.0.0.0/8,127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    [' 192.168.1.10 , fd00::/8 ', ['192.168.1.10', 'fd00::/8']],
    ['::1', ['::1']],
  ])('%j → %j', (value, expected) => {
    expect(parseEnv(value === undefined ? {} : { PLANIK_TRUST_PROXY: value }).PLANIK_TRUST_PROXY).toEqual(expected);
  });

  it.each(['2', 'proxy.local', '10.0.0.0/33', '10.0.0/8', '10.0.0.1/8/1', ',', '::1/129'])('%j is refused with the variable named', (value) => {
    expect(() => parseEnv({ PLANIK_TRUST_PROXY: value })).toThrow(/PLANIK_TRUST_PROXY/);
  });
});
