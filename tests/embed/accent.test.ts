import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/embed/accent';

describe('contrast', () => {
  it.each([
    [[255, 255, 255], [0, 0, 0], 21],
    [[15, 118, 110], [255, 255, 255], 5.47],
    [[255, 212, 0], [255, 255, 255], 1.42],
    [[31, 41, 51], [255, 255, 255], 14.76],
  ] as const)('of %j on %j is %d:1 (WCAG relative luminance)', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 1);
    expect(contrast(b, a)).toBeCloseTo(ratio, 1);
  });
});
