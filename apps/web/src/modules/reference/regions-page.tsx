import { isRegionCodeFormat } from '@qiancheng/domain';
import { Card, Col, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';
import { RegionDetail } from './region-detail';
import { RegionTree } from './region-tree';

export function RegionsPage() {
  const t = useT(referenceMessages);
  // The chosen region lives in the URL so a region's page can be linked and bookmarked.
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = searchParams.get('code');
  const [lookupError, setLookupError] = useState<string | null>(null);

  const select = (code: string) => setSearchParams({ code });
  const lookUp = (raw: string) => {
    const code = raw.trim();
    if (!isRegionCodeFormat(code)) {
      setLookupError(t('regionCodeInvalid'));
      return;
    }
    setLookupError(null);
    select(code);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('regions')}>
          <Typography.Paragraph type="secondary">{t('regionsIntro')}</Typography.Paragraph>
          <RegionTree selected={selected} onSelect={select} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('regionDetail')}>
          <Form.Item validateStatus={lookupError ? 'error' : undefined} help={lookupError}>
            <Input.Search
              placeholder={t('regionLookupPlaceholder')}
              enterButton={t('regionLookup')}
              maxLength={6}
              inputMode="numeric"
              onSearch={lookUp}
              data-testid="region-lookup"
            />
          </Form.Item>
          <RegionDetail code={selected} onSelect={select} />
        </Card>
      </Col>
    </Row>
  );
}
