import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

function figures(text: string): string[] {
  return factValues(text)
    .filter((v) => v.type === 'number' || v.type === 'percent')
    .map((v) => `${v.type}:${v.text}`);
}

describe('percentage points', () => {
  it('reads "percentage points" whole as the unit of a percentage', () => {
    expect(figures('Of the 640 riders asked, the ferry board says its count may be off by 4 percentage points.')).toEqual([
      'number:640',
      'percent:4 percentage points',
    ]);
  });

  it('reads one percentage point whole too', () => {
    expect(figures('The levy lost a single percentage point, falling to 1 percentage point above the cap.')).toEqual(['percent:1 percentage point']);
  });

  it('still reads a plain percentage', () => {
    expect(figures('Turnout rose 6 percent in the harbour wards.')).toEqual(['percent:6 percent']);
  });
});
