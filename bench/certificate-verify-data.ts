// Certificates for the verification benchmark: holders bulk-loaded as people rows, then certificates
// issued through the certificates service itself (numbered, signed, audited), in large transactions.
import { institutions, users } from '@qiancheng/db';
import { maskHolderName } from '@qiancheng/domain/credentials/index';
import { eq } from 'drizzle-orm';
import type pg from 'pg';
import { createServices } from '../apps/server/src/modules/register';
import type { Platform } from '../apps/server/src/platform/bootstrap';
import { actorOf, type RequestContext } from '../apps/server/src/platform/http/request-context';
import { seededRandom } from './lib/seeded-random';

export interface SeededCertificate {
  id: string;
  number: string;
  holderName: string;
  masked: string;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '欧阳',
  '司马',
];
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国晓梅红玉兰');

/** People rows with sealed synthetic ID numbers (never valid ones), inserted column-wise in one statement. */
export async function loadHolders(
  client: pg.Client,
  platform: Platform,
  count: number,
): Promise<{ id: string; name: string }[]> {
  const next = seededRandom(20251001);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const holders = Array.from({ length: count }, (_, i) => {
    const name = pick(SURNAMES) + pick(GIVEN) + (next() < 0.6 ? pick(GIVEN) : '');
    const idNumber = `4101029${String(i).padStart(10, '0')}X`;
    return {
      id: crypto.randomUUID(),
      name,
      cipher: platform.vault.encrypt(idNumber),
      hash: platform.vault.lookupHash('id_number', idNumber),
      masked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    };
  });
  await client.query(
    `INSERT INTO people (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, region_code)
     SELECT id, name, cipher, hash, masked, '1990-01-01', 'female', '410102'
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, name, cipher, hash, masked)`,
    [
      holders.map((h) => h.id),
      holders.map((h) => h.name),
      holders.map((h) => h.cipher),
      holders.map((h) => h.hash),
      holders.map((h) => h.masked),
    ],
  );
  return holders.map(({ id, name }) => ({ id, name }));
}

/**
 * Issues `count` certificates through CredentialsService.issue, `perTransaction` to a transaction:
 * seven in ten 培训合格证 of the demo institution, three in ten 职业技能等级证书 of an assessment body.
 */
export async function issueCertificates(
  platform: Platform,
  holders: { id: string; name: string }[],
  count: number,
  perTransaction = 500,
): Promise<SeededCertificate[]> {
  const { credentials } = createServices(platform);
  const [account] = await platform.db.select().from(users).where(eq(users.username, 'demo-institution'));
  const [institution] = await platform.db
    .select()
    .from(institutions)
    .where(eq(institutions.id, account!.organizationId!));
  const context: RequestContext = {
    actor: actorOf(account!),
    ip: null,
    requestId: 'bench-seed',
    locale: 'zh-CN',
    audited: false,
  };
  const bodyId = crypto.randomUUID();
  const next = seededRandom(20251002);
  const issued: SeededCertificate[] = [];
  while (issued.length < count) {
    const batch = Math.min(perTransaction, count - issued.length);
    const made = await platform.db.transaction(async (tx) => {
      const rows = [];
      for (let i = 0; i < batch; i++) {
        const holder = holders[(issued.length + i) % holders.length]!;
        const skill = next() < 0.3;
        const certificate = await credentials.issue(tx, context, {
          kind: skill ? 'skill_level' : 'training',
          personId: holder.id,
          holderName: holder.name,
          occupationCode: '4-10-01-05',
          skillLevel: skill ? (['L5', 'L4', 'L3'] as const)[Math.floor(next() * 3)]! : null,
          issuer: skill
            ? {
                kind: 'assessment_body',
                id: bodyId,
                name: '前程示范职业技能等级认定中心',
                regionCode: '410000',
                bodyCode: '0001',
                siteCode: '000002',
                evaluationKind: 'S',
              }
            : {
                kind: 'institution',
                id: institution!.id,
                name: institution!.name,
                regionCode: institution!.regionCode,
              },
          issuedOn: '2025-10-01',
        });
        rows.push({
          id: certificate.id,
          number: certificate.number,
          holderName: holder.name,
          masked: maskHolderName(holder.name),
        });
      }
      return rows;
    });
    issued.push(...made);
  }
  return issued;
}
