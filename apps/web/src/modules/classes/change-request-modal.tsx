import {
  CHANGE_KIND_NAMES,
  CHANGE_KINDS,
  type ChangeKind,
  SESSION_KIND_NAMES,
  SESSION_KINDS,
} from '@qiancheng/domain/classes/class-lifecycle';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { idNumberRule } from '../../app/forms/field-rules';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { teachersQuery } from '../teachers/teachers-api';
import { CLASSES_QUERY_ROOT, type ClassDetail, requestChange, rosterQuery } from './classes-api';
import { classMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'change-submit' };

interface ChangeFormValues {
  kind: ChangeKind;
  reason: string;
  fromTeacherId?: string;
  toTeacherId?: string;
  sessionId?: string;
  session?: {
    day?: Dayjs;
    startTime?: Dayjs;
    endTime?: Dayjs;
    hours?: number;
    kind?: 'theory' | 'practice';
    teacherId?: string;
    room?: string;
  };
  trainee?: { name?: string; idNumber?: string; targetGroup?: string; evidenceNote?: string };
  enrolmentId?: string;
}

/** The request body of each kind, built from the form's fields of that kind only. */
function bodyOf(values: ChangeFormValues): Record<string, unknown> {
  const s = values.session;
  const session = s && {
    day: s.day?.format('YYYY-MM-DD'),
    startTime: s.startTime?.format('HH:mm'),
    endTime: s.endTime?.format('HH:mm'),
    hours: s.hours,
    kind: s.kind,
    teacherId: s.teacherId,
    room: s.room?.trim(),
  };
  const base = { kind: values.kind, reason: values.reason.trim() };
  switch (values.kind) {
    case 'teacher_replace':
      return { ...base, fromTeacherId: values.fromTeacherId, toTeacherId: values.toTeacherId };
    case 'session_change':
      return { ...base, sessionId: values.sessionId, session };
    case 'session_add':
      return { ...base, session };
    case 'session_cancel':
      return { ...base, sessionId: values.sessionId };
    case 'trainee_add':
      return {
        ...base,
        trainee: { ...values.trainee, evidenceNote: values.trainee?.evidenceNote || undefined },
      };
    case 'trainee_remove':
      return { ...base, enrolmentId: values.enrolmentId };
  }
}

/** The server names fields as the request body does; the form nests them the same way. */
function locate(field: string): (string | number)[] | null {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** 提交变更申请: what may change in an approved class, each kind with its own fields and a reason. */
export function ChangeRequestModal({
  detail,
  open,
  onClose,
}: {
  detail: ClassDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeFormValues>();
  const report = useLocatedErrorReporter(form, locate);
  const kind = Form.useWatch('kind', form);
  const pool = useQuery({ ...teachersQuery({ page: 1, pageSize: 200 }), enabled: open });
  const roster = useQuery({ ...rosterQuery(detail.id), enabled: open && kind === 'trainee_remove' });
  const current = detail.teachers.filter((x) => !x.removed);
  const upcoming = detail.sessions.filter((s) => !s.cancelled && Date.parse(s.startsAt) > Date.now());
  const ask = useMutation({
    mutationFn: (values: ChangeFormValues) => requestChange(detail.id, bodyOf(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      message.success(t('done'));
      onClose();
    },
    onError: report,
  });
  const sessionOptions = upcoming.map((s) => ({
    value: s.id,
    label: `${s.day} ${s.startTime}–${s.endTime} · ${s.teacherName}`,
  }));
  const required = [{ required: true, message: t('required') }];

  return (
    <Modal
      open={open}
      title={t('requestChange')}
      okText={t('requestChange')}
      onOk={() => form.submit()}
      confirmLoading={ask.isPending}
      onCancel={onClose}
      okButtonProps={OK_TEST_ID}
      destroyOnHidden
      width={640}
      data-testid="change-request-modal"
    >
      <Form<ChangeFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => ask.mutate(values)}
      >
        <Form.Item name="kind" label={t('changeKind')} rules={required}>
          <Select
            options={CHANGE_KINDS.map((k) => ({ value: k, label: CHANGE_KIND_NAMES[k][locale] }))}
            data-testid="change-kind"
          />
        </Form.Item>
        {kind === 'teacher_replace' && (
          <>
            <Form.Item name="fromTeacherId" label={t('fromTeacher')} rules={required}>
              <Select
                options={current.map((x) => ({ value: x.teacherId, label: x.name }))}
                data-testid="change-from-teacher"
              />
            </Form.Item>
            <Form.Item name="toTeacherId" label={t('toTeacher')} rules={required}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(pool.data?.items ?? [])
                  .filter((x) => !current.some((c) => c.teacherId === x.id))
                  .map((x) => ({ value: x.id, label: x.person.name }))}
                data-testid="change-to-teacher"
              />
            </Form.Item>
          </>
        )}
        {(kind === 'session_change' || kind === 'session_cancel') && (
          <Form.Item name="sessionId" label={t('session')} rules={required}>
            <Select options={sessionOptions} data-testid="change-session" />
          </Form.Item>
        )}
        {(kind === 'session_change' || kind === 'session_add') && (
          <>
            <Form.Item name={['session', 'day']} label={t('day')} rules={required}>
              <DatePicker data-testid="change-session-day" />
            </Form.Item>
            <Form.Item name={['session', 'startTime']} label={t('startTime')} rules={required}>
              <TimePicker format="HH:mm" minuteStep={5} />
            </Form.Item>
            <Form.Item name={['session', 'endTime']} label={t('endTime')} rules={required}>
              <TimePicker format="HH:mm" minuteStep={5} />
            </Form.Item>
            <Form.Item name={['session', 'hours']} label={t('hours')} rules={required}>
              <InputNumber min={0.5} max={12} step={0.5} />
            </Form.Item>
            <Form.Item name={['session', 'kind']} label={t('kind')} initialValue="theory">
              <Select
                options={SESSION_KINDS.map((k) => ({ value: k, label: SESSION_KIND_NAMES[k][locale] }))}
              />
            </Form.Item>
            <Form.Item name={['session', 'teacherId']} label={t('teacher')} rules={required}>
              <Select options={current.map((x) => ({ value: x.teacherId, label: x.name }))} />
            </Form.Item>
            <Form.Item
              name={['session', 'room']}
              label={t('room')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        {kind === 'trainee_add' && (
          <>
            <Form.Item
              name={['trainee', 'name']}
              label={t('traineeName')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input maxLength={50} data-testid="change-trainee-name" />
            </Form.Item>
            <Form.Item
              name={['trainee', 'idNumber']}
              label={t('idNumber')}
              rules={[...required, idNumberRule(locale)]}
            >
              <Input maxLength={18} data-testid="change-trainee-id" />
            </Form.Item>
            <Form.Item name={['trainee', 'targetGroup']} label={t('targetGroup')} rules={required}>
              <Select
                options={TARGET_GROUPS.map((g) => ({ value: g.code, label: g.name[locale] }))}
                data-testid="change-trainee-group"
              />
            </Form.Item>
            <Form.Item name={['trainee', 'evidenceNote']} label={t('evidenceNote')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        {kind === 'trainee_remove' && (
          <Form.Item name="enrolmentId" label={t('trainee')} rules={required}>
            <Select
              options={(roster.data ?? [])
                .filter((x) => x.status !== 'dropped')
                .map((x) => ({ value: x.enrolmentId, label: `${x.name}（${x.idNumberMasked}）` }))}
              data-testid="change-trainee"
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('changeReason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="change-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
