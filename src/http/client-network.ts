/**
 * The key a client is counted under by the rate limits, login throttling and code limiters: its IPv4 address,
 * or the /64 network of its IPv6 address. Every household and server has a whole /64, so counting single IPv6
 * addresses gave one client 2^64 buckets (tester-n 6). Web-standard (Node and Workers).
 */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The first four groups of an IPv6 address, expanded ("2001:db8::1" -> "2001:db8:0:0"), or null if it is none. */
function ipv6Prefix64(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!bare.includes(':') || !/^[0-9a-f:.]+$/i.test(bare)) return null;
  const [head = '', tail, ...rest] = bare.split('::');
  if (rest.length > 0) return null;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups; only the first four groups matter here.
  const rightGroups = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - left.length - rightGroups;
  if (missing < 0) return null;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((group) => (group.includes('.') ? group : (parseInt(group || '0', 16) || 0).toString(16)))
    .join(':');
}

export function clientNetwork(address: string): string {
  const trimmed = address.trim();
  const mapped = IPV4_MAPPED.exec(trimmed);
  if (mapped?.[1]) return mapped[1];
  const prefix = ipv6Prefix64(trimmed);
  return prefix === null ? trimmed : `${prefix}::/64`;
}
