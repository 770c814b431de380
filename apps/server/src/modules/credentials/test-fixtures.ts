import { assessmentBodies, institutions, people, users } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { actorOf, type RequestContext } from '../../platform/http/request-context';
import type { TestApp } from '../../test-support/test-app';
import { createServices } from '../register';
import type { IssueInput } from './service';
import type { CertificateView } from './views';

/**
 * The demo province's issuers and holders for certificate tests: the demo institution (郑州), an
 * assessment body registered here for the province with the demo assessor account acting for it,
 * and the two demo workers (张晓梅 of 郑州, 李建国 of 开封). Certificates are issued the way other
 * modules will issue them: through the service, inside a transaction of their own.
 */
export interface CertificateFixtures {
  issue(input: IssueInput, asUser?: string): Promise<CertificateView>;
  training(
    holder?: 'demo-worker' | 'demo-worker2',
    overrides?: Partial<IssueInput>,
  ): Promise<CertificateView>;
  skillLevel(overrides?: Partial<IssueInput>): Promise<CertificateView>;
  person(username: string): Promise<{ id: string; name: string; idNumber: string; mobile: string | null }>;
  institution: { id: string; name: string; regionCode: string };
  body: { id: string; name: string; regionCode: string; bodyCode: string; siteCode: string };
}

export const BODY = { code: '0002', siteCode: '000002', name: '前程示范职业技能等级认定中心' };
export const CARE = '4-10-01-05'; // 养老护理员

async function userRow(t: TestApp, username: string) {
  const [row] = await t.platform.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row;
}

/** Call before the assessor signs in: it makes the demo assessor act for the new body. */
export async function certificateFixtures(t: TestApp, issuedOn = '2025-10-01'): Promise<CertificateFixtures> {
  const { credentials } = createServices(t.platform);
  const institutionUser = await userRow(t, 'demo-institution');
  const [institution] = await t.platform.db
    .select()
    .from(institutions)
    .where(eq(institutions.id, institutionUser.organizationId!));
  const [body] = await t.platform.db
    .insert(assessmentBodies)
    .values({
      code: BODY.code,
      name: BODY.name,
      creditCode: '12410000MB2234567X',
      regionCode: '410000',
      siteCode: BODY.siteCode,
    })
    .returning();
  await t.platform.db
    .update(users)
    .set({ organizationId: body!.id })
    .where(eq(users.username, 'demo-assessor'));

  const person = async (username: string) => {
    const user = await userRow(t, username);
    const [row] = await t.platform.db.select().from(people).where(eq(people.id, user.personId!));
    return {
      id: row!.id,
      name: row!.name,
      idNumber: t.platform.vault.decrypt(row!.idNumberCipher),
      mobile: row!.mobileCipher ? t.platform.vault.decrypt(row!.mobileCipher) : null,
    };
  };
  const issue = async (input: IssueInput, asUser = 'demo-institution') => {
    const context: RequestContext = {
      actor: actorOf(await userRow(t, asUser)),
      ip: '127.0.0.1',
      requestId: 'certificate-test',
      locale: 'zh-CN',
      audited: false,
    };
    return t.platform.db.transaction((tx) => credentials.issue(tx, context, input));
  };
  const issuingInstitution = {
    id: institution!.id,
    name: institution!.name,
    regionCode: institution!.regionCode,
  };
  const holder = async (username: string) => {
    const { id, name } = await person(username);
    return { personId: id, holderName: name };
  };
  return {
    issue,
    person,
    institution: issuingInstitution,
    body: {
      id: body!.id,
      name: BODY.name,
      regionCode: '410000',
      bodyCode: BODY.code,
      siteCode: BODY.siteCode,
    },
    async training(username = 'demo-worker', overrides = {}) {
      return issue({
        kind: 'training',
        ...(await holder(username)),
        occupationCode: CARE,
        issuer: { kind: 'institution', ...issuingInstitution },
        issuedOn,
        ...overrides,
      });
    },
    async skillLevel(overrides = {}) {
      return issue(
        {
          kind: 'skill_level',
          ...(await holder('demo-worker')),
          occupationCode: CARE,
          skillLevel: 'L4',
          issuer: {
            kind: 'assessment_body',
            id: body!.id,
            name: BODY.name,
            regionCode: '410000',
            bodyCode: BODY.code,
            siteCode: BODY.siteCode,
            evaluationKind: 'S',
          },
          issuedOn,
          ...overrides,
        },
        'demo-assessor',
      );
    },
  };
}
