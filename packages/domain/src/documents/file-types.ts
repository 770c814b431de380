/**
 * What an uploaded file is, judged by its first bytes rather than its name or the type the browser
 * claims, and which kinds each purpose accepts.
 */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'office' | 'mp4' | 'unknown';

export const FILE_KIND_MEDIA_TYPES: Record<Exclude<FileKind, 'unknown'>, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  office: 'application/zip',
  mp4: 'video/mp4',
};

const FILE_KIND_LABELS: Record<FileKind, string> = {
  pdf: 'PDF',
  png: 'PNG',
  jpeg: 'JPEG',
  office: 'Office (docx/pptx/xlsx)',
  mp4: 'MP4',
  unknown: '?',
};

export function fileKindLabel(kind: FileKind): string {
  return FILE_KIND_LABELS[kind];
}

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
}

export function detectFileKind(head: Uint8Array): FileKind {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'office'; // PK zip: docx, pptx, xlsx
  if (startsWith(head, [0x66, 0x74, 0x79, 0x70], 4)) return 'mp4'; // ....ftyp
  return 'unknown';
}

export const DOCUMENT_PURPOSES = [
  'qualification',
  'site',
  'teacher_certificate',
  'resource',
  'application',
  'brand',
  'finding',
  'class_material',
  'trainee_evidence',
  'supervision_photo',
  'other',
] as const;
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];

const MB = 1024 * 1024;

/** Scans and photos: 20 MB. Teaching resources (courseware, video): 100 MB. */
export const DOCUMENT_RULES: Record<DocumentPurpose, { kinds: readonly FileKind[]; maxBytes: number }> = {
  qualification: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  site: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  teacher_certificate: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  resource: { kinds: ['pdf', 'png', 'jpeg', 'office', 'mp4'], maxBytes: 100 * MB },
  application: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  brand: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  finding: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  class_material: { kinds: ['pdf', 'png', 'jpeg', 'office', 'mp4'], maxBytes: 100 * MB },
  trainee_evidence: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
  supervision_photo: { kinds: ['png', 'jpeg'], maxBytes: 20 * MB },
  other: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 20 * MB },
};

/** The largest file any purpose accepts; uploads stop reading past it. */
export const MAX_DOCUMENT_BYTES = Math.max(...Object.values(DOCUMENT_RULES).map((r) => r.maxBytes));

export type DocumentProblem =
  | { reason: 'empty' }
  | { reason: 'too_large'; limitMb: number }
  | { reason: 'wrong_type'; detected: string; allowed: string };

export function documentProblem(
  purpose: DocumentPurpose,
  sizeBytes: number,
  kind: FileKind,
): DocumentProblem | null {
  const rule = DOCUMENT_RULES[purpose];
  if (sizeBytes === 0) return { reason: 'empty' };
  if (sizeBytes > rule.maxBytes) {
    return { reason: 'too_large', limitMb: rule.maxBytes / MB };
  }
  if (!rule.kinds.includes(kind)) {
    return {
      reason: 'wrong_type',
      detected: kind === 'unknown' ? '未知 unknown' : fileKindLabel(kind),
      allowed: rule.kinds.map(fileKindLabel).join(' / '),
    };
  }
  return null;
}
