import { describe, expect, it } from 'vitest';
import { checkResourceSource, normaliseResourceUrl, type ResourceKind, sharingRegions } from './resources';

const DOC = '0b7c4c1e-4a53-4f43-9a0b-7d1f2b7d8e11';

describe('normaliseResourceUrl', () => {
  it.each([
    ['https://www.mohrss.gov.cn/jnjs/kc/1.html', 'https://www.mohrss.gov.cn/jnjs/kc/1.html'],
    ['  http://example.cn  ', 'http://example.cn/'],
    ['https://例子.中国/课件', 'https://xn--fsqu00a.xn--fiqs8s/%E8%AF%BE%E4%BB%B6'],
    ['ftp://example.cn/a.pdf', null],
    ['javascript:alert(1)', null],
    ['www.example.cn', null],
    ['https://user:secret@example.cn/', null],
    ['', null],
    [`https://example.cn/${'a'.repeat(2000)}`, null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseResourceUrl(input)).toBe(expected);
  });
});

describe('checkResourceSource', () => {
  it.each<
    [string, ResourceKind, Parameters<typeof checkResourceSource>[1], { field: string; reason: string }[]]
  >([
    ['a file', 'courseware', { documentId: DOC, url: null, mediaType: 'application/zip' }, []],
    ['a link', 'curriculum', { documentId: null, url: 'https://example.cn/a' }, []],
    [
      'both',
      'textbook',
      { documentId: DOC, url: 'https://example.cn/a' },
      [{ field: 'url', reason: 'resource_source_both' }],
    ],
    [
      'neither',
      'textbook',
      { documentId: null, url: null },
      [{ field: 'documentId', reason: 'resource_source_missing' }],
    ],
    [
      'a blank link alone',
      'textbook',
      { documentId: null, url: '  ' },
      [{ field: 'documentId', reason: 'resource_source_missing' }],
    ],
    [
      'a link that is not http',
      'video',
      { documentId: null, url: 'file:///c:/a.mp4' },
      [{ field: 'url', reason: 'resource_url_invalid' }],
    ],
    ['a video as an MP4 file', 'video', { documentId: DOC, url: null, mediaType: 'video/mp4' }, []],
    [
      'a video as a PDF',
      'video',
      { documentId: DOC, url: null, mediaType: 'application/pdf' },
      [{ field: 'documentId', reason: 'resource_video_file' }],
    ],
    [
      'courseware as an MP4 file',
      'courseware',
      { documentId: DOC, url: null, mediaType: 'video/mp4' },
      [{ field: 'documentId', reason: 'resource_not_video' }],
    ],
    ['a video as a link', 'video', { documentId: null, url: 'https://v.example.cn/1' }, []],
  ])('%s', (_name, kind, source, expected) => {
    expect(checkResourceSource(kind, source)).toEqual(expected);
  });
});

describe('sharingRegions', () => {
  it.each([
    ['410105', ['410105', '410100', '410000']],
    ['410100', ['410100', '410000']],
    ['410000', ['410000']],
    ['41010', []],
  ])('%s → %j', (code, expected) => {
    expect(sharingRegions(code)).toEqual(expected);
  });
});
