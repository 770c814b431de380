import { formatMessage, type Locale } from '../errors/catalog';
import type { LocalizedText } from '../reference/localized-text';
import {
  certificateType,
  isCertificateTypeCode,
  isSkillLevelCode,
  skillLevel,
} from '../reference/skill-levels';
import type { ConsumablesCategory, PensionScheme } from './policy';
import { SUBSIDY_TEXTS, type SubsidyTextCode } from './rule-texts';

export type SubsidyTextParams = Readonly<Record<string, string | number | null>>;

export const PENSION_SCHEME_NAMES: Record<PensionScheme, LocalizedText> = {
  enterprise: { 'zh-CN': '企业职工基本', 'en-US': 'enterprise employees’' },
  public_institution: { 'zh-CN': '机关事业单位', 'en-US': 'public institutions’' },
  resident: { 'zh-CN': '城乡居民基本', 'en-US': 'urban and rural residents’' },
  none: { 'zh-CN': '（未参保）', 'en-US': '(none)' },
};

export const CONSUMABLES_NAMES: Record<ConsumablesCategory, LocalizedText> = {
  low: { 'zh-CN': '较少', 'en-US': 'Few' },
  medium: { 'zh-CN': '中等', 'en-US': 'Moderate' },
  high: { 'zh-CN': '较多', 'en-US': 'Many' },
};

export const PAYEE_NAMES: Record<'individual' | 'institution' | 'enterprise', LocalizedText> = {
  individual: { 'zh-CN': '个人（先垫后补）', 'en-US': 'trainee, who paid the fee' },
  institution: { 'zh-CN': '培训机构', 'en-US': 'training institution' },
  enterprise: { 'zh-CN': '企业', 'en-US': 'enterprise' },
};

export const EMPLOYMENT_EVIDENCE_NAMES: Record<
  'contract' | 'contributions' | 'wages' | 'domestic_service',
  LocalizedText
> = {
  contract: { 'zh-CN': '劳动合同', 'en-US': 'a labour contract' },
  contributions: { 'zh-CN': '社会保险缴费记录', 'en-US': 'social insurance contributions' },
  wages: { 'zh-CN': '工资发放记录', 'en-US': 'wage records' },
  domestic_service: { 'zh-CN': '家政服务协议', 'en-US': 'a domestic service agreement' },
};

/**
 * The text of a quote line, unmet condition or stage in `locale`. Params are the raw values the
 * rules produced: `…Fen` is shown in 元 with two decimals, `…BasisPoints` as a percentage,
 * `…Minutes` as hours (学时), level codes by their names; `{occupation}` and `{region}` show
 * `occupationName`/`regionName` when the caller adds them, the code otherwise.
 */
export function renderSubsidyText(code: SubsidyTextCode, params: SubsidyTextParams, locale: Locale): string {
  const shown: Record<string, string> = {
    occupation: String(params.occupationName ?? params.occupationCode ?? ''),
    region: String(params.regionName ?? params.regionCode ?? ''),
  };
  for (const [key, value] of Object.entries(params)) shown[key] = formatParam(key, value, locale);
  return formatMessage(SUBSIDY_TEXTS[code][locale], shown).replace(/ {2,}/g, ' ');
}

function formatParam(key: string, value: string | number | null, locale: Locale): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (key.endsWith('Fen')) return formatYuan(value);
    if (key.endsWith('BasisPoints')) return `${hundredths(value)}%`;
    if (key.endsWith('Minutes')) return hundredths(Math.floor((value * 100) / 60));
    return String(value);
  }
  if (/level$/i.test(key) && isSkillLevelCode(value)) {
    const name = skillLevel(value).name[locale];
    return locale === 'zh-CN' ? name.split('/')[0]! : name.split(' / ')[0]!;
  }
  const names = NAMED_PARAMS[key];
  if (names && value in names) return names[value]![locale];
  if (key === 'certificateType' && isCertificateTypeCode(value)) return certificateType(value).name[locale];
  return value;
}

const NAMED_PARAMS: Record<string, Record<string, LocalizedText>> = {
  pensionScheme: PENSION_SCHEME_NAMES,
  consumables: CONSUMABLES_NAMES,
  payee: PAYEE_NAMES,
  evidence: EMPLOYMENT_EVIDENCE_NAMES,
};

/** Integer fen as 元 with two decimals, without going through floating point. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An integer count of hundredths as a decimal with trailing zeros dropped: 7990 → "79.9". */
function hundredths(value: number): string {
  const whole = Math.floor(value / 100);
  const rest = value % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
