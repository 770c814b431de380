import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { PublicizeModal } from './publicize-modal';
import { cancelRound, closeRound, confirmRound, type RoundDetail } from './selection-api';
import { useRoundMutation } from './use-round-mutation';

/** What staff may do with a round in its present status, each step confirmed first. */
export function RoundActions({ detail }: { detail: RoundDetail }) {
  const t = useT(selectionMessages);
  const { round } = detail;
  const [publicizing, setPublicizing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const close = useRoundMutation(
    () => closeRound(round.id),
    () => t('closed'),
  );
  const confirm = useRoundMutation(
    () => confirmRound(round.id),
    () => t('confirmed'),
  );
  const cancel = useRoundMutation(
    (reason: string) => cancelRound(round.id, reason),
    () => t('cancelled'),
    {
      onDone: () => setCancelling(false),
    },
  );
  const live = round.status !== 'effective' && round.status !== 'cancelled';

  return (
    <Space wrap>
      {round.status === 'open' && (
        <Popconfirm title={t('closeConfirm')} onConfirm={() => close.mutateAsync(undefined).catch(() => {})}>
          <Button type="primary" loading={close.isPending} data-testid="round-close">
            {t('close')}
          </Button>
        </Popconfirm>
      )}
      {round.status === 'scoring' && (
        <Button type="primary" onClick={() => setPublicizing(true)} data-testid="round-publicize">
          {t('publicize')}
        </Button>
      )}
      {round.status === 'publicized' && (
        <Popconfirm
          title={t('confirmConfirm')}
          onConfirm={() => confirm.mutateAsync(undefined).catch(() => {})}
        >
          <Button type="primary" loading={confirm.isPending} data-testid="round-confirm">
            {t('confirm')}
          </Button>
        </Popconfirm>
      )}
      {live && (
        <Button danger onClick={() => setCancelling(true)} data-testid="round-cancel">
          {t('cancel')}
        </Button>
      )}
      {publicizing && <PublicizeModal detail={detail} onClose={() => setPublicizing(false)} />}
      <ReasonModal
        open={cancelling}
        title={t('cancel')}
        description={t('cancelDescription')}
        okText={t('cancel')}
        danger
        pending={cancel.isPending}
        maxLength={1000}
        onSubmit={(reason) => cancel.mutate(reason ?? '')}
        onClose={() => setCancelling(false)}
        data-testid="cancel-round-modal"
      />
    </Space>
  );
}
