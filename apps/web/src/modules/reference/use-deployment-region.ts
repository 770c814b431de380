import { useQuery } from '@tanstack/react-query';
import { publicOverviewQuery } from '../public/public-api';

/** The province this deployment serves, the widest region anyone can choose in a form. */
export function useDeploymentRegion(): { code: string; name: string } | null {
  const overview = useQuery(publicOverviewQuery);
  const deployment = overview.data?.deployment;
  return deployment
    ? { code: deployment.regionCode, name: deployment.regionName ?? deployment.regionCode }
    : null;
}
