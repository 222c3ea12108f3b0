// The Content-Security-Policy of every window, sent by both hosts (renderer/index.html carries
// it as a <meta> too, minus frame-ancestors which a <meta> cannot set).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
