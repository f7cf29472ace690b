// Host names of page addresses.

/** The lower-case host of an address, or '' when there is none. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Whether `host` is one of `domains` or a subdomain of one ("www.coindesk.com" is "coindesk.com"). */
export function isHostIn(host: string, domains: readonly string[]): boolean {
  return !!host && domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
