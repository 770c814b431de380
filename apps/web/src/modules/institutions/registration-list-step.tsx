import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { QualificationFields } from './qualification-fields';
import { registrationMessages } from './registration-messages';
import { SiteFields } from './site-fields';

/** The server's limits on the lists of one registration. */
const LIMITS = { qualifications: 20, sites: 50 } as const;

const TEXT = {
  qualifications: {
    hint: 'qualificationsHint',
    title: 'qualificationTitle',
    add: 'addQualification',
    required: 'qualificationsRequired',
    testId: 'qualification',
  },
  sites: { hint: 'sitesHint', title: 'siteTitle', add: 'addSite', required: 'sitesRequired', testId: 'site' },
} as const;

/** The registration's qualifications or sites: one card per entry, at least one, added as needed. */
export function RegistrationListStep({
  kind,
  root,
}: {
  kind: 'qualifications' | 'sites';
  root: { code: string; name: string } | null;
}) {
  const t = useT(registrationMessages);
  const text = TEXT[kind];
  return (
    <>
      <Alert type="info" showIcon title={t(text.hint)} style={{ marginBottom: 16 }} />
      <Form.List
        name={kind}
        rules={[
          {
            validator: async (_rule, items: unknown[] | undefined) => {
              if (!items || items.length === 0) throw new Error(t(text.required));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={16}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t(text.title, { index: index + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="link"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      data-testid={`${text.testId}-${index}-remove`}
                    >
                      {t('remove')}
                    </Button>
                  )
                }
              >
                {kind === 'qualifications' ? (
                  <QualificationFields
                    name={[field.name]}
                    path={[kind, field.name]}
                    testIdPrefix={`${text.testId}-${index}`}
                  />
                ) : (
                  <SiteFields name={[field.name]} root={root} testIdPrefix={`${text.testId}-${index}`} />
                )}
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < LIMITS[kind] && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({})}
                data-testid={`${text.testId}-add`}
              >
                {t(text.add)}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </>
  );
}
