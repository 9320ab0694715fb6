/** The app's version as package.json states it, recorded in every export's provenance. */
import packageJson from '../../../../package.json';

export const APP_VERSION: string = (packageJson as { version?: string }).version ?? 'unknown';
