/**
 * Writes the Content-Security-Policy of the built page into its <head>, with a hash for each inline
 * script and style as they come out of the build, so an edit to one of them can never silently
 * turn the policy off (or block it). Build only: the dev server injects its own styles and client.
 *
 * `frame-ancestors` is ignored in a <meta> policy, and `X-Content-Type-Options` is a header only:
 * the Live server (server/) sends both with the page.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

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

export function cspPlugin(): Plugin {
  return {
    name: 'qantar-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
        if (!/<meta charset="UTF-8" \/>/.test(html))
          throw new Error('csp-plugin: no <meta charset> to put the policy after');
        return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${meta}`);
      },
    },
  };
}
