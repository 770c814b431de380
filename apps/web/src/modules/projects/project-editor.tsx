import { can } from '@qiancheng/domain';
import { isPublic, publicationGaps } from '@qiancheng/domain/projects/project-lifecycle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { LinkedDemandLines } from './linked-demand-lines';
import { projectMessages } from './messages';
import { ProjectForm } from './project-form';
import {
  changedFields,
  formFieldsFor,
  fromFormValues,
  type ProjectFormValues,
  toFormValues,
} from './project-form-values';
import {
  adjustProject,
  PROJECTS_QUERY_ROOT,
  type Project,
  type ProjectDetail,
  projectQuery,
  publishProject,
  updateProject,
  withdrawProject,
} from './projects-api';
import { VersionTimeline } from './version-timeline';

const GAP_LABEL_KEYS = {
  postsAvailable: 'postsAvailable',
  skillRequirements: 'skillRequirements',
  contentOutline: 'contentOutline',
  hours: 'hours',
  mode: 'mode',
  evaluationType: 'evaluationType',
  targetGroups: 'targetGroups',
} as const;

/**
 * One project's form and its life cycle: a draft is edited and published; a published project is
 * adjusted (a new version, with a reason) or withdrawn (with a reason).
 */
export function ProjectEditor({ detail }: { detail: ProjectDetail }) {
  const { project } = detail;
  const t = useT(projectMessages);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProjectFormValues>();
  const reportError = useApiErrorReporter(form);
  const [adjusting, setAdjusting] = useState(false);
  const [askingAdjustReason, setAskingAdjustReason] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);

  const canManage = can(me.role, 'projects.manage');
  const isDraft = project.status === 'draft';
  const isLive = isPublic(project.status);
  const editable = canManage && (isDraft || adjusting);
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;

  const watched = Form.useWatch([], form) as ProjectFormValues | undefined;
  const gaps = publicationGaps(fromFormValues(watched ?? toFormValues(project)));

  const settle = (next: Project) => {
    // The new state shows at once; the refetch brings the version history it added.
    queryClient.setQueryData(projectQuery(next.id).queryKey, (old) => old && { ...old, project: next });
    void queryClient.invalidateQueries({ queryKey: PROJECTS_QUERY_ROOT });
  };

  /** Field problems go beside their fields (a missing hours total beside both hour fields). */
  const reportFieldErrors = (error: unknown) => {
    // A failed check in the browser is already shown beside its field.
    if (typeof error === 'object' && error !== null && 'errorFields' in error) return;
    if (!(error instanceof ApiError) || !error.details.some((detail) => detail.field)) {
      reportError(error);
      return;
    }
    const byField = new Map<string, string[]>();
    for (const detail of error.details) {
      if (!detail.field) continue;
      for (const field of formFieldsFor(detail.field)) {
        byField.set(field, [...(byField.get(field) ?? []), detail.message]);
      }
    }
    form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof ProjectFormValues, errors })));
    message.error(
      error.code === 'projects.incomplete'
        ? t('publishGaps', { count: error.details.length })
        : error.message,
    );
  };

  const values = async () => fromFormValues(await form.validateFields());

  const save = useMutation({
    mutationFn: async () => updateProject(project.id, await values()),
    onSuccess: (next) => {
      message.success(t('saved'));
      settle(next);
    },
    onError: reportFieldErrors,
  });

  const publish = useMutation({
    mutationFn: async () => {
      const fields = await values();
      if (Object.keys(changedFields(project, fields)).length > 0) await updateProject(project.id, fields);
      return publishProject(project.id);
    },
    onSuccess: (next) => {
      message.success(t('published'));
      settle(next);
    },
    onError: reportFieldErrors,
  });

  const adjust = useMutation({
    mutationFn: async (reason: string) =>
      adjustProject(project.id, reason, changedFields(project, await values())),
    onSuccess: (next) => {
      message.success(t('adjusted', { version: next.version }));
      setAskingAdjustReason(false);
      settle(next);
    },
    onError: (error) => {
      setAskingAdjustReason(false);
      reportFieldErrors(error);
    },
  });

  const withdraw = useMutation({
    mutationFn: (reason: string) => withdrawProject(project.id, reason),
    onSuccess: (next) => {
      message.success(t('withdrawn'));
      setWithdrawing(false);
      settle(next);
    },
    onError: reportError,
  });

  const run = (mutate: () => Promise<unknown>) => mutate().catch(() => undefined);

  const actions = canManage && project.status !== 'withdrawn' && (
    <Space wrap>
      {isDraft && (
        <Button
          loading={save.isPending}
          onClick={() => run(() => save.mutateAsync())}
          data-testid="project-save"
        >
          {t('save')}
        </Button>
      )}
      {isDraft && (
        <Popconfirm title={t('publishConfirm')} onConfirm={() => run(() => publish.mutateAsync())}>
          <Button type="primary" loading={publish.isPending} data-testid="project-publish">
            {t('publish')}
          </Button>
        </Popconfirm>
      )}
      {isLive && !adjusting && (
        <Button type="primary" onClick={() => setAdjusting(true)} data-testid="project-adjust">
          {t('adjust')}
        </Button>
      )}
      {isLive && adjusting && (
        <>
          <Button
            type="primary"
            onClick={() =>
              form
                .validateFields()
                .then(() => setAskingAdjustReason(true))
                .catch(() => undefined)
            }
            data-testid="project-adjust-submit"
          >
            {t('adjustOk')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setAdjusting(false);
            }}
          >
            {t('cancel')}
          </Button>
        </>
      )}
      <Button danger onClick={() => setWithdrawing(true)} data-testid="project-withdraw">
        {t('withdraw')}
      </Button>
    </Space>
  );

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                {actions || <span />}
                {isLive && (
                  <LinkButton type="link" to={`/projects/${project.id}`} data-testid="project-public-link">
                    {t('publicPage')}
                  </LinkButton>
                )}
              </Space>
            </Card>
            {isDraft && canManage && (
              <Alert
                type={gaps.length > 0 ? 'warning' : 'success'}
                showIcon
                title={gaps.length > 0 ? t('gapsTitle') : t('ready')}
                description={
                  gaps.length > 0 && (
                    <Space wrap size={4}>
                      {gaps.map((gap) => (
                        <Tag key={gap} color="orange" data-testid={`project-gap-${gap}`}>
                          {t(GAP_LABEL_KEYS[gap])}
                        </Tag>
                      ))}
                    </Space>
                  )
                }
                data-testid="project-gaps"
              />
            )}
            {!isDraft && canManage && project.status !== 'withdrawn' && !adjusting && (
              <Alert type="info" showIcon title={t('draftOnly')} />
            )}
            {adjusting && <Alert type="warning" showIcon title={t('adjustHint')} />}
            {project.status === 'withdrawn' && <Alert type="info" showIcon title={t('withdrawnNote')} />}
            <ProjectForm
              form={form}
              initialValues={toFormValues(project)}
              editable={editable}
              root={root}
              publishRequired={isDraft || adjusting}
            />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('history')}>
              <VersionTimeline versions={detail.versions} />
            </Card>
            <Card title={t('demandLines')}>
              <LinkedDemandLines lines={detail.demandLines} />
            </Card>
          </Space>
        </Col>
      </Row>
      <ReasonModal
        open={askingAdjustReason}
        title={t('adjustTitle')}
        description={t('adjustHint')}
        okText={t('adjustOk')}
        pending={adjust.isPending}
        onSubmit={(reason) => adjust.mutate(reason ?? '')}
        onClose={() => setAskingAdjustReason(false)}
        data-testid="adjust-project-modal"
      />
      <ReasonModal
        open={withdrawing}
        title={t('withdrawTitle')}
        description={t('withdrawDescription', { title: project.title })}
        okText={t('withdraw')}
        danger
        pending={withdraw.isPending}
        onSubmit={(reason) => withdraw.mutate(reason ?? '')}
        onClose={() => setWithdrawing(false)}
        data-testid="withdraw-project-modal"
      />
    </>
  );
}
