import { isWithinRegion } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { regionDetailQuery } from '../reference/reference-api';

/**
 * The way back up from a drilled-down region. Regions above the user's own are shown for
 * orientation but not linked: their overview is outside the user's scope and would be refused.
 */
export function RegionBreadcrumb({ code, name, scope }: { code: string; name: string; scope: string }) {
  const detail = useQuery(regionDetailQuery(code));
  const path = detail.data?.path ?? [{ code, name }];
  return (
    <Breadcrumb
      data-testid="region-breadcrumb"
      items={path.map((step) => ({
        key: step.code,
        title:
          step.code !== code && isWithinRegion(step.code, scope) ? (
            <Link to={`/app/regions/${step.code}`}>{step.name}</Link>
          ) : (
            step.name
          ),
      }))}
    />
  );
}
