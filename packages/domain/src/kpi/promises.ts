/** Kept for imports of the old path: a promise's state lives in promises/promise-state.ts. */
export * from '../promises/promise-state.js';
