import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';
import { TERMINAL_RECORD_COLUMNS } from '@qiancheng/domain/attendance/terminal-records';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { InstitutionsService } from '../institutions/service';
import * as repo from './repository';
import type { TerminalBody, TerminalView } from './schemas';

/**
 * 人脸识别考勤终端: an institution registers each terminal by its serial at one of its sites and
 * retires it when it is taken out of use. Uploaded records name terminals by serial, and only a
 * registered terminal of the class's institution, in use at the time of a record, is believed.
 */
export class TerminalsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { institutions: InstitutionsService },
  ) {}

  private async present(institutionId: string, rows: repo.TerminalRow[]): Promise<TerminalView[]> {
    const sites = await this.deps.institutions.activeSites(this.platform.db, institutionId);
    const siteName = new Map(sites.map((s) => [s.id, s.name]));
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      siteId: row.siteId,
      siteName: siteName.get(row.siteId) ?? '',
      retiredAt: row.retiredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  async list(actor: Actor, page: { page: number; pageSize: number }) {
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const found = await repo.listTerminals(this.platform.db, institutionId, page);
    return { items: await this.present(institutionId, found.items), total: found.total };
  }

  async register(context: RequestContext, body: TerminalBody): Promise<TerminalView> {
    const actor = context.actor!;
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const row = await this.platform.db.transaction(async (tx) => {
      const sites = await this.deps.institutions.activeSites(tx, institutionId);
      if (!sites.some((s) => s.id === body.siteId)) {
        throw invalidFields(fieldProblem('siteId', 'attendance_site_not_own'));
      }
      const created = await repo.insertTerminal(tx, {
        code: body.code,
        institutionId,
        siteId: body.siteId,
        name: body.name,
        createdBy: actor.userId,
      });
      if (!created) throw new AppError('attendance.terminal_code_taken', { params: { code: body.code } });
      await appendAudit(tx, context, [
        {
          action: 'attendance.terminal.register',
          entityType: 'attendance_terminal',
          entityId: created.id,
          after: created,
        },
      ]);
      return created;
    });
    return (await this.present(institutionId, [row]))[0]!;
  }

  async retire(context: RequestContext, id: string): Promise<TerminalView> {
    const actor = context.actor!;
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const row = await this.platform.db.transaction(async (tx) => {
      const found = await repo.findTerminal(tx, id);
      if (!found || found.institutionId !== institutionId) throw notFound();
      if (found.retiredAt) {
        throw new AppError('attendance.terminal_retired', {
          params: { code: found.code, retiredOn: formatRecordTime(found.retiredAt.getTime()).slice(0, 10) },
        });
      }
      const retired = await repo.retireTerminal(tx, id, now());
      await appendAudit(tx, context, [
        {
          action: 'attendance.terminal.retire',
          entityType: 'attendance_terminal',
          entityId: id,
          before: { retiredAt: null },
          after: { retiredAt: retired.retiredAt },
        },
      ]);
      return retired;
    });
    return (await this.present(institutionId, [row]))[0]!;
  }

  /** The CSV template: the header line and one example record. */
  template(): string {
    const header = TERMINAL_RECORD_COLUMNS.map((c) => c.header).join(',');
    const example = `41010519900307003${idNumberCheckCharacter('41010519900307003')}`;
    // The byte-order mark makes spreadsheet programs open the file as UTF-8.
    return `\uFEFF${header}\r\nFR-0001,${example},2026-03-05 08:27:13,0.93\r\n`;
  }
}
