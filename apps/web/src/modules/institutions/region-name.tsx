import { useQuery } from '@tanstack/react-query';
import { regionDetailQuery } from '../reference/reference-api';

/** A region chosen in a form, shown by its full name (province to county) instead of its code. */
export function RegionName({ code }: { code: string | undefined }) {
  const detail = useQuery({ ...regionDetailQuery(code ?? ''), enabled: Boolean(code) });
  if (!code) return null;
  return <>{detail.data ? detail.data.path.map((step) => step.name).join(' ') : code}</>;
}
