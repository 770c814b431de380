import { Button, Empty, Flex, Typography } from 'antd';
import type { NavigationCount } from './portal-api';

/**
 * One step of the navigation: every choice with its project count. The chosen one is highlighted;
 * choices with no projects stay visible (so the visitor sees the gap) but cannot be chosen.
 */
export function CountChoices({
  choices,
  selected,
  onSelect,
  testIdPrefix,
  empty,
}: {
  choices: NavigationCount[];
  selected?: string;
  onSelect: (code: string | undefined) => void;
  testIdPrefix: string;
  empty: string;
}) {
  if (choices.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Flex wrap gap={8}>
      {choices.map((choice) => {
        const active = choice.code === selected;
        return (
          <Button
            key={choice.code}
            type={active ? 'primary' : 'default'}
            disabled={choice.projects === 0 && !active}
            onClick={() => onSelect(active ? undefined : choice.code)}
            data-testid={`${testIdPrefix}-${choice.code}`}
            data-count={choice.projects}
          >
            {choice.name}
            <Typography.Text
              strong
              style={{ color: 'inherit', marginInlineStart: 6 }}
              data-testid={`${testIdPrefix}-count-${choice.code}`}
            >
              {choice.projects}
            </Typography.Text>
          </Button>
        );
      })}
    </Flex>
  );
}
