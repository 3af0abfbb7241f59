import { describe, expect, it } from 'vitest';
import { describeSize } from '../../src/platform/file-import.ts';

const GIGABYTE = 1024 ** 3;

describe('file sizes in messages', () => {
  it('describes sizes as people read them', () => {
    expect(describeSize(1)).toBe('1 byte');
    expect(describeSize(12)).toBe('12 bytes');
    expect(describeSize(1536)).toBe('1.5 KB');
    expect(describeSize(9.5 * 1024 * 1024)).toBe('9.5 MB');
    expect(describeSize(12 * 1024 * 1024)).toBe('12 MB');
    expect(describeSize(2 * GIGABYTE)).toBe('2 GB');
  });
});
