// Synthetic data for the catalogue-search benchmark: public training projects and demand lines
// across every county of 河南, with the occupations of the shipped list, loaded in large batches.
import { shippedOccupations, shippedRegions } from '@qiancheng/db';
import { projectSearchTerms } from '@qiancheng/domain/projects/index';
import { TARGET_GROUP_CODES } from '@qiancheng/domain/reference/target-groups';
import type pg from 'pg';
import { seededRandom } from './lib/seeded-random';

/** Content by priority field: what a training plan of that field typically covers. */
const CONTENT: Record<string, string[]> = {
  elderly_childcare: [
    '职业道德与法规；生活照料；基础护理；康复服务；安全防护与应急处置',
    '照护对象身心特点；日常照护；卫生保健；沟通技巧；实操考核',
    '服务规范；膳食与营养；常见病预防；心理支持；家庭沟通',
  ],
  advanced_manufacturing: [
    '安全生产；机械识图；设备操作与维护；质量检验；故障排查',
    '工艺基础；数控编程；装配调试；精度检测；现场管理',
    '电气基础；自动化控制；系统维护；典型故障诊断；安全规范',
  ],
  modern_services: [
    '服务礼仪；岗位操作规范；原料与工具；技能实训；顾客服务',
    '行业认知；数据分析基础；营销策划；实务操作；职业素养',
    '食品安全；操作技法；成品制作；成本控制；卫生管理',
  ],
  new_occupations: [
    '行业概论；数字工具应用；数据采集与处理；项目实训；职业规范',
    '平台运营；内容制作；数据分析；合规管理；综合实训',
    '技术基础；系统运维；安全管理；案例实训；职业发展',
  ],
  other: ['岗位基础知识；操作技能；安全规范；综合实训'],
};

const VARIANTS = ['', '就业技能', '技能提升', '岗前', '订单式', '专项能力'];
const MODES = ['offline', 'offline', 'offline', 'mixed', 'online'];
const LEVELS = ['L5', 'L5', 'L4', 'L4', 'L3', null];
const EVALUATIONS = ['skill_level', 'skill_level', 'special_ability', 'training_certificate'];

/** Occupations weighted as demand is: care, manufacturing and cooking far ahead of the rest. */
const WEIGHTS: Record<string, number> = {
  '4-10-01-05': 8,
  '4-10-01-06': 5,
  '4-10-01-02': 4,
  '6-18-02-04': 5,
  '6-31-01-03': 5,
  '4-03-02-01': 4,
  '4-01-02-07': 3,
};

export interface BenchData {
  projectIds: string[];
  counties: string[];
  occupationCodes: string[];
}

function henanCounties() {
  return shippedRegions().filter((r) => r.code.startsWith('41') && r.level === 3);
}

function henanCities() {
  return shippedRegions().filter((r) => r.code.startsWith('41') && r.level === 2);
}

interface Column {
  name: string;
  type: string;
  /** A text[] column: its values travel as array literals and are cast back row by row. */
  textArray?: boolean;
}

