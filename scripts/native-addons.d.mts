// Types for native-addons.mjs (plain JS so `npm test`'s pretest runs it without tsx).
export declare const ABI_SPECIFIC_ADDONS: string[];
export interface NpmInvocation {
  file: string;
  args: string[];
  shell: boolean;
}
export declare function npmInvocation(
  args: string[],
  env: { platform: NodeJS.Platform; execPath: string; npmExecPath?: string | undefined },
): NpmInvocation;
export declare function compiledAbiFromError(message: string): number | null;
export type LoadProbe = { loads: true } | { loads: false; message: string };
export declare function needsRebuild(probe: LoadProbe, wanted: 'node' | 'electron', electronAbi: number): boolean;
export declare function rebuildArgs(addons: string[], wanted: 'node' | 'electron', electronVersion: string): string[];
