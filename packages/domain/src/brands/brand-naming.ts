import { regionNameForms } from '../institutions/brand-name';

/**
 * Place names a brand of a region may begin with, most local first, for the hint and the error
 * message: the short form of each name on the path (郑州, 河南), or the full name where a name has
 * no shorter form. `regionNames` runs from the province down to the brand's region.
 */
export function brandPlaceExamples(regionNames: readonly string[], limit = 3): string[] {
  return [...regionNames]
    .reverse()
    .map((name) => regionNameForms(name).at(-1) ?? name)
    .slice(0, limit);
}

/** An example of a well-formed name: 郑州养老护理员培训. */
export function brandNameExample(regionNames: readonly string[], occupationName: string): string | null {
  const [place] = brandPlaceExamples(regionNames, 1);
  return place && occupationName ? `${place}${occupationName}培训` : null;
}
