import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { SESSION_KIND_NAMES, SESSION_KINDS } from '@qiancheng/domain/classes/class-lifecycle';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
  TimePicker,
  Typography,
} from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { resourcesQuery } from '../resources/resources-api';
import { teachersQuery } from '../teachers/teachers-api';
import type { ClassFormValues } from './class-form-values';
import { GenerateTimetableButton } from './generate-timetable-button';
import { classMessages } from './messages';

type FieldPath = (string | number)[];

/** A required item of a list row, with no margin below so the row's items line up. */
function RowItem({
  name,
  message,
  whitespace,
  style,
  children,
}: {
  name: FieldPath;
  message: string;
  whitespace?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <Form.Item
      name={name}
      rules={[{ required: true, ...(whitespace ? { whitespace } : {}), message }]}
      style={{ ...style, marginBottom: 0 }}
    >
      {children}
    </Form.Item>
  );
}

function RemoveRowButton({ onClick }: { onClick: () => void }) {
  const t = useT(classMessages);
  return <Button icon={<DeleteOutlined />} onClick={onClick} aria-label={t('remove')} />;
}

const TIME_PICKER = { format: 'HH:mm', minuteStep: 5 } as const;

/**
 * 授课教师: teachers the institution employs today, each lead or assistant; once the project is
 * chosen, only those qualified for its occupation are offered.
 */
export function TeachersField({ occupationCode }: { occupationCode?: string }) {
  const t = useT(classMessages);
  const teachers = useQuery(
    teachersQuery({
      page: 1,
      pageSize: 200,
      employment: 'current',
      ...(occupationCode ? { occupation: occupationCode } : {}),
    }),
  );
  const options = (teachers.data?.items ?? []).map((teacher) => ({
    value: teacher.id,
    label: teacher.title ? `${teacher.person.name}（${teacher.title}）` : teacher.person.name,
  }));
  return (
    <Card title={t('teachers')} size="small">
      <Form.List name="teachers">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start">
                <RowItem name={[field.name, 'teacherId']} message={t('chooseTeacher')} style={{ flex: 1 }}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    placeholder={t('chooseTeacher')}
                    options={options}
                    loading={teachers.isPending}
                    data-testid={`class-teacher-${field.name}`}
                  />
                </RowItem>
                <Form.Item
                  name={[field.name, 'role']}
                  initialValue="lead"
                  style={{ width: 120, marginBottom: 0 }}
                >
                  <Select
                    options={[
                      { value: 'lead', label: t('lead') },
                      { value: 'assistant', label: t('assistant') },
                    ]}
                    data-testid={`class-teacher-role-${field.name}`}
                  />
                </Form.Item>
                <RemoveRowButton onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: fields.length === 0 ? 'lead' : 'assistant' })}
              data-testid="class-add-teacher"
            >
              {t('addTeacher')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}

/** 课程表: one row per session; the teacher is chosen among the class's teachers. */
export function SessionsField({
  form,
  projectId,
  site,
}: {
  form: FormInstance<ClassFormValues>;
  projectId?: string;
  site?: { regionCode: string; name: string };
}) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const chosen = Form.useWatch('teachers', form) ?? [];
  const teachers = useQuery(teachersQuery({ page: 1, pageSize: 200 }));
  const names = new Map((teachers.data?.items ?? []).map((teacher) => [teacher.id, teacher.person.name]));
  const teacherOptions = chosen.flatMap((c) =>
    c?.teacherId ? [{ value: c.teacherId, label: names.get(c.teacherId) ?? c.teacherId }] : [],
  );
  const sessions = Form.useWatch('sessions', form) ?? [];
  const hoursOf = (kind: string) =>
    sessions.filter((s) => s?.kind === kind).reduce((sum, s) => sum + (s?.hours ?? 0), 0);
  return (
    <Card
      title={t('sessions')}
      size="small"
      extra={
        <Flex gap={12} align="center">
          <Typography.Text type="secondary" data-testid="class-hours-summary">
            {`${SESSION_KIND_NAMES.theory[locale]} ${hoursOf('theory')} · ${SESSION_KIND_NAMES.practice[locale]} ${hoursOf('practice')}`}
          </Typography.Text>
          <GenerateTimetableButton
            form={form}
            projectId={projectId}
            regionCode={site?.regionCode}
            room={site?.name}
          />
        </Flex>
      }
    >
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const at = (name: string): FieldPath => [field.name, name];
              const test = (name: string) => `session-${field.name}-${name}`;
              return (
                <Flex key={field.key} gap={8} wrap align="start" data-testid={`session-row-${field.name}`}>
                  <RowItem name={at('day')} message={t('day')}>
                    <DatePicker placeholder={t('day')} data-testid={test('day')} />
                  </RowItem>
                  <RowItem name={at('startTime')} message={t('startTime')}>
                    <TimePicker {...TIME_PICKER} placeholder={t('startTime')} data-testid={test('start')} />
                  </RowItem>
                  <RowItem name={at('endTime')} message={t('endTime')}>
                    <TimePicker {...TIME_PICKER} placeholder={t('endTime')} data-testid={test('end')} />
                  </RowItem>
                  <RowItem name={at('hours')} message={t('hours')}>
                    <InputNumber
                      min={0.5}
                      max={12}
                      step={0.5}
                      placeholder={t('hours')}
                      data-testid={test('hours')}
                    />
                  </RowItem>
                  <Form.Item name={at('kind')} initialValue="theory" style={{ width: 100, marginBottom: 0 }}>
                    <Select
                      options={SESSION_KINDS.map((kind) => ({
                        value: kind,
                        label: SESSION_KIND_NAMES[kind][locale],
                      }))}
                      data-testid={test('kind')}
                    />
                  </Form.Item>
                  <RowItem name={at('teacherId')} message={t('chooseTeacher')} style={{ width: 140 }}>
                    <Select
                      placeholder={t('teacher')}
                      options={teacherOptions}
                      data-testid={test('teacher')}
                    />
                  </RowItem>
                  <RowItem
                    name={at('room')}
                    message={t('room')}
                    whitespace
                    style={{ flex: 1, minWidth: 120 }}
                  >
                    <Input placeholder={t('room')} maxLength={100} data-testid={test('room')} />
                  </RowItem>
                  <RemoveRowButton onClick={() => remove(field.name)} />
                </Flex>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'theory', teacherId: teacherOptions[0]?.value })}
              data-testid="class-add-session"
            >
              {t('addSession')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}

/** 教学资料: resources of the library shared with the institution, and files uploaded with the filing. */
export function MaterialsField({ occupationCode }: { occupationCode?: string }) {
  const t = useT(classMessages);
  const resources = useQuery(
    resourcesQuery({
      page: 1,
      pageSize: 200,
      status: 'active',
      ...(occupationCode ? { occupation: occupationCode } : {}),
    }),
  );
  return (
    <Card title={t('materials')} size="small">
      <Form.Item name="resourceIds" label={t('addResource')}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={(resources.data?.items ?? []).map((r) => ({ value: r.id, label: r.title }))}
          loading={resources.isPending}
          data-testid="class-resources"
        />
      </Form.Item>
      <Form.List name="uploads">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <RowItem
                  name={[field.name, 'title']}
                  message={t('materialTitle')}
                  whitespace
                  style={{ flex: 1, minWidth: 200 }}
                >
                  <Input placeholder={t('materialTitle')} maxLength={200} />
                </RowItem>
                <RowItem name={[field.name, 'documentId']} message={t('uploadMaterial')}>
                  <DocumentUpload purpose="class_material" />
                </RowItem>
                <RemoveRowButton onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('uploadMaterial')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
