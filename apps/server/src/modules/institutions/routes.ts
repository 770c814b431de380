import { PLEDGE_VERSION } from '@qiancheng/domain/institutions/pledge';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/session-store';
import type { PlatformContext } from '../../platform/context';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  userViewSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { sessionCookieOptions } from '../auth/routes';
import {
  decisionBody,
  findingBody,
  listQuery,
  occupationsBody,
  pledgeBody,
  profileBody,
  qualificationBody,
  registrationBody,
  reviewBody,
  siteInput,
} from './schemas';
import type { InstitutionsService } from './service';
import { institutionDetailSchema, institutionItemSchema } from './views';

const detailResponse = { 200: z.object({ institution: institutionDetailSchema }), ...errorResponses };
const idParams = z.strictObject({ id: uuidSchema });
const pledgeSchema = z.object({
  version: z.string(),
  text: z.string(),
  signed: z.object({ signerName: z.string(), signedAt: z.string() }).nullable(),
});

export function institutionRoutes(
  app: ZodApp,
  deps: { platform: PlatformContext; institutions: InstitutionsService },
) {
  const { institutions } = deps;
  const tags = ['institutions'];

  app.post(
    '/api/v1/institutions/register',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '培训机构注册 Institution self-registration',
        description:
          'Creates the institution account and its registration (pending review) and signs the account in.',
        body: registrationBody,
        response: { 201: z.object({ user: userViewSchema, institutionId: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await institutions.register(
        request.ctx,
        request.body,
        request.headers['user-agent'] ?? null,
      );
      reply.setCookie(
        SESSION_COOKIE,
        result.session.token,
        sessionCookieOptions(deps.platform, result.session.expiresAt),
      );
      return reply.status(201).send({ user: result.user, institutionId: result.institutionId });
    },
  );

  app.get(
    '/api/v1/institutions',
    {
      config: { access: 'institutions.read' },
      schema: {
        tags,
        summary: '培训机构列表 Institutions in your region',
        querystring: z.strictObject({ ...paginationQuery, ...listQuery }),
        response: {
          200: pageSchema(institutionItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => institutions.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/institutions/mine',
    {
      config: { access: 'institutions.manageOwn' },
      schema: { tags, summary: '本机构登记信息 My institution', response: detailResponse },
    },
    async (request) => ({ institution: await institutions.mine(request.ctx.actor!) }),
  );

  app.patch(
    '/api/v1/institutions/mine',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '修改本机构信息 Update my institution',
        body: profileBody,
        response: detailResponse,
      },
    },
    async (request) => ({ institution: await institutions.updateOwn(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/institutions/mine/resubmit',
    {
      config: { access: 'institutions.manageOwn' },
      schema: { tags, summary: '重新提交审核 Resubmit for review', response: detailResponse },
    },
    async (request) => ({ institution: await institutions.resubmit(request.ctx) }),
  );

  app.post(
    '/api/v1/institutions/mine/qualifications',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '登记资质 Add a qualification',
        body: qualificationBody,
        response: detailResponse,
      },
    },
    async (request) => ({ institution: await institutions.addQualification(request.ctx, request.body) }),
  );

  app.delete(
    '/api/v1/institutions/mine/qualifications/:id',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '删除资质 Remove a qualification',
        params: idParams,
        response: detailResponse,
      },
    },
    async (request) => ({
      institution: await institutions.removeQualification(request.ctx, request.params.id),
    }),
  );

  app.post(
    '/api/v1/institutions/mine/sites',
    {
      config: { access: 'institutions.manageOwn' },
      schema: { tags, summary: '登记培训场地 Add a site', body: siteInput, response: detailResponse },
    },
    async (request) => ({ institution: await institutions.addSite(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/institutions/mine/sites/:id/retire',
    {
      config: { access: 'institutions.manageOwn' },
      schema: { tags, summary: '停用培训场地 Retire a site', params: idParams, response: detailResponse },
    },
    async (request) => ({ institution: await institutions.retireSite(request.ctx, request.params.id) }),
  );

  app.put(
    '/api/v1/institutions/mine/occupations',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '设置培训职业 Set occupations',
        body: occupationsBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      institution: await institutions.setOccupations(request.ctx, request.body.occupationCodes),
    }),
  );

  app.get(
    '/api/v1/institutions/mine/pledge',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '诚信承诺书 The integrity pledge',
        response: { 200: z.object({ pledge: pledgeSchema }), ...errorResponses },
      },
    },
    async (request) => ({ pledge: await institutions.pledge(request.ctx.actor!) }),
  );

  app.post(
    '/api/v1/institutions/mine/pledge',
    {
      config: { access: 'institutions.manageOwn' },
      schema: {
        tags,
        summary: '签署诚信承诺书 Sign the integrity pledge',
        description: `Sign the current text (version ${PLEDGE_VERSION}); version must match what was read.`,
        body: pledgeBody,
        response: { 201: z.object({ pledge: pledgeSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ pledge: await institutions.signPledge(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/institutions/:id',
    {
      config: { access: 'institutions.read' },
      schema: {
        tags,
        summary: '培训机构详情 Institution detail',
        params: idParams,
        response: detailResponse,
      },
    },
    async (request) => ({ institution: await institutions.detail(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/institutions/:id/review',
    {
      config: { access: 'institutions.review' },
      schema: {
        tags,
        summary: '审核机构登记 Review a registration',
        params: idParams,
        body: reviewBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      institution: await institutions.review(request.ctx, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/institutions/:id/status',
    {
      config: { access: 'institutions.status' },
      schema: {
        tags,
        summary: '信用状态决定 Decide credit status',
        params: idParams,
        body: decisionBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      institution: await institutions.decideStatus(request.ctx, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/institutions/:id/findings',
    {
      config: { access: 'institutions.status' },
      schema: {
        tags,
        summary: '登记问题 Record a finding',
        params: idParams,
        body: findingBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      institution: await institutions.addFinding(request.ctx, request.params.id, request.body),
    }),
  );
}