/** Inserts rows given column by column through unnest, in batches. */
async function insertColumns(client: pg.Client, table: string, columns: Column[], rows: unknown[][]) {
  const batch = 5_000;
  const aliases = columns.map((_, c) => `c${c}`);
  const statement = `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
    SELECT ${columns.map((col, c) => (col.textArray ? `c${c}::text[]` : `c${c}`)).join(', ')}
    FROM unnest(${columns.map((col, c) => `$${c + 1}::${col.textArray ? 'text' : col.type}[]`).join(', ')})
      AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    await client.query(
      statement,
      columns.map((_, c) => slice.map((row) => row[c])),
    );
  }
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

/**
 * Loads `projects` public projects (one in ten adjusted to version 2) with their version rows, a
 * province catalogue listing some of them, and `lines` demand lines of `enterprises` enterprises.
 */
export async function loadBenchData(
  client: pg.Client,
  options: { projects: number; lines: number; enterprises: number; phoneCipher: string },
): Promise<BenchData> {
  const next = seededRandom(20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const counties = henanCounties();
  const cities = henanCities();
  const occupations = shippedOccupations();
  const weighted = occupations.flatMap((o) => Array.from({ length: WEIGHTS[o.code] ?? 1 }, () => o));
  const now = Date.now();
  const year = 365 * 24 * 3600 * 1000;

  const projectRows: unknown[][] = [];
  const projectIds: string[] = [];
  for (let i = 0; i < options.projects; i += 1) {
    const region = next() < 0.1 ? pick(cities) : pick(counties);
    const occupation = pick(weighted);
    const variant = pick(VARIANTS);
    const title = `${region.name}${occupation.name}${variant}培训项目`;
    const skillRequirements = `掌握${occupation.name}岗位核心技能；${pick(['持证上岗', '能独立完成岗位典型工作任务', '熟悉安全操作规程'])}`;
    const contentOutline = pick(CONTENT[occupation.priorityField] ?? CONTENT.other!);
    const groups = [...new Set([pick(TARGET_GROUP_CODES), pick(TARGET_GROUP_CODES)])];
    const adjusted = next() < 0.1;
    const id = crypto.randomUUID();
    projectIds.push(id);
    projectRows.push([
      id,
      adjusted ? 'adjusted' : 'published',
      adjusted ? 2 : 1,
      title,
      occupation.code,
      pick(LEVELS),
      occupation.priorityField,
      10 + Math.floor(next() * 90),
      skillRequirements,
      contentOutline,
      8 * (2 + Math.floor(next() * 8)),
      8 * (4 + Math.floor(next() * 14)),
      pick(MODES),
      region.code,
      arrayLiteral(groups),
      pick(EVALUATIONS),
      pick(['low', 'medium', 'high']),
      arrayLiteral(
        projectSearchTerms({
          title,
          occupationName: occupation.name,
          occupationCode: occupation.code,
          skillRequirements,
          contentOutline,
          regionName: region.name,
        }),
      ),
      new Date(now - Math.floor(next() * year)),
    ]);
  }
  await insertColumns(
    client,
    'projects',
    [
      { name: 'id', type: 'uuid' },
      { name: 'status', type: 'text' },
      { name: 'version', type: 'int' },
      { name: 'title', type: 'text' },
      { name: 'occupation_code', type: 'text' },
      { name: 'skill_level', type: 'text' },
      { name: 'priority_field', type: 'text' },
      { name: 'posts_available', type: 'int' },
      { name: 'skill_requirements', type: 'text' },
      { name: 'content_outline', type: 'text' },
      { name: 'hours_theory', type: 'int' },
      { name: 'hours_practice', type: 'int' },
      { name: 'mode', type: 'text' },
      { name: 'region_code', type: 'text' },
      { name: 'target_groups', type: 'text', textArray: true },
      { name: 'evaluation_type', type: 'text' },
      { name: 'consumables', type: 'text' },
      { name: 'search_terms', type: 'text', textArray: true },
      { name: 'published_at', type: 'timestamptz' },
    ],
    projectRows,
  );

  // Version rows as publication and adjustment write them.
  await client.query(`
    INSERT INTO project_versions (project_id, version, status, snapshot, reason, created_at)
    SELECT p.id, v.version, CASE WHEN v.version = 1 THEN 'published' ELSE 'adjusted' END,
           jsonb_build_object('title', p.title, 'occupationCode', p.occupation_code, 'occupationName', o.name,
             'priorityField', p.priority_field, 'skillLevel', p.skill_level, 'postsAvailable', p.posts_available,
             'skillRequirements', p.skill_requirements, 'contentOutline', p.content_outline,
             'hoursTheory', p.hours_theory, 'hoursPractice', p.hours_practice, 'mode', p.mode,
             'regionCode', p.region_code, 'regionName', r.name, 'targetGroups', to_jsonb(p.target_groups),
             'subsidyStandardRef', p.subsidy_standard_ref, 'evaluationType', p.evaluation_type,
             'consumables', p.consumables),
           CASE WHEN v.version = 1 THEN NULL ELSE '扩大招收规模' END,
           p.published_at + make_interval(days => v.version - 1)
    FROM projects p
    JOIN occupations o ON o.code = p.occupation_code
    JOIN regions r ON r.code = p.region_code
    CROSS JOIN LATERAL generate_series(1, p.version) AS v(version)`);

  const catalogue = await client.query<{ id: string }>(
    `INSERT INTO catalogues (region_code, title, period_start, period_end, status, published_at)
     VALUES ('410000', '河南省2026年度职业技能培训需求指导目录', '2026-01-01', '2026-12-31', 'published', now())
     RETURNING id`,
  );
  await client.query(
    `INSERT INTO catalogue_entries (catalogue_id, project_id)
     SELECT $1, id FROM projects ORDER BY id LIMIT 2000`,
    [catalogue.rows[0]!.id],
  );

  const enterpriseRows: unknown[][] = [];
  for (let i = 0; i < options.enterprises; i += 1) {
    enterpriseRows.push([
      `91410${String(i).padStart(13, '0')}`,
      `河南示范企业${i}有限公司`,
      pick(counties).code,
    ]);
  }
  await insertColumns(
    client,
    'enterprises',
    [
      { name: 'credit_code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'region_code', type: 'text' },
    ],
    enterpriseRows,
  );

  // Demand lines are generated in SQL: each takes an enterprise, its county, an occupation and
  // counts from pseudo-random functions of the row number.
  await client.query(
    `INSERT INTO demand_lines (enterprise_id, region_code, occupation_code, skill_level, headcount, filled_count,
       skill_requirements, wage_min, wage_max, deadline, contact_name, contact_phone_cipher, contact_phone_masked,
       source, closed_at)
     SELECT e.id, e.region_code, occ.codes[1 + (g * 7919) % array_length(occ.codes, 1)],
            (ARRAY['L5', 'L4', 'L3', NULL])[1 + (g * 31) % 4],
            5 + (g * 13) % 60, (g * 17) % 10,
            '具备岗位基本技能，吃苦耐劳', 3500 + (g * 37) % 2000, 6000 + (g * 53) % 4000,
            current_date + ((g * 11) % 400 - 60), '人事部', $1, '138****0000',
            (ARRAY['enterprise', 'staff', 'import'])[1 + g % 3],
            CASE WHEN g % 20 = 0 THEN now() END
     FROM generate_series(1, $2::int) AS g
     CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM occupations) AS occ
     JOIN (SELECT id, region_code, row_number() OVER (ORDER BY credit_code) - 1 AS n FROM enterprises) AS e
       ON e.n = (g::bigint * 104729) % $3::int`,
    [options.phoneCipher, options.lines, options.enterprises],
  );

  return {
    projectIds,
    counties: counties.map((c) => c.code),
    occupationCodes: occupations.map((o) => o.code),
  };
}
