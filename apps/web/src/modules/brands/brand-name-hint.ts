import { FIELD_REASONS, formatMessage, type Locale } from '@qiancheng/domain';
import { brandPlaceExamples } from '@qiancheng/domain/brands/brand-naming';
import { type BrandNameContext, brandNameProblem } from '@qiancheng/domain/institutions/brand-name';

/**
 * What is wrong with a brand name as it is typed, in the words the server would use: the same rule
 * (brandNameProblem) and the same messages, so the form and the server never disagree. Null when
 * the name follows the pattern, or when the region or occupation is not chosen yet.
 */
export function brandNameMessage(
  name: string,
  context: Partial<BrandNameContext>,
  locale: Locale,
): string | null {
  const { regionNames, occupationName } = context;
  if (!name.trim() || !regionNames?.length || !occupationName) return null;
  const problem = brandNameProblem(name, {
    regionNames,
    occupationName,
    organizationName: context.organizationName ?? null,
  });
  if (!problem) return null;
  return formatMessage(FIELD_REASONS[problem][locale], {
    occupation: occupationName,
    examples: brandPlaceExamples(regionNames).join('、'),
  });
}
