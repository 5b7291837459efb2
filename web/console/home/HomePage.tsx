import { Button, Card, Col, Empty, Flex, Result, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PLACE_KINDS } from '#contracts/labels.js';
import { usePlace } from '../../api/places.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { THEME } from '../theme.js';
import { PageSpin } from '../layout/PageSpin.js';
import { CountsChart } from './CountsChart.js';

/** 首页: how many places of each level lie below the caller's own. */
export function HomePage() {
  const { t, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const place = usePlace(account.place.id);

  const counts = useMemo(() => {
    const below = PLACE_KINDS.slice(PLACE_KINDS.indexOf(account.place.kind) + 1);
    const found = place.data?.descendantCounts ?? {};
    return below.map((kind) => ({ kind, label: kindLabel(kind), value: found[kind] ?? 0 }));
  }, [account.place.kind, place.data, kindLabel]);

  if (place.isPending) return <PageSpin />;
  if (place.isError) return <Result status="warning" title={t('common.loadFailed')} />;
  const empty = counts.every((c) => c.value === 0);

  return (
    <Flex vertical gap={16} data-testid="home">
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('home.greeting', { name: account.displayName })} · {t('home.scope', { place: `${kindLabel(account.place.kind)} ${account.place.name}` })}
        </Typography.Text>
      </div>
      {empty ? (
        <Card>
          <Empty description={t('home.empty')}>
            <Link to="/places">
              <Button type="primary">{t('home.toPlaces')}</Button>
            </Link>
          </Empty>
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {counts.map((c) => (
              <Col key={c.kind} xs={12} sm={8} lg={4}>
                <Card data-testid={`count-${c.kind}`}>
                  <Statistic title={c.label} value={c.value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={t('home.chart')}>
            <CountsChart bars={counts} color={THEME.token.colorPrimary} />
          </Card>
        </>
      )}
    </Flex>
  );
}
