import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The narrow centred card both sign-in and registration sit in. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Flex justify="center" style={{ paddingBlock: 24 }}>
      <Card style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
        {children}
      </Card>
    </Flex>
  );
}
