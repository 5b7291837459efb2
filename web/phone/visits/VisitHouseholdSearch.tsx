import { Button, List, SearchBar, SpinLoading, Tag } from 'antd-mobile';
import { useState } from 'react';
import { HOUSEHOLD_LABEL_LABELS } from '#contracts/labels.js';
import type { VisitableDto } from '#contracts/pairing.js';
import { useVisitableHouseholds } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

/** The server answers at most this many households. */
const MAX_HITS = 20;

type Props = { onPick: (household: VisitableDto) => void; onCancel?: () => void };

/** 走访其他住户: find a household in the member's communities by door number, building, stairwell or compound. */
export function VisitHouseholdSearch({ onPick, onCancel }: Props) {
  const { t, label } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const hits = useVisitableHouseholds(q);
  const rows = q ? (hits.data ?? []) : [];

  return (
    <List
      mode="card"
      header={
        <div className="visit-search-head">
          <span>{t('pairing.visit.search.title')}</span>
          {onCancel && (
            <Button size="mini" fill="none" color="primary" onClick={onCancel} data-testid="visit-search-cancel">
              {t('common.cancel')}
            </Button>
          )}
        </div>
      }
      data-testid="visit-search"
    >
      <List.Item>
        <SearchBar
          data-testid="visit-search-input"
          placeholder={t('pairing.visit.search.placeholder')}
          value={typed}
          onChange={setTyped}
          onClear={() => setTyped('')}
        />
      </List.Item>
      {!q ? (
        <List.Item className="phone-muted">{t('pairing.visit.search.hint')}</List.Item>
      ) : hits.isError ? (
        <List.Item className="phone-danger">{t('common.loadFailed')}</List.Item>
      ) : hits.isPending ? (
        <List.Item>
          <SpinLoading style={{ '--size': '20px' }} />
        </List.Item>
      ) : rows.length === 0 ? (
        <List.Item className="phone-muted" data-testid="visit-search-none">
          {t('pairing.visit.search.none')}
        </List.Item>
      ) : (
        <>
          {rows.map((h) => (
            <List.Item
              key={h.id}
              onClick={() => onPick(h)}
              data-testid={`visit-search-result-${h.id}`}
              description={
                <div className="visit-dues">
                  <Tag fill="outline">{label(HOUSEHOLD_LABEL_LABELS[h.label])}</Tag>
                  {h.paired && (
                    <Tag color="success" fill="outline">
                      {t('pairing.visit.search.mine')}
                    </Tag>
                  )}
                </div>
              }
            >
              <div className="visit-address">{h.address}</div>
            </List.Item>
          ))}
          {rows.length >= MAX_HITS && <List.Item className="phone-muted">{t('pairing.visit.search.capped', { max: MAX_HITS })}</List.Item>}
        </>
      )}
    </List>
  );
}
