// Content-Security-Policy for the production build: no inline scripts, scripts,
// styles, images and workers from this origin only. Injected at build time only,
// because Vite's dev server relies on an inline script (React refresh preamble).
// connect-src lets fetch() reach other http(s) origins on purpose: a ?graph= link
// may name a graph on another site, and the explorer loads it only after the
// user confirms (ConfirmForeignDialog); that dialog is the gate, not the CSP.
// What such a graph can do is limited to data: it is validated and shown as text.
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}
