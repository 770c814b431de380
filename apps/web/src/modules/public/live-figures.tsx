import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Statistic } from 'antd';
import { commonMessages } from '../../app/components/messages';
import { useT } from '../../app/i18n/locale-context';
import { homeMessages } from './messages';
import { publicOverviewQuery } from './public-api';

const FIGURES = ['regions', 'occupations', 'users', 'workers'] as const;

/** The deployment's live counts; more figures join as the action's modules come online. */
export function LiveFigures() {
  const t = useT(homeMessages);
  const tc = useT(commonMessages);
  const overview = useQuery(publicOverviewQuery);

  if (overview.isError) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('figuresFailed')}
        description={overview.error.message}
        action={
          <Button size="small" onClick={() => overview.refetch()}>
            {tc('retry')}
          </Button>
        }
      />
    );
  }
  return (
    <Row gutter={[16, 16]}>
      {FIGURES.map((figure) => (
        <Col key={figure} xs={12} md={6}>
          <Card>
            <Statistic
              title={t(figure)}
              value={overview.data?.figures[figure] ?? 0}
              loading={overview.isPending}
              data-testid={`figure-${figure}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
