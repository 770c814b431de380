import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { removeCalendarDay } from './calendar-api';
import { calendarMessages } from './messages';
import { useCalendarChange } from './use-calendar-change';

/** Removes the region's own entry of a day, after a confirmation saying what the day becomes. */
export function RemoveDayButton({
  region,
  day,
  link = false,
  onDone,
}: {
  region: string;
  day: string;
  link?: boolean;
  onDone?: () => void;
}) {
  const t = useT(calendarMessages);
  const remove = useCalendarChange(
    () => removeCalendarDay(region, day),
    () => t('removed', { day }),
    { onDone },
  );
  return (
    <Popconfirm
      title={t('removeTitle', { day })}
      description={<div style={{ maxWidth: 320 }}>{t('removeDescription')}</div>}
      okText={t('remove')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      onConfirm={() => remove.mutateAsync(undefined).catch(() => {})}
    >
      <Button
        danger
        type={link ? 'link' : 'default'}
        icon={<DeleteOutlined />}
        style={link ? { paddingInline: 0 } : undefined}
        loading={remove.isPending}
        data-testid={`calendar-remove-${day}`}
      >
        {t('remove')}
      </Button>
    </Popconfirm>
  );
}
