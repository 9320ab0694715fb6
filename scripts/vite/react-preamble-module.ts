/**
 * Keeps `npm run dev` within the app's strict Content-Security-Policy (script-src 'self'):
 * in dev, @vitejs/plugin-react writes React Refresh's preamble into index.html as an
 * inline module script, which that policy blocks, so no component module runs and the
 * window stays blank. The renderer imports the same preamble as a module instead
 * (`@vitejs/plugin-react/preamble`, first line of main.tsx; empty in a build), and this
 * plugin takes the inline copy out of the served page. The policy itself is not loosened.
 */
import type { Plugin } from 'vite';

/** The inline script plugin-react injects: a module script that calls injectIntoGlobalHook. */
const INLINE_PREAMBLE = /<script type="module">(?:(?!<\/script>)[\s\S])*?injectIntoGlobalHook\(window\)(?:(?!<\/script>)[\s\S])*?<\/script>\s*/g;

export function withoutInlineScripts(html: string): string {
  return html.replace(INLINE_PREAMBLE, '');
}

export function reactPreambleAsModule(): Plugin {
  return {
    name: 'clause-search:react-preamble-as-module',
    apply: 'serve',
    transformIndexHtml: { order: 'post', handler: withoutInlineScripts },
  };
}
