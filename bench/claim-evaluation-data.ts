// Synthetic completed classes for the claim-evaluation benchmark, loaded with set-based SQL
// (INSERT … SELECT over generate_series) on top of the demo data: classes of 河南's counties
// starting through 2026, each with its timetable, roster, attendance records (one row per check-in
// or check-out, as the QR screen, terminals and entries by hand store them), completion results and
// certificates; and, for some of the trainees, pension and unemployment insurance periods,
// employment evidence and subsidies granted before. Every draw comes from `setseed`, so a run loads
// the same data every time. Ids are derived from sequence numbers (md5(text)::uuid).
import type pg from 'pg';

export interface ClaimBenchOptions {
  lines: number;
  traineesPerClass: number;
  sessionsPerClass: number;
}

export interface ClaimBenchData {
  classes: number;
  enrolments: number;
  sessions: number;
  attendanceRecords: number;
  completionResults: number;
  certificates: number;
  insurancePeriods: number;
  employmentEvidence: number;
  subsidyGrants: number;
  regions: number;
  seconds: number;
}

const DEVICE = 'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';

export async function loadClaimBenchData(
  client: pg.Client,
  options: ClaimBenchOptions,
): Promise<ClaimBenchData> {
  const started = performance.now();
  const classes = Math.ceil(options.lines / options.traineesPerClass);
  const trainees = options.lines;
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const at = performance.now();
    const result = await client.query(text, values);
    console.log(
      `  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - at) / 1000).toFixed(1)} s`,
    );
  };
  const { rows } = await client.query<{
    institution_id: string;
    site_id: string;
    project_id: string;
    teacher_id: string;
    user_id: string;
  }>(`
    select s.institution_id, s.id as site_id,
      (select id from projects where skill_level is not null order by id limit 1) as project_id,
      (select id from teachers order by id limit 1) as teacher_id,
      (select id from users where username = 'demo-institution') as user_id
    from institution_sites s order by s.id limit 1`);
  const refs = rows[0];
  if (!refs?.project_id || !refs.teacher_id) throw new Error('the demo data has no project or teacher');

  await client.query('begin');
  await client.query('select setseed(0.20261201)');
  // Counties of 河南 and a few occupations, numbered so that rows can pick them by arithmetic.
  await step(
    'counties',
    `create temporary table bench_counties as
       select row_number() over (order by code) - 1 as i, code from regions
       where code like '41%' and code not like '____00' order by code limit 100`,
  );
  await step(
    'occupations',
    `create temporary table bench_occupations as
       select row_number() over (order by code) - 1 as i, code from occupations order by code limit 40`,
  );
  const counties = Number((await client.query('select count(*) as n from bench_counties')).rows[0].n);
  const occupationCount = Number(
    (await client.query('select count(*) as n from bench_occupations')).rows[0].n,
  );

  // Classes start on weekdays through 2026; most were filed three to five weeks ahead and approved
  // two days later, some late, a few never approved. Three in four prepare for a level.
  await step(
    'training_classes',
    `insert into training_classes (id, code, name, project_id, institution_id, site_id, region_code,
       occupation_code, skill_level, start_date, end_date, planned_trainees, teaching_plan, assessment_plan,
       fee_fen, government_fen, enterprise_fen, individual_fen, status, filed_on, filed_at, approved_at)
     select md5('cb-class-' || n)::uuid, 'CB-' || lpad(n::text, 7, '0'), '职业技能培训班（第' || n || '期）',
       $1, $2, $3, co.code, oc.code,
       case n % 4 when 0 then null when 1 then 'L5' when 2 then 'L4' else 'L3' end,
       d.start, d.start + ${Math.max(3, Math.ceil(options.sessionsPerClass / 2) + 2)}, $4, '理论与实操', '结业考核',
       f.fee, f.fee, 0, 0, 'assessed', d.filed, d.filed::timestamptz + interval '9 hours',
       case when n % 37 = 0 then null else (d.filed + 2)::timestamptz + interval '10 hours 15 minutes' end
     from generate_series(0, $5::int - 1) n
     cross join lateral (select '2026-01-05'::date + (n % 48) * 7 + (n / 48) % 5 as start) s
     cross join lateral (select s.start, s.start - case when n % 20 = 0 then 2 else 21 + n % 14 end as filed) d
     cross join lateral (select 150000 + (n % 5) * 25000 as fee) f
     join bench_counties co on co.i = n % ${counties}
     join bench_occupations oc on oc.i = (n / 7) % ${occupationCount}`,
    [refs.project_id, refs.institution_id, refs.site_id, options.traineesPerClass, classes],
  );
  // Two sessions a day, 08:30–11:30 and 14:00–17:00 China time, 3 学时 each; one class in fifty has
  // a session cancelled by an approved change.
  await step(
    'class_sessions',
    `insert into class_sessions (id, class_id, day, starts_at, ends_at, hours_tenths, kind, teacher_id, room, cancelled_at)
     select md5('cb-session-' || c.n || '-' || k)::uuid, md5('cb-class-' || c.n)::uuid, t.day,
       t.day + case when k % 2 = 0 then time '00:30' else time '06:00' end at time zone 'UTC',
       t.day + case when k % 2 = 0 then time '03:30' else time '09:00' end at time zone 'UTC',
       30, case when k % 2 = 0 then 'theory' else 'practice' end, $1, '201 教室',
       case when c.n % 50 = 0 and k = 1 then now() end
     from generate_series(0, $2::int - 1) c(n)
     cross join generate_series(0, $3::int - 1) k
     cross join lateral (select '2026-01-05'::date + (c.n % 48) * 7 + (c.n / 48) % 5 + k / 2 as day) t`,
    [refs.teacher_id, classes, options.sessionsPerClass],
  );
  await step(
    'people',
    `insert into people (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, region_code)
     select md5('cb-person-' || n)::uuid, '学员' || n, 'sealed', md5('cb-id-' || n),
       '4101**********' || lpad((n % 10000)::text, 4, '0'),
       '1966-01-01'::date + (random() * 14000)::int, case when n % 2 = 0 then 'female' else 'male' end,
       (select code from bench_counties where i = $2::int)
     from generate_series(0, $1::int - 1) n`,
    [trainees, 0],
  );
  // One in ten trainees advanced the fee themselves (先垫后补); one in a hundred dropped out.
  await step(
    'enrolments',
    `insert into enrolments (id, class_id, person_id, target_group, status, source, government_fen, enterprise_fen, individual_fen)
     select md5('cb-enrolment-' || n)::uuid, md5('cb-class-' || (n / $1::int))::uuid, md5('cb-person-' || n)::uuid,
       (array['rural_migrant_worker','registered_unemployed','hard_to_employ','poverty_alleviated','veteran',
              'unemployed_graduate','disabled','post_school_youth'])[1 + n % 8],
       case when n % 100 = 7 then 'dropped' else 'completed' end, 'import',
       case when n % 10 = 3 then 0 else c.fee_fen end, 0, case when n % 10 = 3 then c.fee_fen else 0 end
     from generate_series(0, $2::int - 1) n
     join training_classes c on c.id = md5('cb-class-' || (n / $1::int))::uuid`,
    [options.traineesPerClass, trainees],
  );
  // Per trainee and session: usually a check-in a few minutes before the start and a check-out
  // after the end (QR, some by terminal, a few entered by hand); sometimes leaving early, a lone
  // check-in, a double check-out, or nothing. One trainee in twenty-five misses most sessions.
  await step(
    'attendance_events',
    `insert into attendance_events (occurred_at, class_id, session_id, person_id, attendee, direction, source,
       device, latitude, longitude, position_accuracy, terminal_id, match_score, manual_reason, recorded_by)
     select m.at, x.class_id, x.session_id, x.person_id, 'trainee', m.direction, x.source,
       case when x.source = 'qr' then '${DEVICE}' end,
       case when x.source = 'qr' then 34.7466 + x.r / 1000 end,
       case when x.source = 'qr' then 113.6254 + x.r / 1000 end,
       case when x.source = 'qr' then 20 end,
       case when x.source = 'terminal' then md5('cb-terminal')::uuid end,
       case when x.source = 'terminal' then 0.93 end,
       case when x.source = 'manual' then '纸质签到表补录' end,
       case when x.source = 'manual' then $1::uuid end
     from (
       select e.class_id, s.id as session_id, e.person_id, s.starts_at, s.ends_at, random() as r,
         case when random() < 0.8 then 'qr' when random() < 0.75 then 'terminal' else 'manual' end as source,
         (hashtext(e.id::text) % 25 = 0) as truant
       from enrolments e
       join class_sessions s on s.class_id = e.class_id and s.cancelled_at is null
       where e.class_id in (select md5('cb-class-' || n)::uuid from generate_series(0, $2::int - 1) n)
     ) x
     cross join lateral (
       select x.starts_at - make_interval(mins => 2 + (x.r * 20)::int) as at, 'in' as direction
       where not (x.truant and x.r < 0.7) and x.r < 0.97
       union all
       select case when x.r < 0.08 then x.ends_at - make_interval(mins => 40 + (x.r * 1000)::int)
                   else x.ends_at + make_interval(mins => 1 + (x.r * 10)::int) end, 'out'
       where not (x.truant and x.r < 0.7) and x.r < 0.94
       union all
       select x.ends_at + interval '20 minutes', 'out' where x.r between 0.9 and 0.92
     ) m`,
    [refs.user_id, classes],
  );
  // Completion exams: nine in ten pass; a certificate for most who passed — a skill-level
  // certificate in levelled classes (sometimes with a 培训合格证 as well), else a 培训合格证.
  await step(
    'assessment_results',
    `insert into assessment_results (enrolment_id, class_id, person_id, kind, score, passed, assessed_on, source)
     select e.id, e.class_id, e.person_id, 'completion', 50 + (random() * 50)::int, random() < 0.9,
       c.end_date + 1, 'institution'
     from enrolments e join training_classes c on c.id = e.class_id
     where e.status <> 'dropped' and c.code like 'CB-%'`,
  );
  await step(
    'certificates',
    `insert into certificates (number, kind, person_id, holder_name, enrolment_id, class_id, occupation_code, skill_level,
       issuer_kind, issuer_id, issuer_name, region_code, issued_on, credential_jws, key_id, status)
     select 'CB' || lpad(row_number() over ()::text, 12, '0') || k.kind_code, k.kind, r.person_id, '学员',
       r.enrolment_id, r.class_id, c.occupation_code, case when k.kind = 'skill_level' then c.skill_level end,
       case when k.kind = 'skill_level' then 'assessment_body' else 'institution' end, $1::uuid, '发证机构',
       c.region_code, c.end_date + 7, 'bench', 'bench', 'issued'
     from assessment_results r
     join training_classes c on c.id = r.class_id
     cross join lateral (
       select 'skill_level' as kind, 'S' as kind_code where c.skill_level is not null and random() < 0.85
       union all
       select 'training', 'T' where c.skill_level is null or random() < 0.2
     ) k
     where r.kind = 'completion' and r.passed and c.code like 'CB-%'`,
    [refs.institution_id],
  );
  await step(
    'insurance_periods',
    `insert into insurance_periods (person_id, insurance, scheme, from_month, to_month, source)
     select md5('cb-person-' || n)::uuid, 'pension',
       case when n % 50 = 0 then 'public_institution' when n % 3 = 0 then 'resident' else 'enterprise' end,
       '2018-01-01'::date + ((n % 60) * interval '1 month'), case when n % 4 = 0 then '2025-12-01'::date end,
       'import'
     from generate_series(0, $1::int - 1) n where n % 10 < 3
     union all
     select md5('cb-person-' || n)::uuid, 'unemployment', null,
       '2020-01-01'::date + ((n % 48) * interval '1 month'), '2026-06-01', 'import'
     from generate_series(0, $1::int - 1) n where n % 5 = 1`,
    [trainees],
  );
  await step(
    'employment_evidence',
    `insert into employment_evidence (person_id, kind, start_date, through_date, months, employer_name)
     select md5('cb-person-' || n)::uuid,
       case when n % 3 = 0 then 'contract' when n % 3 = 1 then 'contributions' else 'domestic_service' end,
       '2026-03-01'::date + (n % 200), case when n % 3 = 1 then '2026-12-01'::date end,
       case when n % 3 = 2 then null else 6 + n % 7 end, '郑州颐养家园'
     from generate_series(0, $1::int - 1) n where n % 7 = 2`,
    [trainees],
  );
  await step(
    'subsidy_grants',
    `insert into subsidy_grants (person_id, scheme, occupation_code, skill_level, certificate_date, region_code,
       amount_fen, ref_type, ref_id)
     select md5('cb-person-' || n)::uuid, case when n % 2 = 0 then 'training' else 'skill_upgrade' end,
       (select code from bench_occupations where bench_occupations.i = (n / 3) % ${occupationCount}),
       'L5', '2025-03-01'::date + (n % 300), '410100', 100000, 'bench', 'cb-grant-' || n
     from generate_series(0, $1::int - 1) n where n % 30 = 4`,
    [trainees],
  );
  await client.query('commit');
  const at = performance.now();
  await client.query('vacuum analyze');
  console.log(`  vacuum analyze in ${((performance.now() - at) / 1000).toFixed(1)} s`);

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  return {
    classes,
    enrolments:
      await count(`select count(*) as n from enrolments e join training_classes c on c.id = e.class_id
                             where c.code like 'CB-%'`),
    sessions: await count(`select count(*) as n from class_sessions where id in
                             (select s.id from class_sessions s join training_classes c on c.id = s.class_id where c.code like 'CB-%')`),
    attendanceRecords: await count(`select count(*) as n from attendance_events`),
    completionResults: await count(`select count(*) as n from assessment_results`),
    certificates: await count(`select count(*) as n from certificates`),
    insurancePeriods: await count(`select count(*) as n from insurance_periods`),
    employmentEvidence: await count(`select count(*) as n from employment_evidence`),
    subsidyGrants: await count(`select count(*) as n from subsidy_grants`),
    regions: counties,
    seconds: (performance.now() - started) / 1000,
  };
}
