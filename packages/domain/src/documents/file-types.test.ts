import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES, detectFileKind, documentProblem, MAX_DOCUMENT_BYTES } from './file-types';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFileKind', () => {
  it.each([
    [text('%PDF-1.7\n'), 'pdf'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'office'],
    [bytes(0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d), 'mp4'],
    [text('%PDF'), 'unknown'],
    [text('MZ\x90\x00'), 'unknown'],
    [text('<html>'), 'unknown'],
    [bytes(), 'unknown'],
  ])('%# → %s', (head, kind) => {
    expect(detectFileKind(head)).toBe(kind);
  });
});

describe('documentProblem', () => {
  const MB = 1024 * 1024;
  it.each([
    ['qualification', 1000, 'pdf', null],
    ['qualification', 20 * MB, 'jpeg', null],
    ['qualification', 20 * MB + 1, 'pdf', 'too_large'],
    ['qualification', 200 * MB, 'pdf', 'too_large'],
    ['qualification', 0, 'pdf', 'empty'],
    ['qualification', 1000, 'office', 'wrong_type'],
    ['qualification', 1000, 'unknown', 'wrong_type'],
    ['resource', 100 * MB, 'mp4', null],
    ['resource', 100 * MB + 1, 'mp4', 'too_large'],
    ['resource', 10, 'office', null],
  ] as const)('%s %i bytes %s → %s', (purpose, size, kind, reason) => {
    expect(documentProblem(purpose, size, kind)?.reason ?? null).toBe(reason);
  });

  it('names the limit and the allowed kinds', () => {
    expect(documentProblem('brand', 200 * MB, 'pdf')).toEqual({ reason: 'too_large', limitMb: 20 });
    expect(documentProblem('brand', 10, 'office')).toEqual({
      reason: 'wrong_type',
      detected: 'Office (docx/pptx/xlsx)',
      allowed: 'PDF / PNG / JPEG',
    });
  });

  it('reads no further than the largest limit', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(Math.max(...Object.values(DOCUMENT_RULES).map((r) => r.maxBytes)));
  });
});
