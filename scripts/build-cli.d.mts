/** Where the CLI bundle is written: out/cli/clause-search.mjs. */
export const CLI_BUNDLE: string;
/** Bundles src/main/cli.ts (one chunk per command) into out/cli/; resolves to the entry's path. */
export function buildCli(): Promise<string>;
