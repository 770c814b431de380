import {
  assessmentResults,
  attendanceEvents,
  certificates,
  classSessions,
  employmentEvidence,
  enrolments,
  insurancePeriods,
  people,
  projects,
  subsidyGrants,
  trainingClasses,
} from '@qiancheng/db';
import {
  CHECK_CLOSES_AFTER_MINUTES,
  CHECK_OPENS_BEFORE_MINUTES,
} from '@qiancheng/domain/attendance/check-window';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { type SQL, sql } from 'drizzle-orm';
import { CERTIFICATE_RANK, UNRANKED_CERTIFICATE } from '../subsidies/training-input';

/*
 * The records every claim line of many classes is evaluated from, read in one statement: per
 * enrolment (not dropped) its class's facts, the person's birth date, the completion result, the
 * best certificate of the enrolment, the trainee's attendance records, and the person's insurance
 * periods, employment evidence and subsidies already granted. This is a read model across the
 * modules' tables — the one place that does so — kept equal to what the modules' services answer
 * for one enrolment by an integration test (batch-evaluation.int.test.ts).
 *
 * A class's facts and its timetable travel once per class (on one of its rows, before its others
 * are needed: the reader collects a chunk's classes first and keeps them for the chunks after);
 * attendance records travel as text, one `ordinal offset direction+source` per record, so a
 * million trainees' records stay a compact stream.
 */

/** Which classes a batch evaluates: given ones, or those of a region starting in a period. */
export type ClaimSelection =
  | { classIds: readonly string[] }
  | { regionCode: string; startFrom: string; startTo: string };

export interface ClassInputs {
  regionCode: string;
  startDate: string;
  endDate: string;
  filedOn: string | null;
  /** Epoch milliseconds, as the services read the timestamp. */
  approvedAtMs: number | null;
  occupationCode: string;
  skillLevel: string | null;
  feeFen: number;
  consumables: string | null;
  /** Every session: [ordinal, starts ms, ends ms, 学时 in tenths, not cancelled]. */
  sessions: [number, number, number, number, boolean][] | null;
}

export interface EnrolmentInputsRow {
  id: string;
  class_id: string;
  person_id: string;
  target_group: string;
  status: string;
  government_fen: number;
  enterprise_fen: number;
  individual_fen: number;
  birth_date: string;
  completion_passed: boolean | null;
  certificate_id: string | null;
  certificate_kind: string | null;
  certificate_level: string | null;
  certificate_on: string | null;
  /** `ordinal offset dk;…`: the session's ordinal, ms after its start, i|o, q|t|m. */
  marks: string | null;
  insurance: { insurance: string; scheme: string | null; fromMonth: string; toMonth: string | null }[] | null;
  evidence: { kind: string; startDate: string; throughDate: string | null; months: number | null }[] | null;
  grants:
    | {
        scheme: string;
        occupationCode: string;
        skillLevel: string | null;
        certificateDate: string;
        certificateId: string | null;
        regionCode: string;
      }[]
    | null;
  /** Set on one row of each class in a statement's answer. */
  class: ClassInputs | null;
}

function classFilter(selection: ClaimSelection): SQL {
  if ('classIds' in selection) {
    return sql`c.id = any(${sql.param([...selection.classIds])}::uuid[])`;
  }
  const { from, to } = regionCodeRange(selection.regionCode);
  return sql`c.region_code >= ${from} and c.region_code < ${to}
    and c.start_date between ${selection.startFrom}::date and ${selection.startTo}::date`;
}

