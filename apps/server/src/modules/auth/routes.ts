import { isStrongPassword, PASSWORD_MAX_LENGTH, USERNAME_PATTERN } from '@qiancheng/domain';
import { z } from 'zod';
import { clearSessionCookie } from '../../platform/auth/guard';
import { SESSION_COOKIE } from '../../platform/auth/session-store';
import type { PlatformContext } from '../../platform/context';
import { errorResponses, userViewSchema, type ZodApp } from '../../platform/http/schemas';
import { idNumberField, mobileField, personNameField } from '../people/schemas';
import type { UsersService } from '../users/service';
import type { AuthService } from './service';

/** The session cookie: httpOnly, SameSite=Lax, Secure when configured, ending with the session. */
export function sessionCookieOptions(platform: PlatformContext, expires: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: platform.config.cookieSecure,
    expires,
  };
}

export const newPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .refine(isStrongPassword, { params: { reason: 'weak_password' } });

const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export function authRoutes(
  app: ZodApp,
  deps: {
    platform: PlatformContext;
    auth: AuthService;
    users: UsersService;
    isKnownRegion: (code: string) => boolean;
  },
) {
  const { platform, auth, users } = deps;
  const cookieOptions = (expires: Date) => sessionCookieOptions(platform, expires);

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '登录 Sign in',
        body: loginBody,
        response: { 200: z.object({ user: userViewSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { session, user } = await auth.login(
        request.ctx,
        request.body.username,
        request.body.password,
        request.headers['user-agent'] ?? null,
      );
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(session.expiresAt));
      return { user };
    },
  );

  app.post(
    '/api/v1/auth/register',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '劳动者实名注册 Worker registration with real name',
        body: z.strictObject({
          username: z.string().trim().regex(USERNAME_PATTERN),
          password: newPasswordSchema,
          name: personNameField,
          idNumber: idNumberField(deps.isKnownRegion),
          mobile: mobileField,
        }),
        response: { 201: z.object({ user: userViewSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { session, user } = await auth.registerWorker(
        request.ctx,
        request.body,
        request.headers['user-agent'] ?? null,
      );
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(session.expiresAt));
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '退出登录 Sign out' } },
    async (request, reply) => {
      if (request.sessionTokenHash) await auth.logout(request.ctx, request.sessionTokenHash);
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '当前用户 Current user',
        response: { 200: z.object({ user: userViewSchema }) },
      },
    },
    async (request) => ({ user: await users.present(request.sessionUser!) }),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'profile.update' },
      schema: {
        tags: ['auth'],
        summary: '修改密码 Change password',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
          newPassword: newPasswordSchema,
        }),
      },
    },
    async (request, reply) => {
      await users.changePassword(
        request.ctx,
        request.sessionTokenHash,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send();
    },
  );
}
