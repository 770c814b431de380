import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { FilingDeadlineHint } from '../calendar/filing-deadline-hint';
import { myInstitutionQuery } from '../institutions/institutions-api';
import { myApplicationsQuery } from '../selection/selection-api';
import {
  type ClassFormValues,
  fromFormValues,
  locateClassField,
  splitCheck,
  toFormValues,
} from './class-form-values';
import { MaterialsField, SessionsField, TeachersField } from './class-plan-fields';
import { CLASSES_QUERY_ROOT, classQuery, createClass, updateClass } from './classes-api';
import { classMessages } from './messages';

const MONEY = { min: 0, max: 100_000, precision: 2, step: 100, style: { width: '100%' } } as const;

/** 新建或修改培训班: the plan a class is filed with, checked by the server field by field. */
export function ClassEditorPage() {
  const t = useT(classMessages);
  const { id } = useParams<{ id: string }>();
  const existing = useQuery({ ...classQuery(id ?? ''), enabled: Boolean(id) });
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to={id ? `/app/classes/${id}` : '/app/classes'}>
      {t('back')}
    </LinkButton>
  );
  if (id && existing.isPending) return <PageLoading />;
  if (id && existing.isError) {
    return (
      <>
        <PageTitle title={t('editClass')} extra={back} />
        <QueryError error={existing.error} onRetry={() => existing.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageTitle title={id ? t('editClass') : t('newClass')} extra={back} />
      <ClassForm id={id} initial={existing.data ? toFormValues(existing.data) : undefined} />
    </>
  );
}

function ClassForm({ id, initial }: { id?: string; initial?: ClassFormValues }) {
  const t = useT(classMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ClassFormValues>();
  const report = useLocatedErrorReporter(form, locateClassField);
  const applications = useQuery(myApplicationsQuery);
  const mine = useQuery(myInstitutionQuery);
  const projects = (applications.data?.items ?? [])
    .filter(({ application, round }) => application.status === 'selected' && round.status === 'effective')
    .map(({ round }) => ({
      value: round.projectId,
      label: `${round.projectTitle}（${round.occupationName}）`,
      occupation: round.occupationCode,
    }));
  const sites = (mine.data?.sites ?? []).filter((s) => !s.retired);
  const projectId = Form.useWatch('projectId', form);
  const siteId = Form.useWatch('siteId', form);
  const dates = Form.useWatch('dates', form);
  const money = Form.useWatch([], form) ?? {};
  const split = splitCheck(money);

  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [initial, form]);

  const save = useMutation({
    mutationFn: (values: ClassFormValues) =>
      id ? updateClass(id, fromFormValues(values)) : createClass(fromFormValues(values)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      message.success(id ? t('saved') : t('created'));
      navigate(`/app/classes/${saved.id}`);
    },
    onError: report,
  });

  return (
    <Form<ClassFormValues>
      form={form}
      layout="vertical"
      initialValues={{
        enrolmentOpen: false,
        teachers: [{ role: 'lead' }],
        sessions: [],
        plannedTrainees: 30,
      }}
      onFinish={(values) => save.mutate(values)}
      data-testid="class-form"
    >
      <Flex vertical gap={16}>
        {applications.data && projects.length === 0 && (
          <Alert type="warning" showIcon title={t('noSelectedProjects')} />
        )}
        <Card size="small">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="projectId"
                label={t('project')}
                rules={[{ required: true, message: t('chooseProject') }]}
              >
                <Select
                  placeholder={t('chooseProject')}
                  options={projects}
                  loading={applications.isPending}
                  disabled={Boolean(id)}
                  data-testid="class-project"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="siteId"
                label={t('site')}
                rules={[{ required: true, message: t('chooseSite') }]}
              >
                <Select
                  placeholder={t('chooseSite')}
                  options={sites.map((s) => ({
                    value: s.id,
                    label: `${s.name}（${s.regionName}，${s.capacity} 人）`,
                  }))}
                  loading={mine.isPending}
                  data-testid="class-site"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('name')}
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input maxLength={100} data-testid="class-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="dates"
                label={t('dates')}
                rules={[{ required: true, message: t('required') }]}
                extra={
                  <FilingDeadlineHint
                    regionCode={sites.find((s) => s.id === siteId)?.regionCode}
                    startDate={dates?.[0]?.format('YYYY-MM-DD')}
                  />
                }
              >
                <DatePicker.RangePicker style={{ width: '100%' }} data-testid="class-dates" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="plannedTrainees"
                label={t('plannedTrainees')}
                rules={[{ required: true, message: t('required') }]}
              >
                <InputNumber
                  min={1}
                  max={500}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="class-planned"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={18}>
              <Form.Item
                name="enrolmentOpen"
                label={t('enrolmentOpen')}
                valuePropName="checked"
                extra={t('enrolmentOpenHint')}
              >
                <Switch data-testid="class-enrolment-open" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('fee')}>
          <Row gutter={16}>
            {(['feeYuan', 'governmentYuan', 'enterpriseYuan', 'individualYuan'] as const).map((name) => (
              <Col xs={12} md={6} key={name}>
                <Form.Item
                  name={name}
                  label={t(name === 'feeYuan' ? 'fee' : (name.replace('Yuan', 'Part') as 'governmentPart'))}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <InputNumber {...MONEY} data-testid={`class-${name}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Text type={split.matches ? 'secondary' : 'danger'} data-testid="class-split-sum">
            {split.matches
              ? t('splitSum', { sum: split.sumYuan.toFixed(2) })
              : t('splitMismatch', { sum: split.sumYuan.toFixed(2), fee: (money.feeYuan ?? 0).toFixed(2) })}
          </Typography.Text>
        </Card>
        <TeachersField occupationCode={projects.find((p) => p.value === projectId)?.occupation} />
        <SessionsField form={form} projectId={projectId} site={sites.find((s) => s.id === siteId)} />
        <MaterialsField occupationCode={projects.find((p) => p.value === projectId)?.occupation} />
        <Card size="small">
          <Form.Item
            name="teachingPlan"
            label={t('teachingPlan')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={5} maxLength={20_000} showCount data-testid="class-teaching-plan" />
          </Form.Item>
          <Form.Item
            name="assessmentPlan"
            label={t('assessmentPlan')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={3} maxLength={5_000} showCount data-testid="class-assessment-plan" />
          </Form.Item>
        </Card>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="class-save">
            {t('save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
