// Types for desktop-node.mjs (plain JS so npm scripts run it without tsx).
export declare const DESKTOP_NODE: [number, number, number];
export declare function desktopNodeProblem(version: string): string | null;
