// Owns where native files really are inside a packaged app (app.asar vs app.asar.unpacked).

/**
 * In the installed app, modules are required from `resources/app.asar/…` and Electron
 * redirects Node's own loaders (process.dlopen, fs) to the copy in `app.asar.unpacked`.
 * SQLite's loadExtension calls dlopen/LoadLibrary itself, which knows nothing of asar, so
 * a path handed to it must name the unpacked copy. Paths outside an asar are unchanged.
 * Either separator is accepted, so a Windows path is mapped the same on any OS.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}
