import { DOCUMENT_RULES, type DocumentPurpose, fileKindLabel } from '@qiancheng/domain/documents/file-types';

/** Where a file is uploaded (multipart, one part named "file"), checked there by content and size. */
export const documentUploadPath = (purpose: DocumentPurpose) =>
  `/api/v1/documents?purpose=${encodeURIComponent(purpose)}`;

export const documentContentPath = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}/content`;

/** The file-name extensions offered by the browser's picker for each kind the server accepts. */
const EXTENSIONS = {
  pdf: ['.pdf'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  office: ['.docx', '.pptx', '.xlsx'],
  mp4: ['.mp4'],
} as const;

export function uploadRule(purpose: DocumentPurpose) {
  const rule = DOCUMENT_RULES[purpose];
  const kinds = rule.kinds.filter((kind) => kind !== 'unknown');
  return {
    maxBytes: rule.maxBytes,
    limitMb: rule.maxBytes / 1024 / 1024,
    accept: kinds.flatMap((kind) => EXTENSIONS[kind as keyof typeof EXTENSIONS] ?? []).join(','),
    types: kinds.map(fileKindLabel).join(' / '),
  };
}
