/**
 * The game's Content-Security-Policy for a built page, from its inline scripts and styles: the one
 * policy both the page's <meta> tag (csp-plugin.ts) and the Live server's header (server/) send,
 * so the two can never drift apart.
 */
import { createHash } from 'node:crypto';

function hashes(html: string, tag: 'script' | 'style'): string[] {
  const inline = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(inline)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

/** The policy for a page holding these inline scripts and styles. */
export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(html, 'script').join(' ')}`.trim(),
    `style-src 'self' ${hashes(html, 'style').join(' ')}`.trim(),
    // Style attributes (a bar's width as a CSS variable in the classroom report) cannot run code;
    // <style> elements stay limited to the hashed one above.
    "style-src-attr 'unsafe-inline'",
    // Phaser makes its built-in textures from data: URLs; canvases exported as blobs.
    "img-src 'self' data: blob:",
    // Howler checks what the browser can play with a tiny data: sound.
    "media-src 'self' data: blob:",
    "font-src 'self'",
    // The Live client talks to the page's own server (ws: and wss: of the same host).
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
