import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';

export interface ListItem {
  key: string;
  content: ReactNode;
  extra?: ReactNode;
  testId?: string;
}

/** A plain bordered list for short, static content (antd's List is deprecated in v6). */
export function ItemList({ items, testId }: { items: ListItem[]; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <ul data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, index) => (
        <li
          key={item.key}
          data-testid={item.testId}
          style={{
            paddingBlock: token.paddingXS,
            borderTop: index === 0 ? undefined : `1px solid ${token.colorSplit}`,
          }}
        >
          <Flex justify="space-between" align="center" gap={12}>
            <div>{item.content}</div>
            {item.extra}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
