import { reviewActions } from '@qiancheng/domain/brands/brand-lifecycle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { approveBrand, BRANDS_QUERY_ROOT, rejectBrand, returnBrand, type TrainingBrand } from './brands-api';
import { brandMessages } from './messages';

type WithReason = 'return' | 'reject';

/** The review decisions staff may take on an application: approve, return or reject, each confirmed. */
export function BrandReviewActions({ brand }: { brand: TrainingBrand }) {
  const t = useT(brandMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [asking, setAsking] = useState<WithReason | null>(null);
  const allowed = reviewActions(brand.status);

  const done = (text: string) => {
    message.success(text);
    void queryClient.invalidateQueries({ queryKey: BRANDS_QUERY_ROOT });
  };
  const approve = useMutation({
    mutationFn: () => approveBrand(brand.id),
    onSuccess: (next) => done(t('approved', { name: next.name })),
    onError: reportError,
  });
  const decide = useMutation({
    mutationFn: ({ action, reason }: { action: WithReason; reason: string }) =>
      action === 'return' ? returnBrand(brand.id, reason) : rejectBrand(brand.id, reason),
    onSuccess: (next, { action }) => {
      setAsking(null);
      done(t(action === 'return' ? 'returned' : 'rejected', { name: next.name }));
    },
    onError: reportError,
  });

  if (allowed.length === 0) return null;
  const link = { type: 'link' as const, style: { paddingInline: 0 } };
  return (
    <Space size={12}>
      {allowed.includes('approve') && (
        <Popconfirm
          title={t('approveConfirm', { name: brand.name })}
          onConfirm={() => approve.mutateAsync().catch(() => undefined)}
        >
          <Button {...link} loading={approve.isPending} data-testid={`brand-approve-${brand.id}`}>
            {t('approve')}
          </Button>
        </Popconfirm>
      )}
      {allowed.includes('return') && (
        <Button {...link} onClick={() => setAsking('return')} data-testid={`brand-return-${brand.id}`}>
          {t('return')}
        </Button>
      )}
      {allowed.includes('reject') && (
        <Button {...link} danger onClick={() => setAsking('reject')} data-testid={`brand-reject-${brand.id}`}>
          {t('reject')}
        </Button>
      )}
      <ReasonModal
        open={asking !== null}
        title={asking === 'reject' ? t('rejectTitle') : t('returnTitle')}
        description={t(asking === 'reject' ? 'rejectDescription' : 'returnDescription', { name: brand.name })}
        okText={asking === 'reject' ? t('reject') : t('return')}
        danger={asking === 'reject'}
        pending={decide.isPending}
        onSubmit={(reason) => asking && reason && decide.mutate({ action: asking, reason })}
        onClose={() => setAsking(null)}
        data-testid="brand-reason-modal"
      />
    </Space>
  );
}
