// The physical limit for an HTTP route on this machine: Fastify with one constant JSON route and
// nothing else, in its own process like the server it is compared with.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