const epochMs = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000)::int8`;

const certificateRank = sql.join(
  [
    sql`case c.kind`,
    ...Object.entries(CERTIFICATE_RANK).map(
      ([kind, rank]) => sql`when ${kind} then ${sql.raw(String(rank))}`,
    ),
    sql`else ${sql.raw(String(UNRANKED_CERTIFICATE))} end`,
  ],
  sql` `,
);

/** The statement reading the inputs of every enrolment (not dropped) of the selected classes. */
export function claimInputsQuery(selection: ClaimSelection): SQL {
  return sql`
    with page as (
      select e.id, e.class_id, e.person_id, e.target_group, e.status, e.government_fen, e.enterprise_fen,
        e.individual_fen
      from ${enrolments} e
      where e.status <> 'dropped'
        and e.class_id in (select c.id from ${trainingClasses} c where ${classFilter(selection)})
    ),
    page_classes as (
      select class_id, (array_agg(id))[1] as carrier from page group by class_id
    ),
    sessions as (
      select s.class_id, s.id, s.starts_at, s.ends_at, s.hours_tenths, s.cancelled_at is null as live,
        row_number() over (partition by s.class_id order by s.starts_at, s.id)::int as ordinal,
        -- Records count between the first session's check window opening and the last one's closing.
        min(s.starts_at) over (partition by s.class_id) - make_interval(mins => ${CHECK_OPENS_BEFORE_MINUTES}::int)
          as opens,
        max(s.ends_at) over (partition by s.class_id) + make_interval(mins => ${CHECK_CLOSES_AFTER_MINUTES}::int)
          as closes
      from ${classSessions} s
      where s.class_id in (select class_id from page_classes)
    ),
    timetables as (
      select class_id, json_agg(json_build_array(ordinal, ${epochMs(sql`starts_at`)}, ${epochMs(sql`ends_at`)},
        hours_tenths, live) order by ordinal) as sessions
      from sessions group by class_id
    ),
    marks as (
      select m.class_id, m.person_id,
        string_agg(
          s.ordinal || ' ' || (${epochMs(sql`m.occurred_at`)} - ${epochMs(sql`s.starts_at`)}) || ' '
            || left(m.direction, 1) || left(m.source, 1),
          ';'
        ) as marks
      from sessions s
      join ${attendanceEvents} m on m.session_id = s.id and m.class_id = s.class_id
      where s.live and m.attendee = 'trainee' and m.occurred_at between s.opens and s.closes
      group by m.class_id, m.person_id
    ),
    best_certificates as (
      select distinct on (c.enrolment_id) c.enrolment_id, c.id, c.kind, c.skill_level, c.issued_on
      from ${certificates} c
      join page p on p.id = c.enrolment_id and p.person_id = c.person_id
      where c.status = 'issued'
      order by c.enrolment_id, ${certificateRank}, c.issued_on desc, c.created_at desc
    ),
    insurance as (
      select i.person_id, json_agg(json_build_object('insurance', i.insurance, 'scheme', i.scheme,
        'fromMonth', i.from_month, 'toMonth', i.to_month) order by i.from_month) as periods
      from ${insurancePeriods} i where i.person_id in (select person_id from page)
      group by i.person_id
    ),
    evidence as (
      select v.person_id, json_agg(json_build_object('kind', v.kind, 'startDate', v.start_date,
        'throughDate', v.through_date, 'months', v.months) order by v.start_date) as items
      from ${employmentEvidence} v where v.person_id in (select person_id from page)
      group by v.person_id
    ),
    grants as (
      select g.person_id, json_agg(json_build_object('scheme', g.scheme, 'occupationCode', g.occupation_code,
        'skillLevel', g.skill_level, 'certificateDate', g.certificate_date, 'certificateId', g.certificate_id,
        'regionCode', g.region_code) order by g.certificate_date) as items
      from ${subsidyGrants} g where g.person_id in (select person_id from page)
      group by g.person_id
    ),
    classes as (
      select pc.carrier, json_build_object(
        'regionCode', c.region_code, 'startDate', c.start_date, 'endDate', c.end_date, 'filedOn', c.filed_on,
        'approvedAtMs', ${epochMs(sql`c.approved_at`)}, 'occupationCode', c.occupation_code,
        'skillLevel', c.skill_level, 'feeFen', c.fee_fen, 'consumables', pr.consumables,
        'sessions', t.sessions
      ) as facts
      from page_classes pc
      join ${trainingClasses} c on c.id = pc.class_id
      left join ${projects} pr on pr.id = c.project_id
      left join timetables t on t.class_id = c.id
    )
    select e.id, e.class_id, e.person_id, e.target_group, e.status, e.government_fen, e.enterprise_fen,
      e.individual_fen, pe.birth_date::text as birth_date, r.passed as completion_passed,
      bc.id as certificate_id, bc.kind as certificate_kind, bc.skill_level as certificate_level,
      bc.issued_on::text as certificate_on, mk.marks, ins.periods as insurance, ev.items as evidence,
      gr.items as grants, cl.facts as class
    from page e
    join ${people} pe on pe.id = e.person_id
    left join ${assessmentResults} r on r.enrolment_id = e.id and r.kind = 'completion'
    left join best_certificates bc on bc.enrolment_id = e.id
    left join marks mk on mk.class_id = e.class_id and mk.person_id = e.person_id
    left join insurance ins on ins.person_id = e.person_id
    left join evidence ev on ev.person_id = e.person_id
    left join grants gr on gr.person_id = e.person_id
    left join classes cl on cl.carrier = e.id`;
}
