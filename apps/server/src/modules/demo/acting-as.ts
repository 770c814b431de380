import { actorOf, type RequestContext, systemContext } from '../../platform/http/request-context';
import type { Services } from '../register';

/** Acts as a demo account, so that seeded records carry the same sources and audit as real ones. */
export async function actingAs(services: Services, username: string): Promise<RequestContext> {
  const user = await services.users.findByUsername(username);
  if (!user) throw new Error(`demo account ${username} is missing`);
  return { ...systemContext(`seed-demo-${username}`), actor: actorOf(user) };
}
