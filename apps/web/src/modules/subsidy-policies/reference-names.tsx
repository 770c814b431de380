import { useQuery } from '@tanstack/react-query';
import { occupationsQuery, regionDetailQuery } from '../reference/reference-api';

/*
 * Policies name regions and occupations by code; the names come from the reference data, read
 * once and cached, and the code shows while they load or if they cannot be read.
 */

export function useRegionName(code: string): string {
  const region = useQuery({ ...regionDetailQuery(code), enabled: code !== '' });
  return region.data?.name ?? code;
}

export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

export function OccupationName({ code }: { code: string }) {
  const found = useQuery(occupationsQuery({ q: code, page: 1, pageSize: 5 }));
  const name = found.data?.items.find((item) => item.code === code)?.name;
  return <>{name ? `${name}（${code}）` : code}</>;
}
