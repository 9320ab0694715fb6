/**
 * Structured cloning copies a typed array's whole ArrayBuffer, not just the view: a small
 * Node Buffer sliced from the shared 8 KiB pool would carry unrelated bytes along. Bytes
 * that leave the worker go through here first.
 */
export function ownedBytes(view: Uint8Array): Uint8Array {
  const whole = view.byteOffset === 0 && view.byteLength === view.buffer.byteLength;
  // Either way a plain Uint8Array (pdf.js refuses Node Buffers); only a partial view is copied.
  return whole ? new Uint8Array(view.buffer) : new Uint8Array(view);
}
