import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRole } from '@qiancheng/domain';
import { seedDemo } from '../modules/demo/seed';
import { createServices } from '../modules/register';
import { verifyAuditChain } from '../platform/audit/verify';
import { openPlatform } from '../platform/bootstrap';
import { ConfigError, loadConfig } from '../platform/config';
import { AppError } from '../platform/http/app-error';
import { renderError } from '../platform/http/error-response';
import { systemContext } from '../platform/http/request-context';

const USAGE = `用法 Usage: npx qiancheng <command>

  migrate                      应用数据库迁移并同步参考数据 Apply migrations and sync reference data
  seed --demo                  写入演示数据（仅空库） Seed demo data into an empty database
  user create --username U --password P --role R --region CODE --name NAME [--org ORG]
                               创建账号 Create an account
  audit verify                 校验审计链 Verify the whole audit chain
  funds reconcile [--region CODE]
                               按台账核对资金预算合计 Reconcile budget totals with the fund ledger
  reference import-occupations FILE.csv [--source TEXT]
                               导入职业分类大典全表 Import the full occupation list (all or nothing)

数据库 Database: DATABASE_URL (PostgreSQL) or PGlite in ./data (QIANCHENG_DATA_DIR).`;

async function run(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  const config = loadConfig(process.env);
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const platform = await openPlatform(config, process.env);
  try {
    const services = createServices(platform);
    switch (command) {
      case 'migrate':
        console.log(`迁移完成 Migrations applied (${platform.dbKind})`);
        return 0;
      case 'seed': {
        const { values } = parseArgs({
          args: [sub ?? '', ...rest].filter(Boolean),
          options: { demo: { type: 'boolean' } },
        });
        if (!values.demo) {
          console.error('只支持 seed --demo / only `seed --demo` is supported');
          return 2;
        }
        const seeded = await seedDemo({ ...platform, config: { ...config, demo: true } }, services);
        console.log(
          seeded
            ? '演示数据已写入 Demo data seeded'
            : '数据库已有账号，未写入 Accounts exist; nothing seeded',
        );
        return 0;
      }
      case 'user': {
        if (sub !== 'create') break;
        const { values } = parseArgs({
          args: rest,
          options: {
            username: { type: 'string' },
            password: { type: 'string' },
            role: { type: 'string' },
            region: { type: 'string' },
            name: { type: 'string' },
            org: { type: 'string' },
          },
        });
        const missing = ['username', 'password', 'role', 'region', 'name'].filter(
          (k) => !values[k as keyof typeof values],
        );
        if (missing.length) {
          console.error(`缺少参数 Missing: ${missing.map((m) => `--${m}`).join(' ')}`);
          return 2;
        }
        if (!isRole(values.role!)) {
          console.error(`未知角色 Unknown role: ${values.role}`);
          return 2;
        }
        const user = await services.users.create(systemContext('cli'), {
          username: values.username!,
          password: values.password!,
          displayName: values.name!,
          role: values.role,
          regionCode: values.region!,
          organizationName: values.org ?? null,
        });
        console.log(`已创建账号 Created ${user.username} (${user.role}, ${user.regionCode}) id=${user.id}`);
        return 0;
      }
      case 'audit': {
        if (sub !== 'verify') break;
        const result = await verifyAuditChain(platform.db);
        if (result.ok) {
          console.log(`审计链完整 Audit chain intact: ${result.checked} records verified`);
          return 0;
        }
        console.error(
          `审计链断裂 Audit chain BROKEN at record ${result.firstBroken!.id}: ${result.firstBroken!.problem} (${result.checked} records verified before it)`,
        );
        return 1;
      }
      case 'funds': {
        if (sub !== 'reconcile') break;
        const { values } = parseArgs({ args: rest, options: { region: { type: 'string' } } });
        const report = await services.funds.reconcileRegion(values.region ?? config.deploymentRegion);
        for (const result of report.results.filter((r) => !r.consistent)) {
          const totals = result.differences
            .map((d) => `${d.total} stored ${d.storedFen} ledger ${d.ledgerFen}`)
            .join('; ');
          console.error(
            `不一致 Differs: budget ${result.budgetId} (${result.regionCode} ${result.year} ${result.source}): ${totals}`,
          );
        }
        console.log(
          `已核对 Reconciled ${report.budgets} budgets under ${report.regionCode}: ${report.inconsistent} differ from the ledger`,
        );
        return report.inconsistent === 0 ? 0 : 1;
      }
      case 'reference': {
        if (sub !== 'import-occupations') break;
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { source: { type: 'string' } },
        });
        const file = positionals[0];
        if (!file) {
          console.error('缺少 CSV 文件 Missing the CSV file');
          return 2;
        }
        const summary = await services.reference.importOccupations(
          systemContext('cli'),
          readFileSync(file, 'utf8'),
          values.source ?? '职业分类大典（2022年版）',
        );
        console.log(
          `已导入 Imported ${summary.rows} rows: ${summary.created} new, ${summary.updated} updated`,
        );
        return 0;
      }
      default:
        break;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await platform.close();
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof AppError) {
    const body = renderError(error, 'zh-CN', 'cli');
    const lines = body.error.details.map(
      (d) => `\n  ${d.row === undefined ? '' : `第 ${d.row} 行 `}${d.field}: ${d.message}`,
    );
    console.error(`${body.error.message}${lines.join('')}`);
    process.exitCode = 2;
  } else if (error instanceof ConfigError) {
    console.error(`配置错误 Configuration error: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
