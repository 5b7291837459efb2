import { BellOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Table, type TableProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Key, useState } from 'react';
import type { RemindResultDto, UnregisteredMemberDto } from '#contracts/registration.js';
import { useOrganizations } from '../../api/organizations.js';
import { downloadUnregistered, useRemindUnregistered, useUnregistered } from '../../api/registration.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatTime, ZONE } from '../../shared/time.js';
import { PageSpin } from '../layout/PageSpin.js';
import { useApiError } from '../useApiError.js';
import { DownloadButton } from './DownloadButton.js';
import './ledger-print.css';

/** 漏报提醒: the unit secretary reminds the unit's members who have not registered, or prints the list. */
export function UnregisteredPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const showError = useApiError();
  const list = useUnregistered();
  // A secretary sees one unit: their own.
  const unit = useOrganizations({ page: 1, pageSize: 1 }).data?.items[0]?.name ?? '';
  const remind = useRemindUnregistered();
  const [selected, setSelected] = useState<Key[]>([]);
  const [result, setResult] = useState<RemindResultDto | null>(null);

  if (list.isPending) return <PageSpin />;
  if (list.isError)
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>} />;
  const members = list.data;

  const ask = (ids: number[] | undefined) =>
    modal.confirm({
      title: t('ledger.unreg.confirmTitle'),
      content: ids ? t('ledger.unreg.confirmSelected', { count: ids.length }) : t('ledger.unreg.confirmAll', { count: members.length }),
      okText: t('ledger.unreg.send'),
      cancelText: t('common.cancel'),
      onOk: () =>
        remind.mutateAsync(ids).then(
          (done) => {
            setResult(done);
            setSelected([]);
            void message.success(t('ledger.unreg.result', done));
          },
          (error: unknown) => void showError(error),
        ),
    });

  const columns: TableProps<UnregisteredMemberDto>['columns'] = [
    { title: t('ledger.unreg.col.name'), dataIndex: 'name' },
    { title: t('ledger.unreg.col.phone'), key: 'phone', render: (_, m) => m.phone ?? '—' },
    { title: t('ledger.unreg.col.home'), key: 'home', render: (_, m) => m.home ?? '—' },
    {
      title: t('ledger.unreg.col.account'),
      key: 'hasAccount',
      render: (_, m) => (m.hasAccount ? <Tag color="success">{t('ledger.unreg.account.yes')}</Tag> : <Tag>{t('ledger.unreg.account.no')}</Tag>),
    },
    {
      title: t('ledger.unreg.col.lastReminded'),
      key: 'lastRemindedAt',
      render: (_, m) => (m.lastRemindedAt ? formatTime(m.lastRemindedAt) : <Typography.Text type="secondary">{t('ledger.unreg.never')}</Typography.Text>),
    },
  ];

  return (
    <>
      <Flex vertical gap={16} className="no-print">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('ledger.unreg.title')}
          </Typography.Title>
          <Flex gap={8} wrap>
            <Button
              icon={<BellOutlined />}
              disabled={selected.length === 0}
              loading={remind.isPending}
              onClick={() => ask(selected.map(Number))}
              data-testid="remind-selected"
            >
              {t('ledger.unreg.remindSelected', { count: selected.length })}
            </Button>
            <Button
              type="primary"
              icon={<BellOutlined />}
              disabled={members.length === 0}
              loading={remind.isPending}
              onClick={() => ask(undefined)}
              data-testid="remind-all"
            >
              {t('ledger.unreg.remindAll')}
            </Button>
            <DownloadButton download={downloadUnregistered} testId="unregistered-export" />
            <Button icon={<PrinterOutlined />} disabled={members.length === 0} onClick={() => window.print()} data-testid="unregistered-print-button">
              {t('ledger.unreg.print')}
            </Button>
          </Flex>
        </Flex>
        <Alert type="info" showIcon title={t('ledger.unreg.hint')} />
        {result && (
          <Alert type="success" showIcon closable onClose={() => setResult(null)} title={t('ledger.unreg.result', result)} data-testid="remind-result" />
        )}
        <Card size="small">
          {members.length === 0 ? (
            <Result status="success" title={t('ledger.unreg.empty')} data-testid="unregistered-empty" />
          ) : (
            <Table<UnregisteredMemberDto>
              data-testid="unregistered-table"
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={members}
              rowSelection={{ selectedRowKeys: selected, onChange: setSelected }}
              pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
              scroll={{ x: 800 }}
            />
          )}
        </Card>
      </Flex>
      <UnregisteredPrint unit={unit} members={members} />
    </>
  );
}

/** The A4 list the secretary prints: each member signs that they were told. Hidden on screen. */
function UnregisteredPrint({ unit, members }: { unit: string; members: UnregisteredMemberDto[] }) {
  const t = useT();
  return (
    <div className="print-only print-sheet" data-testid="unregistered-print">
      <h1>{t('ledger.unreg.printTitle')}</h1>
      <div className="print-meta">
        <span>{t('ledger.unreg.printUnit', { name: unit })}</span>
        <span>{t('ledger.unreg.printCount', { count: members.length })}</span>
        <span>{t('ledger.unreg.printDate', { date: dayjs().tz(ZONE).format('YYYY-MM-DD') })}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('ledger.unreg.col.no')}</th>
            <th>{t('ledger.unreg.col.name')}</th>
            <th>{t('ledger.unreg.col.phone')}</th>
            <th>{t('ledger.unreg.col.home')}</th>
            <th className="print-signature-col">{t('ledger.unreg.col.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            <tr key={m.id}>
              <td>{i + 1}</td>
              <td>{m.name}</td>
              <td>{m.phone ?? ''}</td>
              <td>{m.home ?? ''}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
