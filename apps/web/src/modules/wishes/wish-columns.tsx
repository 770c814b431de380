import { PREFERRED_TIME_NAMES, type PreferredTime } from '@qiancheng/domain/demand/training-wish';
import { TRAINING_MODE_NAMES, type TrainingMode } from '@qiancheng/domain/projects/project-lifecycle';
import { Badge, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { skillLevelName, targetGroupName } from '../reference/code-names';
import { wishMessages } from './messages';
import type { TrainingWish } from './wishes-api';

export function useWishColumns(options: {
  showPerson: boolean;
  actions?: (wish: TrainingWish) => ReactNode;
}): TableColumnsType<TrainingWish> {
  const t = useT(wishMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<TrainingWish> = [];
  if (options.showPerson) {
    columns.push(
      { key: 'person', title: t('personName'), render: (_, wish) => wish.person?.name },
      { key: 'idNumber', title: t('idNumber'), render: (_, wish) => wish.person?.idNumberMasked },
    );
  }
  columns.push(
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupationShort') },
    {
      key: 'skillLevel',
      dataIndex: 'skillLevel',
      title: t('skillLevel'),
      render: (level: string | null) => (level ? skillLevelName(level, locale) : t('anyLevel')),
    },
    {
      key: 'mode',
      dataIndex: 'mode',
      title: t('mode'),
      render: (mode: TrainingMode) => TRAINING_MODE_NAMES[mode]?.[locale] ?? mode,
    },
    {
      key: 'preferredTime',
      dataIndex: 'preferredTime',
      title: t('preferredTime'),
      render: (time: PreferredTime) => PREFERRED_TIME_NAMES[time]?.[locale] ?? time,
    },
    { key: 'region', dataIndex: 'regionName', title: t('regionShort') },
    {
      key: 'targetGroup',
      dataIndex: 'targetGroup',
      title: t('targetGroup'),
      render: (group: string) => targetGroupName(group, locale),
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('source'),
      render: (source: string) => (source === 'staff' ? t('sourceStaff') : t('sourceSelf')),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('createdAt'),
      render: (createdAt: string) => dayjs(createdAt).format('YYYY-MM-DD'),
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, wish) =>
        wish.status === 'withdrawn' ? (
          <Badge status="default" text={t('withdrawn')} />
        ) : (
          <Badge status="success" text={t('active')} />
        ),
    },
  );
  const { actions } = options;
  if (actions) columns.push({ key: 'actions', title: t('actions'), render: (_, wish) => actions(wish) });
  return columns;
}
