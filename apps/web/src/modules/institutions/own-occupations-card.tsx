import { App, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import type { OccupationChoice } from './form-values';
import { type InstitutionDetail, setOccupations } from './institutions-api';
import { institutionMessages } from './messages';
import { OccupationListInput } from './occupation-list-input';
import { ownMessages } from './own-messages';
import { useOwnInstitutionChange } from './use-own-institution-change';

/** The occupations the institution trains in, shown as tags and edited as a whole. */
export function OwnOccupationsCard({ institution }: { institution: InstitutionDetail }) {
  const t = useT(ownMessages);
  const ti = useT(institutionMessages);
  const { message } = App.useApp();
  const [draft, setDraft] = useState<OccupationChoice[] | null>(null);
  const save = useOwnInstitutionChange(setOccupations, {
    onSuccess: () => {
      message.success(t('occupationsSaved'));
      setDraft(null);
    },
  });

  return (
    <Card
      title={ti('occupations')}
      extra={
        draft === null && (
          <Button onClick={() => setDraft(institution.occupations)} data-testid="own-edit-occupations">
            {t('edit')}
          </Button>
        )
      }
      data-testid="own-occupations"
    >
      {draft === null ? (
        <Flex wrap gap={8}>
          {institution.occupations.map((occupation) => (
            <Tag key={occupation.code} color="blue">
              {occupation.name}（{occupation.code}）
            </Tag>
          ))}
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{ti('occupationsHint')}</Typography.Text>
          <OccupationListInput
            value={draft}
            onChange={setDraft}
            disabled={save.isPending}
            data-testid="own-occupations-input"
          />
          {draft.length === 0 && <Typography.Text type="danger">{ti('occupationsRequired')}</Typography.Text>}
          <Space>
            <Button
              type="primary"
              disabled={draft.length === 0}
              loading={save.isPending}
              onClick={() => save.mutate(draft.map((occupation) => occupation.code))}
              data-testid="own-save-occupations"
            >
              {ti('save')}
            </Button>
            <Button onClick={() => setDraft(null)} disabled={save.isPending}>
              {ti('cancel')}
            </Button>
          </Space>
        </Flex>
      )}
    </Card>
  );
}
