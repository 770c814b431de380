import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { institutionMessages } from './messages';

interface SiteFieldsProps {
  /** The fields' names relative to where they are rendered (inside a Form.List: the item's index). */
  name: (string | number)[];
  root: { code: string; name: string } | null;
  testIdPrefix: string;
}

/** One training site: where it is, how many it takes, what it is equipped with. */
export function SiteFields({ name, root, testIdPrefix }: SiteFieldsProps) {
  const t = useT(institutionMessages);
  const testId = (field: string) => `${testIdPrefix}-${field}`;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'name']}
          label={t('siteName')}
          rules={[{ required: true, whitespace: true, message: t('siteNameRequired') }]}
        >
          <Input maxLength={100} data-testid={testId('name')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'regionCode']}
          label={t('siteRegion')}
          rules={[{ required: true, message: t('siteRegionRequired') }]}
        >
          <RegionCascader root={root} data-testid={testId('region')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'address']}
          label={t('siteAddress')}
          rules={[{ required: true, whitespace: true, message: t('siteAddressRequired') }]}
        >
          <Input maxLength={200} data-testid={testId('address')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'capacity']}
          label={t('capacity')}
          rules={[{ required: true, message: t('capacityRequired') }]}
        >
          <InputNumber
            min={1}
            max={10000}
            precision={0}
            style={{ width: '100%' }}
            data-testid={testId('capacity')}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name={[...name, 'equipment']}
          label={t('equipment')}
          rules={[{ required: true, whitespace: true, message: t('equipmentRequired') }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={2000}
            showCount
            placeholder={t('equipmentPlaceholder')}
            data-testid={testId('equipment')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'latitude']} label={t('latitude')} extra={t('coordinatesHint')}>
          <InputNumber min={3} max={54} precision={6} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'longitude']} label={t('longitude')}>
          <InputNumber min={73} max={136} precision={6} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
