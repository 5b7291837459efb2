import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { HOUSEHOLD_LABELS, type PlaceKind } from '#contracts/labels.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { useGridOverview } from '../../api/grid.js';
import { usePlace } from '../../api/places.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { HouseholdLabelTag } from '../households/HouseholdTags.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { GridRolesCard } from './GridRolesCard.js';
import { BuildingsCard, KeyHouseholdsCard, OpenOrdersCard, PairedMembersCard } from './GridTables.js';

/** Printing keeps the page itself: no menu, header or buttons. */
const PRINT_CSS = '@media print { .ant-layout-sider, .ant-layout-header, .grid-no-print { display: none !important; } }';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** 网格页: a grid (or compound) at a glance — its people with their duties, buildings, key households, paired members and open needs. */
export function GridPage() {
  const { t, lang, kindLabel } = useI18n();
  const { role } = useCurrentSession().account;
  const id = Number(useParams().id);
  const overview = useGridOverview(id);
  const place = usePlace(Number.isInteger(id) && id > 0 ? id : null);
  const [building, setBuilding] = useState<string | undefined>();

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (overview.isPending) return <PageSpin />;
  if (overview.isError) {
    const e = overview.error;
    if (e instanceof ApiError && e.status === 404) return <NotFound />;
    if (e instanceof ApiError && e.status === 400) return <Result status="info" title={t('grid.notGrid')} subTitle={errorText(e, lang, t)} />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void overview.refetch()}>{t('common.retry')}</Button>} />;
  }

  const g = overview.data;
  const kind = g.place.kind as PlaceKind;
  const ancestors = place.data?.ancestors ?? [];
  const communityId = ancestors.find((a) => a.kind === 'community')?.id;
  const trail = ancestors.map((a) => a.name).join(' / ');
  const { households } = g;

  return (
    <Flex vertical gap={16} data-testid="grid-page">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          {can.readPairingCoverage(role) && (
            <Link to="/pairing/coverage" className="grid-no-print">
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('grid.back')} />
            </Link>
          )}
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="grid-title">
            {g.place.name}
          </Typography.Title>
          <Tag>{kindLabel(kind)}</Tag>
          {trail && <Typography.Text type="secondary">{trail}</Typography.Text>}
        </Space>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="grid-no-print" data-testid="grid-print">
          {t('grid.print')}
        </Button>
      </Flex>

      <Card size="small" data-testid="grid-facts">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={12} md={6} xl={4}>
            <Statistic title={t('grid.fact.households')} value={households.total} />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic
              title={t('grid.fact.key')}
              value={households.covered}
              suffix={`/ ${households.key}`}
              styles={{ content: { color: households.covered < households.key ? '#d46b08' : undefined } }}
            />
            <Typography.Text type="secondary" data-testid="grid-key-rate">
              {t('grid.fact.keyRate', { rate: percent(households.covered, households.key) })}
            </Typography.Text>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic title={t('grid.fact.buildings')} value={g.buildings.length} />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic title={t('grid.fact.openOrders')} value={g.openOrders.length} />
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={6}>
              <Typography.Text type="secondary">{t('grid.fact.byLabel')}</Typography.Text>
              <Space size={[4, 4]} wrap data-testid="grid-by-label">
                {HOUSEHOLD_LABELS.filter((l) => (households.byLabel[l] ?? 0) > 0).map((l) => (
                  <span key={l}>
                    <HouseholdLabelTag value={l} />
                    <Typography.Text strong>{households.byLabel[l]}</Typography.Text>
                  </span>
                ))}
                {households.total === 0 && <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
              </Space>
            </Flex>
          </Col>
        </Row>
      </Card>

      <GridRolesCard place={{ id: g.place.id, name: g.place.name, kind }} roles={g.roles} communityId={communityId} canManage={can.manageGridRoles(role)} />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <KeyHouseholdsCard key={building ?? ''} rows={g.keyHouseholds} building={building} onClearBuilding={() => setBuilding(undefined)} />
            <BuildingsCard buildings={g.buildings} selected={building} onSelect={setBuilding} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <PairedMembersCard members={g.pairedMembers} linkMembers={can.readMembers(role)} />
            <OpenOrdersCard orders={g.openOrders} linkOrders={can.readOrders(role)} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
