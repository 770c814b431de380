import type { Readable } from 'node:stream';
import { documents, type Executor } from '@qiancheng/db';
import {
  DOCUMENT_RULES,
  type DocumentPurpose,
  detectFileKind,
  documentProblem,
  FILE_KIND_MEDIA_TYPES,
} from '@qiancheng/domain/documents/file-types';
import { isWithinRegion } from '@qiancheng/domain/region/region-code';
import { eq, inArray } from 'drizzle-orm';
import { isRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import { StagedFileTooLarge } from '../../platform/storage/document-storage';

export type DocumentRow = typeof documents.$inferSelect;

export interface DocumentView {
  id: string;
  purpose: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export function documentView(row: DocumentRow): DocumentView {
  return {
    id: row.id,
    purpose: row.purpose,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Who may see a file: the institution it belongs to; region-scoped roles for files of their region;
 * and, for teaching resources shared by a region, every institution located in that region.
 */
export function mayReadDocument(actor: Actor, row: DocumentRow): boolean {
  if (actor.role === 'institution') {
    if (row.institutionId !== null && row.institutionId === actor.organizationId) return true;
    return (
      row.purpose === 'resource' && !!actor.regionCode && isWithinRegion(actor.regionCode, row.regionCode)
    );
  }
  return isRegionInScope(actor, row.regionCode);
}

/** Uploads: checked by content and size, stored behind the storage interface, recorded with a hash. */
export class DocumentsService {
  constructor(private readonly platform: PlatformContext) {}

  async upload(
    context: RequestContext,
    input: { purpose: DocumentPurpose; fileName: string; stream: Readable },
  ): Promise<DocumentView> {
    const actor = context.actor!;
    const owner = this.ownerOf(actor);
    const rule = DOCUMENT_RULES[input.purpose];
    let staged: Awaited<ReturnType<PlatformContext['storage']['stage']>>;
    try {
      staged = await this.platform.storage.stage(input.stream, rule.maxBytes);
    } catch (error) {
      if (error instanceof StagedFileTooLarge) {
        throw new AppError('documents.too_large', { params: { limitMb: rule.maxBytes / 1024 / 1024 } });
      }
      throw error;
    }
    const kind = detectFileKind(staged.head);
    const problem = documentProblem(input.purpose, staged.sizeBytes, kind);
    if (problem || kind === 'unknown') {
      await this.platform.storage.discard(staged);
      if (problem?.reason === 'empty') throw new AppError('documents.empty');
      if (problem?.reason === 'too_large') throw new AppError('documents.too_large', { params: problem });
      throw new AppError('documents.wrong_type', { params: problem ?? {} });
    }
    const storageKey = await this.platform.storage.commit(staged);
    return this.platform.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(documents)
        .values({
          regionCode: owner.regionCode,
          institutionId: owner.institutionId,
          purpose: input.purpose,
          fileName: input.fileName.slice(0, 200) || 'file',
          mediaType: FILE_KIND_MEDIA_TYPES[kind],
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          storageKey,
          uploadedBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'document.upload',
          entityType: 'document',
          entityId: row!.id,
          after: {
            purpose: row!.purpose,
            fileName: row!.fileName,
            sizeBytes: row!.sizeBytes,
            sha256: row!.sha256,
          },
        },
      ]);
      return documentView(row!);
    });
  }

  /** A file's record, or 404 when the caller may not see it. */
  async get(actor: Actor, id: string): Promise<DocumentRow> {
    const [row] = await this.platform.db.select().from(documents).where(eq(documents.id, id));
    if (!row || !mayReadDocument(actor, row)) throw new AppError('common.not_found');
    return row;
  }

  async open(actor: Actor, id: string): Promise<{ row: DocumentRow; stream: Readable }> {
    const row = await this.get(actor, id);
    return { row, stream: await this.platform.storage.open(row.storageKey) };
  }

  /**
   * Checks that every id is a file the caller may attach to a record (their institution's, or for
   * staff one of their region), naming the field of each one that is not.
   */
  async assertAttachable(
    tx: Executor,
    actor: Actor,
    refs: { field: string; id: string | null | undefined }[],
  ) {
    const ids = refs.map((r) => r.id).filter((id): id is string => !!id);
    if (ids.length === 0) return;
    const rows = await tx.select().from(documents).where(inArray(documents.id, ids));
    const usable = new Set(rows.filter((row) => this.mayAttach(actor, row)).map((row) => row.id));
    const problems = refs
      .filter((r) => r.id && !usable.has(r.id))
      .map((r) => fieldProblem(r.field, 'document_not_found'));
    if (problems.length) throw invalidFields(...problems);
  }

  private mayAttach(actor: Actor, row: DocumentRow): boolean {
    if (actor.role === 'institution')
      return row.institutionId !== null && row.institutionId === actor.organizationId;
    return isRegionInScope(actor, row.regionCode);
  }

  private ownerOf(actor: Actor): { regionCode: string; institutionId: string | null } {
    if (actor.role === 'institution') {
      if (!actor.organizationId || !actor.regionCode)
        throw new AppError('institutions.no_account_institution');
      return { regionCode: actor.regionCode, institutionId: actor.organizationId };
    }
    if (!actor.regionCode) throw new AppError('common.forbidden');
    return { regionCode: actor.regionCode, institutionId: null };
  }
}
