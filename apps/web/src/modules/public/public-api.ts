import { api } from '../../app/api/client';

export interface PublicOverview {
  deployment: { regionCode: string; regionName: string };
  figures: {
    regions: number;
    occupations: number;
    users: number;
    workers: number;
    publishedProjects: number;
    openPosts: number;
  };
}

export const publicOverviewQuery = {
  queryKey: ['public', 'overview'] as const,
  queryFn: () => api.get<PublicOverview>('/api/v1/public/overview'),
};
