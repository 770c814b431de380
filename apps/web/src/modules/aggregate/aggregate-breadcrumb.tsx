import { isWithinRegion } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb } from 'antd';
import { regionDetailQuery } from '../reference/reference-api';

/**
 * The way back up a drill-down. Regions above the user's own are named for orientation but not
 * linked, since the server would refuse their figures.
 */
export function AggregateBreadcrumb({
  code,
  name,
  scope,
  onSelect,
}: {
  code: string;
  name: string;
  scope: string;
  onSelect: (code: string) => void;
}) {
  const detail = useQuery(regionDetailQuery(code));
  const path = detail.data?.path ?? [{ code, name }];
  return (
    <Breadcrumb
      data-testid="aggregate-breadcrumb"
      items={path.map((step) => ({
        key: step.code,
        title:
          step.code !== code && isWithinRegion(step.code, scope) ? (
            <a
              href={`?region=${step.code}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(step.code);
              }}
              data-region-code={step.code}
            >
              {step.name}
            </a>
          ) : (
            step.name
          ),
      }))}
    />
  );
}
