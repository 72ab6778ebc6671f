/**
 * Writes the Content-Security-Policy of the built page into its <head>, with a hash for each inline
 * script and style as they come out of the build, so an edit to one of them can never silently
 * turn the policy off (or block it). Build only: the dev server injects its own styles and client.
 *
 * `frame-ancestors` is ignored in a <meta> policy, and `X-Content-Type-Options` is a header only:
 * the Live server (server/) sends both with the page.
 */
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './content-security-policy';

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
