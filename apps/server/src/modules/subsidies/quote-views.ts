import type { SubsidyQuote } from '@qiancheng/domain/subsidy/quote-types';
import { renderSubsidyText, type SubsidyTextParams } from '@qiancheng/domain/subsidy/render-subsidy-text';
import type { SubsidyTextCode } from '@qiancheng/domain/subsidy/rule-texts';
import { z } from 'zod';

const text = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const params = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
const explained = {
  ruleId: z.string(),
  code: z.string(),
  params,
  text,
};

export const quoteViewSchema = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
    /** The policy version and the region whose version it is (null: the national default). */
    policy: z.object({ version: z.string(), regionCode: z.string().nullable() }),
    /** What the quote was made on: the enrolment, certificate or plan, in words. */
    subject: z.object({ occupationCode: z.string(), occupationName: z.string(), title: z.string() }),
    scheme: z.enum(['training', 'skill_upgrade']),
    eligible: z.boolean(),
    amountFen: z.number(),
    fund: z.string(),
    payee: z.enum(['individual', 'institution', 'enterprise']),
    stages: z.array(
      z.object({
        ...explained,
        stage: z.enum(['certification', 'employment']),
        amountFen: z.number(),
        status: z.enum(['payable', 'pending', 'lapsed']),
        dueBy: z.string().nullable(),
      }),
    ),
    lines: z.array(z.object({ ...explained, amountFen: z.number().nullable() })),
    unmet: z.array(z.object(explained)),
    costShare: z
      .object({
        feeFen: z.number(),
        governmentFen: z.number(),
        enterpriseFen: z.number(),
        individualFen: z.number(),
      })
      .nullable(),
    ruleIds: z.array(z.string()),
  })
  .meta({ id: 'SubsidyQuote' });
export type QuoteView = z.infer<typeof quoteViewSchema>;

export interface QuoteContext {
  person: QuoteView['person'];
  policy: QuoteView['policy'];
  subject: QuoteView['subject'];
  /** Names the texts show for codes among the params. */
  names: { occupationName?: string; regionNames?: ReadonlyMap<string, string> };
}

function explain(
  item: { ruleId: string; code: SubsidyTextCode; params: SubsidyTextParams },
  names: QuoteContext['names'],
) {
  const region = typeof item.params.regionCode === 'string' ? item.params.regionCode : null;
  const shown: SubsidyTextParams = {
    ...item.params,
    ...(item.params.occupationCode && names.occupationName ? { occupationName: names.occupationName } : {}),
    ...(region && names.regionNames?.has(region) ? { regionName: names.regionNames.get(region)! } : {}),
  };
  return {
    ruleId: item.ruleId,
    code: item.code,
    params: { ...item.params },
    text: {
      'zh-CN': renderSubsidyText(item.code, shown, 'zh-CN'),
      'en-US': renderSubsidyText(item.code, shown, 'en-US'),
    },
  };
}

/** A quote with every line, stage and unmet condition put in words in both languages. */
export function presentQuote(quote: SubsidyQuote, context: QuoteContext): QuoteView {
  return {
    person: context.person,
    policy: context.policy,
    subject: context.subject,
    scheme: quote.scheme,
    eligible: quote.eligible,
    amountFen: quote.amountFen,
    fund: quote.fund,
    payee: quote.payee,
    stages: quote.stages.map((stage) => ({
      ...explain(stage, context.names),
      stage: stage.stage,
      amountFen: stage.amountFen,
      status: stage.status,
      dueBy: stage.dueBy ?? null,
    })),
    lines: quote.lines.map((line) => ({
      ...explain(line, context.names),
      amountFen: line.amountFen ?? null,
    })),
    unmet: quote.unmet.map((item) => explain(item, context.names)),
    costShare: quote.costShare ?? null,
    ruleIds: [...quote.ruleIds],
  };
}
