import { Alert, Card, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useSuggestions } from '../../api/pairing.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { PairingsCard } from './PairingsCard.js';
import { SuggestionTable } from './SuggestionTable.js';

/** 结对建议: per community, who should look after which key household; accept, then follow the pairings. */
export function SuggestionsPage() {
  const t = useT();
  const { place, role } = useCurrentSession().account;
  const fixed = place.kind === 'community';
  const [picked, setPicked] = useState<number | undefined>();
  const placeId = fixed ? place.id : picked;
  const suggestions = useSuggestions(placeId);
  const [result, setResult] = useState<{ created: number; skipped: number } | null>(null);
  const data = suggestions.data;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pairing.suggest.title')}
        </Typography.Title>
        {!fixed && (
          <PlacePicker
            style={{ width: 280 }}
            placeholder={t('pairing.community.pick')}
            accept={(hit) => hit.kind === 'community'}
            value={picked}
            onChange={(id) => {
              setPicked(id);
              setResult(null);
            }}
          />
        )}
      </Flex>
      {placeId === undefined ? (
        <Card>
          <Empty description={t('pairing.community.first')} data-testid="suggest-pick-first" />
        </Card>
      ) : (
        <>
          {result && (
            <Alert
              type="success"
              showIcon
              closable={{ onClose: () => setResult(null) }}
              data-testid="suggest-result"
              title={t('pairing.suggest.result', { created: result.created, skipped: result.skipped })}
            />
          )}
          <Card
            size="small"
            title={t('pairing.suggest.table')}
            extra={data && <Typography.Text type="secondary">{t('pairing.suggest.facts', { cap: data.cap, members: data.members })}</Typography.Text>}
          >
            {suggestions.isError ? (
              <Empty description={t('common.loadFailed')} />
            ) : (
              <SuggestionTable pairs={data?.pairs ?? []} loading={suggestions.isFetching} onAccepted={setResult} />
            )}
          </Card>
          {data && data.uncovered.length > 0 && (
            <Card size="small" title={t('pairing.uncovered.title', { count: data.uncovered.length })}>
              <Typography.Paragraph type="secondary">{t('pairing.uncovered.hint')}</Typography.Paragraph>
              <List
                data-testid="suggest-uncovered"
                size="small"
                dataSource={data.uncovered}
                pagination={data.uncovered.length > 10 ? { pageSize: 10, size: 'small' } : false}
                renderItem={(h) => <List.Item key={h.id}>{h.address}</List.Item>}
              />
            </Card>
          )}
          <PairingsCard placeId={placeId} canManage={can.managePairings(role)} />
        </>
      )}
    </Flex>
  );
}
