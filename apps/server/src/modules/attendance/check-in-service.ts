import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { ClassesService } from '../classes/service';
import { CheckInPipeline } from './check-in-pipeline';
import type { QrSigner } from './qr-signer';
import type { CheckInBody, CheckInResult } from './schemas';
import { sessionRef } from './views';

/**
 * 扫码签到: a worker's phone opens the session's QR code and posts its token. The token is checked
 * without the database; the check-in then joins the pipeline, which reads the session, its class
 * and the worker's enrolment together with the check-ins arriving at the same time, judges it, and
 * writes it in the next group commit. A teacher of the class checks in the same way.
 */
export class CheckInService {
  readonly #pipeline: CheckInPipeline;

  constructor(
    platform: PlatformContext,
    private readonly deps: { classes: ClassesService; signer: QrSigner },
  ) {
    this.#pipeline = new CheckInPipeline(platform.db, {
      attendeeFacts: (pairs) => deps.classes.attendeeFacts(pairs),
      teacherPeople: (classId) => deps.classes.teacherPeople(classId),
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
    const stored = await this.#pipeline.submit({
      sessionId: token.sessionId,
      personId: actor.personId,
      at,
      device: (body.device || userAgent || '').slice(0, 500) || null,
      latitude: body.position?.latitude ?? null,
      longitude: body.position?.longitude ?? null,
      accuracy: body.position?.accuracy ?? null,
      context,
    });
    const { session, class: row } = stored.facts;
    return {
      direction: stored.direction,
      attendee: stored.attendee,
      occurredAt: at.toISOString(),
      session: sessionRef(session),
      class: { id: row.id, code: row.code, name: row.name },
    };
  }
}
