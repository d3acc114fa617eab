// The read stage: arguments → input references → bytes → decoded text.
export { resolveInputs, type ResolveOptions } from './resolve-inputs.js';
export { readInput, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ReadOptions } from './read-input.js';
export { decodeInput } from './decode-input.js';
export type { InputRef, RawInput, DecodedInput } from './types.js';
