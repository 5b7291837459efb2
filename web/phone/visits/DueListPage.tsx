import { SearchOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, List, NavBar, PullToRefresh, SpinLoading, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { CARE_CATEGORY_LABELS } from '#contracts/labels.js';
import type { DueDto } from '#contracts/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isOverdue } from './dueOrder.js';
import { useMyHouseholds } from './useMyHouseholds.js';
import './visits.css';

/** 我的联系户: the member's paired households, overdue visits first in red; each opens 记录走访, as does 走访其他住户. */
export function DueListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const due = useMyHouseholds();
  const { rows } = due;

  return (
    <div data-testid="visits-page">
      <NavBar onBack={() => navigate('/m')}>{t('pairing.phone.list.title')}</NavBar>
      <List mode="card">
        <List.Item prefix={<SearchOutlined />} description={t('pairing.phone.otherHint')} onClick={() => navigate('/m/visits/new')} data-testid="visits-other">
          {t('pairing.phone.other')}
        </List.Item>
      </List>
      {due.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : due.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void due.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : rows.length === 0 ? (
        <ErrorBlock status="empty" title={t('pairing.phone.empty')} description={t('pairing.phone.emptyHint')} data-testid="visits-empty" />
      ) : (
        <PullToRefresh onRefresh={due.refetch}>
          <List mode="card" data-testid="visits-list">
            {rows.map((row) => (
              <DueItem key={row.household.id} row={row} onOpen={() => navigate(`/m/visits/new?householdId=${row.household.id}`)} />
            ))}
          </List>
        </PullToRefresh>
      )}
    </div>
  );
}

function DueItem({ row, onOpen }: { row: DueDto; onOpen: () => void }) {
  const { t, lang, label } = useI18n();
  return (
    <List.Item
      className={isOverdue(row) ? 'visit-overdue' : undefined}
      onClick={onOpen}
      data-testid={`visit-household-${row.household.id}`}
      description={
        <div className="visit-meta">
          {row.lastVisit && <div>{t('pairing.phone.lastVisit', { date: row.lastVisit })}</div>}
          <div className="visit-dues">
            {row.dues.length === 0 ? (
              <span data-testid={`visit-nodue-${row.household.id}`}>{t('pairing.phone.nothingDue')}</span>
            ) : (
              row.dues.map((due) => (
                <Tag
                  key={`${due.kind}-${due.dueBy}`}
                  color={due.overdue ? 'danger' : 'default'}
                  fill="outline"
                  data-testid={`visit-due-${row.household.id}-${due.kind}`}
                >
                  {due.label[lang]} · {t(due.overdue ? 'pairing.phone.overdueSince' : 'pairing.phone.dueBy', { date: due.dueBy })}
                </Tag>
              ))
            )}
          </div>
        </div>
      }
    >
      <div className="visit-address">{row.household.address}</div>
      {row.household.care.length > 0 && (
        <div className="visit-dues">
          {row.household.care.map((c) => (
            <Tag key={c} color="warning">
              {label(CARE_CATEGORY_LABELS[c])}
            </Tag>
          ))}
        </div>
      )}
    </List.Item>
  );
}
