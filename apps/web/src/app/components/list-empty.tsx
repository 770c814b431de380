import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface ListEmptyProps {
  /** Whether the list is filtered: then nothing matched, rather than there being nothing yet. */
  filtered: boolean;
  /** What a filtered list says when nothing matches. */
  noneMatch: ReactNode;
  /** What the list says when there is nothing in it yet. */
  none: ReactNode;
  /** How something gets into the list, said under `none`; left out for readers who cannot add. */
  hint?: ReactNode;
}

/** What an empty list says: that nothing matches its filters, or that it has nothing yet and how that changes. */
export function ListEmpty({ filtered, noneMatch, none, hint }: ListEmptyProps) {
  if (filtered) return <>{noneMatch}</>;
  return (
    <Flex vertical gap={4}>
      <span>{none}</span>
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
    </Flex>
  );
}
