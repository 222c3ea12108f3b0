// A `mailto:` link for one address, each part percent-encoded (RFC 6068 §2): an address from an
// import such as `a@example.com?attach=/etc/passwd` or `a@example.com,b@example.com` stays one
// address instead of becoming a query or a second recipient. The desktop host refuses any
// mailto with a query anyway (electron/trusted-url.ts).
export const mailtoHref = (address: string): string => {
  const at = address.lastIndexOf('@');
  if (at < 0) return `mailto:${encodeURIComponent(address)}`;
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
};
