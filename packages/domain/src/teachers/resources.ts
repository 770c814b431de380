import type { FieldReason } from '../errors/catalog';
import type { LocalizedText } from '../reference/localized-text';
import { isRegionCodeFormat, parentRegionCode } from '../region/region-code';

/** Kinds of teaching resource in the 教学资源库. */
export const RESOURCE_KINDS = [
  { code: 'curriculum', name: { 'zh-CN': '课程标准', 'en-US': 'Curriculum' } },
  { code: 'textbook', name: { 'zh-CN': '教材', 'en-US': 'Textbook' } },
  { code: 'courseware', name: { 'zh-CN': '课件', 'en-US': 'Courseware' } },
  { code: 'video', name: { 'zh-CN': '教学视频', 'en-US': 'Video' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type ResourceKind = (typeof RESOURCE_KINDS)[number]['code'];
export const RESOURCE_KIND_CODES = RESOURCE_KINDS.map((k) => k.code) as [ResourceKind, ...ResourceKind[]];

export const RESOURCE_URL_MAX_LENGTH = 2000;

/** The link as stored, or null when it is not a plain http(s) address of a named host. */
export function normaliseResourceUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > RESOURCE_URL_MAX_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // An address with a password in it would publish the password to everyone who sees the resource.
  if (!url.hostname || url.username || url.password) return null;
  return url.toString();
}

export interface ResourceSource {
  documentId: string | null;
  url: string | null;
  /** The media type of the attached file, once known. */
  mediaType?: string | null;
}

export interface ResourceProblem {
  field: 'documentId' | 'url';
  reason: FieldReason;
  params?: Record<string, unknown>;
}

const VIDEO_MEDIA_TYPE = 'video/mp4';

/**
 * A resource is a file or a link, exactly one. A video's file must be a video; other kinds must
 * not be (a lesson recording is filed as a video, so it can be found as one).
 */
export function checkResourceSource(kind: ResourceKind, source: ResourceSource): ResourceProblem[] {
  const hasFile = Boolean(source.documentId);
  const hasUrl = source.url !== null && source.url.trim() !== '';
  if (hasFile && hasUrl) return [{ field: 'url', reason: 'resource_source_both' }];
  if (!hasFile && !hasUrl) return [{ field: 'documentId', reason: 'resource_source_missing' }];
  if (hasUrl && normaliseResourceUrl(source.url!) === null) {
    return [{ field: 'url', reason: 'resource_url_invalid' }];
  }
  if (hasFile && source.mediaType) {
    const isVideo = source.mediaType === VIDEO_MEDIA_TYPE;
    if (kind === 'video' && !isVideo) return [{ field: 'documentId', reason: 'resource_video_file' }];
    if (kind !== 'video' && isVideo) return [{ field: 'documentId', reason: 'resource_not_video' }];
  }
  return [];
}

/**
 * The regions whose shared resources an institution located in `regionCode` sees: its own and
 * every region above it, nearest first. A resource shared by 郑州市 reaches every institution in
 * 郑州, one shared by 金水区 only those in 金水区.
 */
export function sharingRegions(regionCode: string): string[] {
  if (!isRegionCodeFormat(regionCode)) return [];
  const regions: string[] = [];
  for (let code: string | null = regionCode; code; code = parentRegionCode(code)) regions.push(code);
  return regions;
}
