// Synthetic running classes for the check-in benchmark: classes of the demo institution with one
// session running now, each with its roster of trainees who hold worker accounts and signed-in
// sessions. Loaded with set-based SQL; ids are derived from the sequence numbers so that the
// benchmark can name them without reading them back.
import { createHash } from 'node:crypto';
import type pg from 'pg';

/** The UUID PostgreSQL makes of md5(text)::uuid. */
export function md5Uuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const sessionIdOf = (classNumber: number) => md5Uuid(`bench-session-${classNumber}`);
export const sessionTokenOf = (trainee: number) => `bench-token-${trainee}`;

export interface CheckInBenchData {
  trainees: { cookie: string; sessionId: string }[];
}

export async function loadCheckInData(
  client: pg.Client,
  options: { classes: number; traineesPerClass: number; idNumberCipher: string },
): Promise<CheckInBenchData> {
  const { rows } = await client.query<{
    institution_id: string;
    site_id: string;
    region_code: string;
    project_id: string;
    occupation_code: string;
    teacher_id: string;
  }>(`
    select s.institution_id, s.id as site_id, s.region_code, p.id as project_id, p.occupation_code,
           (select id from teachers limit 1) as teacher_id
    from institution_sites s, projects p
    order by s.id, p.id
    limit 1`);
  const refs = rows[0];
  if (!refs?.teacher_id) throw new Error('the demo data has no institution site, project or teacher');
  const trainees = options.classes * options.traineesPerClass;
  await client.query('begin');
  await client.query(
    `insert into training_classes (id, code, name, project_id, institution_id, site_id, region_code,
       occupation_code, start_date, end_date, planned_trainees, teaching_plan, assessment_plan,
       fee_fen, government_fen, enterprise_fen, individual_fen, status)
     select md5('bench-class-' || n)::uuid, 'BENCH-' || lpad(n::text, 6, '0'), '养老护理员培训班（第' || n || '期）',
       $1, $2, $3, $4, $5, (now() at time zone 'Asia/Shanghai')::date,
       (now() at time zone 'Asia/Shanghai')::date + 10, $6, '理论与实操', '结业考核', 0, 0, 0, 0, 'approved'
     from generate_series(1, $7::int) n`,
    [
      refs.project_id,
      refs.institution_id,
      refs.site_id,
      refs.region_code,
      refs.occupation_code,
      options.traineesPerClass,
      options.classes,
    ],
  );
  // One two-hour session around now per class: its check window is open throughout the run.
  await client.query(
    `insert into class_sessions (id, class_id, day, starts_at, ends_at, hours_tenths, kind, teacher_id, room)
     select md5('bench-session-' || n)::uuid, md5('bench-class-' || n)::uuid,
       (now() at time zone 'Asia/Shanghai')::date, now() - interval '1 hour', now() + interval '1 hour',
       20, 'theory', $1, '201 教室'
     from generate_series(1, $2::int) n`,
    [refs.teacher_id, options.classes],
  );
  await client.query(
    `insert into people (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, region_code)
     select md5('bench-person-' || n)::uuid, '学员' || n, $1, md5('bench-id-' || n),
       '4101**********' || lpad((n % 10000)::text, 4, '0'), '1990-01-01', 'female', $2
     from generate_series(1, $3::int) n`,
    [options.idNumberCipher, refs.region_code, trainees],
  );
  // The password hash is no hash: these accounts never sign in, they arrive with a session.
  await client.query(
    `insert into users (id, username, password_hash, display_name, role, region_code, person_id)
     select md5('bench-user-' || n)::uuid, 'bench-trainee-' || n, '!', '学员' || n, 'worker', $1,
       md5('bench-person-' || n)::uuid
     from generate_series(1, $2::int) n`,
    [refs.region_code, trainees],
  );
  await client.query(
    `insert into sessions (token_hash, user_id, expires_at)
     select encode(sha256(convert_to('bench-token-' || n, 'UTF8')), 'hex'), md5('bench-user-' || n)::uuid,
       now() + interval '1 day'
     from generate_series(1, $1::int) n`,
    [trainees],
  );
  await client.query(
    `insert into enrolments (class_id, person_id, target_group, status, source, government_fen, enterprise_fen, individual_fen)
     select md5('bench-class-' || ((n - 1) / $1 + 1))::uuid, md5('bench-person-' || n)::uuid,
       'registered_unemployed', 'enrolled', 'import', 0, 0, 0
     from generate_series(1, $2::int) n`,
    [options.traineesPerClass, trainees],
  );
  await client.query('commit');
  await client.query('vacuum analyze');
  return {
    trainees: Array.from({ length: trainees }, (_, i) => ({
      cookie: `qc_session=${sessionTokenOf(i + 1)}`,
      sessionId: sessionIdOf(Math.floor(i / options.traineesPerClass) + 1),
    })),
  };
}
