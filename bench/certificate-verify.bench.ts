// Public certificate verification (证书查验) on PostgreSQL against a bare Fastify route, the HTTP
// limit of this machine, measured in interleaved slices of the same run. Certificates are issued
// through the certificates service itself (numbered, signed, audited) for bulk-loaded holders.
// Every answer is checked: valid, with the holder's masked name. Target: verification ≥ 50 % of
// the bare route's requests per second.
//
// Two workloads: `hot` checks a working set of certificates over and over (a job fair, an employer
// checking a batch), so most answers come from the few seconds each process remembers a hit;
// `cold` draws from every certificate, so most look-ups reach the database.
//
// Revocation: a second app process on the same database revokes a certificate that the first is
// answering under load; the delay until the first process answers "revoked" is measured (it is
// bounded by how long a hit is remembered). A revocation through the answering process itself is
// measured too (it forgets the certificate at once).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedDemo } from '../apps/server/src/modules/demo/seed';
import { createServices } from '../apps/server/src/modules/register';
import { openPlatform } from '../apps/server/src/platform/bootstrap';
import { loadConfig } from '../apps/server/src/platform/config';
import { TEST_KEYS } from '../apps/server/src/test-support/test-app';
import { startPostgres } from '../scripts/postgres-cluster.mjs';
import { issueCertificates, loadHolders, type SeededCertificate } from './certificate-verify-data';
import { roundRobin, runInterleaved, runMixedLoad } from './lib/mixed-load';
import { freePort, startBareFastify, startServer, writeResult } from './lib/processes';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '32' },
    certificates: { type: 'string', default: '30000' },
    holders: { type: 'string', default: '5000' },
    hot: { type: 'string', default: '1000' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const verifyPath = (c: SeededCertificate) =>
  `/api/v1/public/certificates/verify?number=${c.number}&name=${encodeURIComponent(c.holderName)}`;

/** The answer for a certificate: its state, its number and the holder's masked name. */
function answerOf(body: string): { result: string; number?: string; masked?: string } | null {
  try {
    const parsed = JSON.parse(body) as {
      result: string;
      certificate: { number: string; holderNameMasked: string } | null;
    };
    return {
      result: parsed.result,
      number: parsed.certificate?.number,
      masked: parsed.certificate?.holderNameMasked,
    };
  } catch {
    return null;
  }
}

const cluster = await startPostgres();
const env: NodeJS.ProcessEnv = {
  ...TEST_KEYS,
  DATABASE_URL: cluster.url,
  QIANCHENG_DEMO: 'true',
  QIANCHENG_PUBLIC_URL: 'https://px.example.gov.cn',
};
const stops: (() => Promise<void>)[] = [() => cluster.stop()];

try {
  const platform = await openPlatform(loadConfig(env), env);
  await seedDemo(platform, createServices(platform));
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  stops.unshift(() => client.end());
  const seedStarted = performance.now();
  const holders = await loadHolders(client, platform, Number(values.holders));
  const certificates = await issueCertificates(platform, holders, Number(values.certificates));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  await platform.close();
  await client.query('VACUUM ANALYZE');
  console.log(
    `issued ${certificates.length} certificates through the service in ${seedSeconds.toFixed(1)} s`,
  );

  const barePort = await freePort();
  const appPort = await freePort();
  const otherPort = await freePort();
  const bare = await startBareFastify(barePort);
  stops.unshift(() => bare.stop());
  const appEnv = {
    ...env,
    QIANCHENG_DEMO: 'false',
    QIANCHENG_WEB_DIST: '',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  const app = await startServer(appPort, appEnv);
  stops.unshift(() => app.stop());
  const other = await startServer(otherPort, appEnv);
  stops.unshift(() => other.stop());

  const byPath = new Map(certificates.map((c) => [verifyPath(c), c]));
  const revokedNumbers = new Set<string>();
  let wrong = 0;
  // A body once found right is remembered, so the load generator parses each answer once, not each
  // response: its own work stays as small as the bare route's status check.
  const rightBodies = new Map<string, string>();
  const check = (path: string, status: number, body: string) => {
    if (status === 200 && rightBodies.get(path) === body) return true;
    const expected = byPath.get(path);
    const answer = status === 200 ? answerOf(body) : null;
    const right =
      !!expected &&
      !!answer &&
      answer.number === expected.number &&
      answer.masked === expected.masked &&
      (answer.result === 'valid' || (answer.result === 'revoked' && revokedNumbers.has(expected.number)));
    if (right) rightBodies.set(path, body);
    else wrong += 1;
    return right;
  };

  // The hot set leaves out the two certificates revoked below, so every slice checks the same answers.
  const training = certificates.filter((c) => c.number.startsWith('P'));
  const [revokedElsewhere, revokedHere] = [training[0]!, training[1]!];
  const hotSet = certificates
    .filter((c) => c !== revokedElsewhere && c !== revokedHere)
    .slice(0, Number(values.hot));
  let random = 7;
  const nextRandom = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  const workloads = {
    bare: { nextPath: () => '/bare', port: barePort },
    hot: { nextPath: roundRobin(hotSet.map(verifyPath)), check },
    cold: {
      nextPath: () => verifyPath(certificates[Math.floor(nextRandom() * certificates.length)]!),
      check,
    },
  };
  await runMixedLoad({ port: appPort, ...workloads.hot, concurrency, seconds: 2 });
  await runMixedLoad({ port: barePort, nextPath: () => '/bare', concurrency, seconds: 2 });
  const measured = await runInterleaved(workloads, { port: appPort, concurrency, seconds, slices: 5 });

  // ---- revocation seen by the answering process ------------------------------------------------
  const login = async (port: number) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-institution', password: 'Qiancheng2025' }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const idOf = async (port: number, cookie: string, number: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/certificates?number=${number}`, {
      headers: { cookie },
    });
    return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
  };
  const revoke = async (port: number, certificate: SeededCertificate) => {
    const cookie = await login(port);
    const id = await idOf(port, cookie, certificate.number);
    // Accepted from the moment it may commit: another process can answer before this one hears back.
    revokedNumbers.add(certificate.number);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/certificates/${id}/revoke`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '基准测试：撤销后查验即显示已撤销' }),
    });
    if (!response.ok) throw new Error(`revoke answered ${response.status}: ${await response.text()}`);
    return performance.now();
  };
  /** Asks the answering process about a certificate until it says revoked; ms after `since`. */
  const seenRevoked = async (certificate: SeededCertificate, since: number) => {
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${appPort}${verifyPath(certificate)}`);
      const answer = answerOf(await response.text());
      if (answer?.result === 'revoked') return performance.now() - since;
      if (performance.now() - since > 60_000) throw new Error('revocation not seen within a minute');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const revocation = async (certificate: SeededCertificate, through: number) => {
    // The answering process has the certificate in memory, under load, when the revocation lands.
    const mixed = roundRobin([...hotSet.slice(0, 200), certificate].map(verifyPath));
    const load = runMixedLoad({ port: appPort, nextPath: mixed, check, concurrency, seconds: 6 });
    await new Promise((r) => setTimeout(r, 2_000));
    const revokedAt = await revoke(through, certificate);
    const delayMs = await seenRevoked(certificate, revokedAt);
    const { latencies: _latencies, ...underLoad } = await load;
    // Once revoked, never valid again.
    const after = answerOf(
      await (await fetch(`http://127.0.0.1:${appPort}${verifyPath(certificate)}`)).text(),
    );
    return { delayMs, underLoad, stillRevokedAfterwards: after?.result === 'revoked' };
  };
  const otherProcess = await revocation(revokedElsewhere, otherPort);
  const sameProcess = await revocation(revokedHere, appPort);

  const ratio = (r: { rps: number }) => r.rps / measured.bare!.rps;
  const result = {
    benchmark: 'certificate-verify',
    postgres: cluster.version,
    concurrency,
    seconds,
    data: { certificates: certificates.length, holders: holders.length, hotSet: hotSet.length, seedSeconds },
    target: { verifyRpsShareOfBare: 0.5 },
    limit: measured.bare,
    hot: measured.hot,
    cold: measured.cold,
    ratios: {
      hotRpsShareOfBare: ratio(measured.hot!),
      coldRpsShareOfBare: ratio(measured.cold!),
      hotP95OverBare: measured.hot!.p95Ms / measured.bare!.p95Ms,
      coldP95OverBare: measured.cold!.p95Ms / measured.bare!.p95Ms,
    },
    wrongAnswers: wrong,
    revocation: { otherProcess, sameProcess },
  };
  console.log(JSON.stringify(result, null, 2));
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  console.log(
    `bare ${measured.bare!.rps.toFixed(0)} rps; verification hot ${measured.hot!.rps.toFixed(0)} rps ` +
      `(${pct(result.ratios.hotRpsShareOfBare)} of bare, target ≥ 50 %), cold ${measured.cold!.rps.toFixed(0)} rps ` +
      `(${pct(result.ratios.coldRpsShareOfBare)}); wrong answers ${wrong}`,
  );
  console.log(
    `revocation seen by the answering process after ${otherProcess.delayMs.toFixed(0)} ms when made in another ` +
      `process, ${sameProcess.delayMs.toFixed(0)} ms when made in the same one`,
  );
  console.log(`written to ${writeResult('certificate-verify', result)}`);
} finally {
  for (const stop of stops) await stop().catch(() => {});
}
