import { EMPLOYMENT_RELATIONS } from '@qiancheng/domain/teachers/employment';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { idNumberRule, mobileRule } from '../../app/forms/field-rules';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { OccupationListInput } from '../institutions/occupation-list-input';
import { CertificateFields } from './certificate-fields';
import { InstitutionSelect } from './institution-select';
import { teacherMessages } from './messages';
import {
  changeFromForm,
  formFromTeacher,
  newTeacherFromForm,
  type TeacherFormValues,
  teacherFormField,
} from './teacher-form-values';
import { registerTeacher, TEACHERS_QUERY_ROOT, type Teacher, updateTeacher } from './teachers-api';

interface TeacherFormModalProps {
  open: boolean;
  /** The teacher being edited; absent to register a new one. */
  teacher?: Teacher | null;
  /** Staff choose the employing institution; an institution account registers for itself. */
  chooseInstitution: boolean;
  onClose: () => void;
  onSaved?: (teacher: Teacher) => void;
}

const OK_TEST_ID = { 'data-testid': 'teacher-form-submit' };

/** Registers a teacher (real name, certificates, occupations, employment) or edits one. */
export function TeacherFormModal({
  open,
  teacher,
  chooseInstitution,
  onClose,
  onSaved,
}: TeacherFormModalProps) {
  const t = useT(teacherMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TeacherFormValues>();
  const reportError = useLocatedErrorReporter(form, teacherFormField);
  const uploading = useRef(new Set<number>());
  const editing = Boolean(teacher);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      teacher
        ? formFromTeacher(teacher)
        : { occupations: [], certificates: [{ kind: 'skill_level' }], relation: 'full_time' },
    );
    uploading.current.clear();
  }, [open, teacher, form]);

  const save = useMutation({
    mutationFn: async (values: TeacherFormValues) => {
      if (teacher) return { teacher: await updateTeacher(teacher.id, changeFromForm(values)), linked: false };
      return registerTeacher(newTeacherFromForm(values, chooseInstitution));
    },
    onSuccess: ({ teacher: saved, linked }) => {
      const name = saved.person.name;
      message.success(editing ? t('saved') : linked ? t('linked', { name }) : t('registered', { name }));
      void queryClient.invalidateQueries({ queryKey: TEACHERS_QUERY_ROOT });
      onSaved?.(saved);
      onClose();
    },
    onError: reportError,
  });

  const submit = (values: TeacherFormValues) => {
    if (uploading.current.size > 0) {
      message.warning(t('uploadPending'));
      return;
    }
    save.mutate(values);
  };

  return (
    <Modal
      open={open}
      title={teacher ? t('editTitle', { name: teacher.person.name }) : t('createTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={860}
      forceRender
      data-testid="teacher-form-modal"
    >
      <Form<TeacherFormValues> form={form} layout="vertical" onFinish={submit} disabled={save.isPending}>
        {!editing && (
          <>
            {chooseInstitution && (
              <Form.Item
                name="institutionId"
                label={t('institution')}
                rules={[{ required: true, message: t('institutionRequired') }]}
              >
                <InstitutionSelect data-testid="teacher-institution" />
              </Form.Item>
            )}
            <Typography.Title level={5}>{t('personSection')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('personHint')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item
                  name="personName"
                  label={t('personName')}
                  rules={[{ required: true, whitespace: true, message: t('personNameRequired') }]}
                >
                  <Input maxLength={50} data-testid="teacher-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="idNumber"
                  label={t('idNumber')}
                  validateFirst
                  rules={[{ required: true, message: t('idNumberRequired') }, idNumberRule(locale)]}
                >
                  <Input maxLength={18} autoComplete="off" data-testid="teacher-id-number" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="mobile" label={t('mobile')} rules={[mobileRule(locale)]}>
                  <Input inputMode="tel" maxLength={20} data-testid="teacher-mobile" />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="title" label={t('titleLabel')}>
              <Input maxLength={50} placeholder={t('titlePlaceholder')} data-testid="teacher-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="introduction" label={t('introduction')}>
              <Input.TextArea rows={1} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Divider style={{ marginTop: 0 }} />
        <Typography.Title level={5}>{t('certificatesSection')}</Typography.Title>
        <CertificateFields
          disabled={save.isPending}
          onUploadingChange={(index, busy) => {
            if (busy) uploading.current.add(index);
            else uploading.current.delete(index);
          }}
        />
        <Divider />
        <Form.Item
          name="occupations"
          label={t('occupations')}
          extra={t('occupationsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('occupationsRequired') }]}
        >
          <OccupationListInput data-testid="teacher-occupations" />
        </Form.Item>
        {!editing && (
          <>
            <Divider />
            <Typography.Title level={5}>{t('employmentSection')}</Typography.Title>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="relation" label={t('relation')} rules={[{ required: true }]}>
                  <Radio.Group
                    options={EMPLOYMENT_RELATIONS.map((r) => ({ value: r.code, label: r.name[locale] }))}
                    data-testid="teacher-relation"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="since"
                  label={t('since')}
                  rules={[{ required: true, message: t('sinceRequired') }]}
                >
                  <DatePicker style={{ width: '100%' }} data-testid="teacher-since" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="until" label={t('until')}>
                  <DatePicker style={{ width: '100%' }} data-testid="teacher-until" />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
    </Modal>
  );
}
