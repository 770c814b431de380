import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import { Drawer, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PolicyRulesView } from './policy-rules-view';

/** A set of rules read out beside the list: the national default, or what applies somewhere. */
export function RulesDrawer({
  title,
  intro,
  document,
  onClose,
}: {
  title: ReactNode;
  intro?: ReactNode;
  document: SubsidyPolicy | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      open={document !== null}
      onClose={onClose}
      title={title}
      size="large"
      destroyOnHidden
      data-testid="rules-drawer"
    >
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {document && <PolicyRulesView document={document} />}
    </Drawer>
  );
}
