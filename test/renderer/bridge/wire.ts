/**
 * JSON as the bridge speaks it, on both ends (Node and the page): plain JSON, except
 * that byte arrays (a PDF, an export file) travel as {"$bytes": "<base64>"}, since
 * ClauseSearchApi hands Uint8Arrays where IPC's structured clone would.
 */

const BYTES = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its arguments on the stack: feed it slices.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encode(value: unknown): string {
  // Read the raw property: a Node Buffer's toJSON has already run by the time `value` arrives.
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { [BYTES]: toBase64(raw) } : converted;
  });
}

export function decode(text: string): unknown {
  if (text === '') return undefined;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)[BYTES] === 'string') {
      return fromBase64((value as Record<string, string>)[BYTES]!);
    }
    return value;
  });
}

/** The paths the page and the server agree on. */
export const BRIDGE_PATHS = {
  script: '/__bridge/client.js',
  events: '/__bridge/events',
  call: '/__bridge/call/',
} as const;
