import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** A list page's primary button that starts a new record, e.g. in its title bar. */
export function CreateButton({
  onClick,
  children,
  'data-testid': testId,
}: {
  onClick: () => void;
  children: ReactNode;
  'data-testid': string;
}) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
