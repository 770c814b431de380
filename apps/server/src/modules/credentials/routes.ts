import { CERTIFICATE_KINDS, CERTIFICATE_STATUSES } from '@qiancheng/domain/credentials/index';
import { z } from 'zod';
import { memoisedSerializerCompiler } from '../../platform/http/memoised-serializer';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { attachmentHeader } from '../../platform/xlsx/upload-scope';
import { reasonSchema } from '../projects/schemas';
import { certificateNumberField, certificateSchema, jwksSchema, verificationSchema } from './schemas';
import type { CredentialsService } from './service';

const idParams = z.strictObject({ id: uuidSchema });
const certificateResponse = { 200: z.object({ certificate: certificateSchema }), ...errorResponses };

export function credentialRoutes(app: ZodApp, credentials: CredentialsService) {
  app.get(
    '/api/v1/certificates',
    {
      // Staff, auditors and administrators see their region's; institutions and assessment bodies
      // the certificates they issued. The service decides, so the route admits any signed-in user.
      config: { access: 'authenticated' },
      schema: {
        tags: ['certificates'],
        summary: '证书列表（本辖区或本机构发放） Certificates of your region, or issued by your organisation',
        querystring: z.strictObject({
          ...paginationQuery,
          kind: z.enum(CERTIFICATE_KINDS).optional(),
          status: z.enum(CERTIFICATE_STATUSES).optional(),
          number: certificateNumberField.optional(),
          class: uuidSchema.optional(),
        }),
        response: {
          200: pageSchema(certificateSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => credentials.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/certificates/mine',
    {
      config: { access: 'certificates.mine' },
      schema: {
        tags: ['certificates'],
        summary: '我的证书 My certificates',
        response: { 200: z.object({ items: z.array(certificateSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await credentials.mine(request.ctx.actor!) }),
  );

  app.get(
    '/api/v1/certificates/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['certificates'],
        summary: '证书详情（持证人、发证机构、本辖区经办人员） A certificate',
        params: idParams,
        response: certificateResponse,
      },
    },
    async (request) => ({ certificate: await credentials.get(request.ctx.actor!, request.params.id) }),
  );

  app.get(
    '/api/v1/certificates/:id/credential',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['certificates'],
        summary:
          '下载电子证书（可验证凭证，EdDSA 签名的 JWS，公钥见 /.well-known/jwks.json） Download the signed credential',
        params: idParams,
        produces: ['application/vc+jwt'],
        response: {
          200: z.string().describe('Compact JWS whose payload is the credential'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { number, jws } = await credentials.credential(request.ctx.actor!, request.params.id);
      return reply
        .header('content-type', 'application/vc+jwt')
        .header('content-disposition', attachmentHeader(`${number}.jwt`, 'certificate.jwt'))
        .send(jws);
    },
  );

  app.get(
    '/api/v1/certificates/:id/pdf',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['certificates'],
        summary: '打印版证书（A4 PDF，含查验二维码） The printable certificate',
        params: idParams,
        produces: ['application/pdf'],
        response: { 200: z.unknown().describe('A4 PDF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { number, pdf } = await credentials.pdf(request.ctx.actor!, request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentHeader(`${number}.pdf`, 'certificate.pdf'))
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    '/api/v1/certificates/:id/revoke',
    {
      config: { access: 'certificates.revoke' },
      schema: {
        tags: ['certificates'],
        summary: '撤销证书（须说明原因；发证机构或本辖区经办人员） Revoke a certificate, with the reason',
        params: idParams,
        body: z.strictObject({ reason: reasonSchema }),
        response: certificateResponse,
      },
    },
    async (request) => ({
      certificate: await credentials.revoke(request.ctx, request.params.id, request.body.reason),
    }),
  );
}

export function publicCredentialRoutes(app: ZodApp, credentials: CredentialsService) {
  app.get(
    '/api/v1/public/certificates/verify',
    {
      config: { access: 'public' },
      // Answers of certificates found in the last seconds are the same frozen objects: encoded once.
      serializerCompiler: memoisedSerializerCompiler,
      schema: {
        tags: ['public'],
        summary:
          '证书查验：证书编号与持证人姓名一致时返回有效或已撤销；否则一律返回 not_found（不区分编号不存在与姓名不符）。未命中次数过多时返回 429 Verify a certificate',
        querystring: z.strictObject({
          number: certificateNumberField,
          name: z.string().trim().min(1).max(50),
        }),
        response: { 200: verificationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // The answer follows revocation within seconds and names a person: no shared cache may keep it.
      reply.header('cache-control', 'no-store');
      return credentials.verify(request.ctx.ip, request.query.number, request.query.name);
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '证书签名公钥（含已停用的密钥） Public keys that sign certificates, retired ones included',
        response: { 200: jwksSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { keys: await credentials.jwks() };
    },
  );
}
