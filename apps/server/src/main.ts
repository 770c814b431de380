import { loadConfig } from './platform/config';
import { createServer } from './server';

const config = loadConfig(process.env);
const server = await createServer(config, process.env);
const { app, platform } = server;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `前程 Qiancheng is serving http://localhost:${config.port} with ${platform.dbKind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}${config.demo ? ' (demo data)' : ''}`,
);
