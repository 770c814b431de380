import { ThunderboltOutlined } from '@ant-design/icons';
import { generateTimetable } from '@qiancheng/domain/classes/timetable';
import { mergeCalendars } from '@qiancheng/domain/classes/working-days';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, type FormInstance, Popconfirm } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { calendarQuery } from '../calendar/calendar-api';
import { publicProjectQuery } from '../portal/portal-api';
import type { ClassFormValues } from './class-form-values';
import { classMessages } from './messages';

/**
 * 按项目学时排课: fills the timetable with a morning and an afternoon session on each working day
 * from the start date, theory first, until the project's hours are given — the region's holidays
 * and make-up days included. The rows can then be edited one by one.
 */
export function GenerateTimetableButton({
  form,
  projectId,
  regionCode,
  room,
}: {
  form: FormInstance<ClassFormValues>;
  projectId?: string;
  regionCode?: string;
  /** Where sessions are held unless edited: the site's name. */
  room?: string;
}) {
  const t = useT(classMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const start = form.getFieldValue('dates')?.[0] as dayjs.Dayjs | undefined;
  const ready = Boolean(projectId && regionCode && start);

  const generate = async () => {
    if (!projectId || !regionCode || !start) return;
    setBusy(true);
    try {
      const year = start.year();
      const [project, ...calendars] = await Promise.all([
        queryClient.fetchQuery(publicProjectQuery(projectId)),
        queryClient.fetchQuery(calendarQuery(regionCode, year)),
        queryClient.fetchQuery(calendarQuery(regionCode, year + 1)),
      ]);
      const calendar = mergeCalendars([calendars.flatMap((c) => c.entries)]);
      const teacherId = (form.getFieldValue('teachers') as ClassFormValues['teachers'])?.find(
        (x) => x?.teacherId,
      )?.teacherId;
      const sessions = generateTimetable({
        start: start.format('YYYY-MM-DD'),
        theoryHours: project.project.hoursTheory ?? 0,
        practiceHours: project.project.hoursPractice ?? 0,
        calendar,
      }).map((s) => ({
        day: dayjs(s.day),
        startTime: dayjs(`${s.day} ${s.startTime}`),
        endTime: dayjs(`${s.day} ${s.endTime}`),
        hours: s.hours,
        kind: s.kind,
        teacherId,
        room: room ?? '',
      }));
      form.setFieldValue('sessions', sessions);
      const last = sessions.at(-1)?.day;
      if (last) form.setFieldValue('dates', [start, last]);
      message.success(t('timetableGenerated', { count: sessions.length }));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm title={t('generateConfirm')} onConfirm={generate} disabled={!ready}>
      <Button
        icon={<ThunderboltOutlined />}
        loading={busy}
        disabled={!ready}
        data-testid="class-generate-timetable"
      >
        {t('generateTimetable')}
      </Button>
    </Popconfirm>
  );
}
