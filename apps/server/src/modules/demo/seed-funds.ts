import { fundBudgets } from '@qiancheng/db';
import { isWithinRegion } from '@qiancheng/domain';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { count } from 'drizzle-orm';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import type { Services } from '../register';
import { actingAs } from './acting-as';

/** 元 to fen, for amounts written here as people say them. */
const wan = (tenThousandYuan: number) => tenThousandYuan * 10_000 * 100;

const BUDGETS: { regionCode: string; source: FundSourceCode; amountFen: number; note: string }[] = [
  {
    regionCode: '410000',
    source: 'employment_subsidy',
    amountFen: wan(5000),
    note: '省级就业补助资金（职业技能培训）',
  },
  { regionCode: '410000', source: 'unemployment_insurance', amountFen: wan(3000), note: '技能提升补贴' },
  { regionCode: '410100', source: 'employment_subsidy', amountFen: wan(1200), note: '郑州市第一批' },
  { regionCode: '410100', source: 'local_finance', amountFen: wan(300), note: '市级配套' },
  { regionCode: '410200', source: 'employment_subsidy', amountFen: wan(600), note: '开封市第一批' },
];

/**
 * Demo budgets of 河南 for the current year, created by the province's finance account, and one
 * raised mid-year, so the ledger shows an adjustment with its reason. Does nothing when any
 * budget exists or the deployment is elsewhere.
 */
export async function seedDemoFunds(platform: PlatformContext, services: Services): Promise<void> {
  const province = platform.config.deploymentRegion;
  if (!BUDGETS.every((budget) => isWithinRegion(budget.regionCode, province))) return;
  const [existing] = await platform.db.select({ total: count() }).from(fundBudgets);
  if ((existing?.total ?? 0) > 0) return;
  const finance = await actingAs(services, 'demo-finance');
  const year = Number(today().slice(0, 4));
  for (const input of BUDGETS) {
    const budget = await platform.db.transaction((tx) =>
      services.funds.createBudget(tx, finance, { ...input, year }),
    );
    if (input.regionCode === '410100' && input.source === 'employment_subsidy') {
      await platform.db.transaction((tx) =>
        services.funds.adjustBudget(tx, finance, budget.id, {
          direction: 'increase',
          amountFen: wan(200),
          reason: '省级追加下达（养老护理、育婴员等急需紧缺职业）',
        }),
      );
    }
  }
}

/**
 * The demo institution's payee account, so its claim can go into a payment batch. The number is a
 * made-up one of a real length; nothing is ever sent to a bank from the demo.
 */
export async function seedDemoPayeeAccount(platform: PlatformContext, services: Services): Promise<void> {
  const institution = await actingAs(services, 'demo-institution');
  if (!institution.actor?.organizationId) return;
  const payee = services.payees.ownPayee(institution);
  if (await services.payees.find(payee)) return;
  const names = await services.institutions.summaries([payee.id]);
  await platform.db.transaction((tx) =>
    services.payees.save(tx, institution, payee, {
      accountName: names.get(payee.id)?.name ?? '培训机构',
      accountNumber: '6222020200112233445',
      bankName: '中国工商银行郑州金水支行',
    }),
  );
}
