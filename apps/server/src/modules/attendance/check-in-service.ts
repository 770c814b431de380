import { checkWindowState } from '@qiancheng/domain/attendance/check-window';
import type { Attendee } from '@qiancheng/domain/attendance/names';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { ClassesService } from '../classes/service';
import { CheckInWriter } from './check-in-writer';
import type { QrSigner } from './qr-signer';
import { assertRunning } from './running';
import type { CheckInBody, CheckInResult } from './schemas';
import { sessionBounds, sessionRef, spanOf, windowText } from './views';

/**
 * 扫码签到: a worker's phone opens the session's QR code and posts its token. The token is checked
 * without the database; one read then brings the session, its class and the worker's enrolment;
 * the record joins the next group commit. A teacher of the class checks in the same way.
 */
export class CheckInService {
  readonly #writer: CheckInWriter;

  constructor(
    platform: PlatformContext,
    private readonly deps: { classes: ClassesService; signer: QrSigner },
  ) {
    this.#writer = new CheckInWriter(platform.db, {
      startIfDue: (tx, context, classId) => deps.classes.startIfDue(tx, context, classId),
      markAttending: (tx, ids) => deps.classes.markAttending(tx, ids),
    });
  }

  async checkIn(
    context: RequestContext,
    body: CheckInBody,
    userAgent: string | null,
  ): Promise<CheckInResult> {
    const actor = context.actor!;
    if (!actor.personId) throw new AppError('attendance.no_person');
    const at = now();
    const token = this.deps.signer.verify(body.token, at.getTime());
    if (body.sessionId && body.sessionId !== token.sessionId)
      throw new AppError('attendance.token_other_session');
    const found = await this.deps.classes.sessionForAttendee(token.sessionId, actor.personId);
    if (!found || found.session.cancelledAt) throw new AppError('attendance.session_not_found');
    const { session, class: row, enrolment } = found;
    assertRunning(row.status);
    if (checkWindowState(spanOf(session), at.getTime()) !== 'open') {
      const { day, startTime, endTime } = sessionRef(session);
      throw new AppError('attendance.outside_check_window', {
        params: { day, startTime, endTime, ...windowText(session) },
      });
    }
    const attendee: Attendee = enrolment
      ? 'trainee'
      : [...(await this.deps.classes.teacherPeople(row.id)).values()].includes(actor.personId)
        ? 'teacher'
        : this.#notOnRoster(row);
    const bounds = sessionBounds(session);
    const direction = await this.#writer.write({
      occurredAt: at,
      classId: row.id,
      sessionId: session.id,
      personId: actor.personId,
      attendee,
      device: (body.device || userAgent || '').slice(0, 500) || null,
      latitude: body.position?.latitude ?? null,
      longitude: body.position?.longitude ?? null,
      recordedBy: actor.userId,
      opens: bounds.from,
      closes: bounds.to,
      startsClass: row.status === 'approved',
      enrolmentToMark: enrolment?.status === 'enrolled' ? enrolment.id : null,
      context,
    });
    return {
      direction,
      attendee,
      occurredAt: at.toISOString(),
      session: sessionRef(session),
      class: { id: row.id, code: row.code, name: row.name },
    };
  }

  #notOnRoster(row: { code: string; name: string }): never {
    throw new AppError('attendance.not_on_roster', { params: { classCode: row.code, className: row.name } });
  }
}
