#!/usr/bin/env node
// The desktop scripts (`npm start`, `npm run dev`, `npm run package`) need Node 22.12+:
// Electron 42, @electron/get (which fetches Electron's binary) and @electron/rebuild
// declare it. The engine, the CLI and the tests run on Node 20.19+ as well. Run directly,
// this exits 1 with a sentence on an older Node.
import { fileURLToPath } from 'node:url';

export const DESKTOP_NODE = [22, 12, 0];

/** A sentence when `version` (e.g. "20.19.5") is too old for the desktop scripts; null when it will do. */
export function desktopNodeProblem(version) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) > DESKTOP_NODE[i]) return null;
    if ((parts[i] ?? 0) < DESKTOP_NODE[i]) {
      return `The desktop app needs Node ${DESKTOP_NODE.join('.')} or newer (Electron 42 requires it); this is Node ${version.replace(/^v/, '')}. The CLI and \`npm test\` also run on Node 20.19+.`;
    }
  }
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = desktopNodeProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
