import { describe, expect, it } from 'vitest';
import { stringifyInChunks } from '../../src/runtime/slices.js';

describe('stringifyInChunks', () => {
  it('produces exactly what JSON.stringify does', async () => {
    const value = { format: 1, skip: undefined, name: 'a "quoted" ✓', list: [1, { a: [2, 3], b: null }, 'x', undefined], empty: [], nested: { deep: [1] } };
    expect((await stringifyInChunks(value)).join('')).toBe(JSON.stringify(value));
  });
});
