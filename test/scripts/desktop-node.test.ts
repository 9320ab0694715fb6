import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopNodeProblem } from '../../scripts/desktop-node.mjs';

describe('desktopNodeProblem', () => {
  it('accepts Node 22.12 and newer', () => {
    for (const version of ['22.12.0', 'v22.12.0', '22.13.1', '23.0.0', '24.4.1']) expect(desktopNodeProblem(version)).toBeNull();
  });

  it('refuses older Nodes with a sentence that names both versions', () => {
    for (const version of ['20.19.5', '22.11.9', '18.20.0']) {
      expect(desktopNodeProblem(version)).toMatch(new RegExp(`needs Node 22\\.12\\.0 or newer.*this is Node ${version.replace(/\./g, '\\.')}`));
    }
  });

  it('exits 1 with that sentence when run on this Node, if this Node is too old', () => {
    const run = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../scripts/desktop-node.mjs')], { encoding: 'utf8' });
    const problem = desktopNodeProblem(process.versions.node);
    expect(run.status).toBe(problem ? 1 : 0);
    expect(run.stderr.trim()).toBe(problem ?? '');
  });
});
