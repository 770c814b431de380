import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The short secondary paragraph under a page's title saying what the page is for. */
export function PageIntro({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
      {children}
    </Typography.Paragraph>
  );
}
