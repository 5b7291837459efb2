import { ArrowLeftOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { EDUCATION_LABELS, GENDER_LABELS } from '#contracts/labels.js';
import { ApiError } from '../../api/client.js';
import { revealMember, useMember } from '../../api/members.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { RevealValue } from '../shared/RevealValue.js';
import { MemberFormModal } from './MemberFormModal.js';
import { MemberStatusTag, MemberTypeTag, TalentTags } from './MemberTags.js';

/** One member, in both hierarchies: where they work (unit, party branch) and where they live (household, community). */
export function MemberDetailPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const id = Number(useParams().id);
  const member = useMember(id);
  const [editing, setEditing] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (member.isPending) return <PageSpin />;
  if (member.isError) {
    if (member.error instanceof ApiError && member.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void member.refetch()}>{t('common.retry')}</Button>} />;
  }
  const m = member.data;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  return (
    <Flex vertical gap={16} data-testid="member-detail">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Link to="/members">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('members.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {m.name}
          </Typography.Title>
          <MemberTypeTag value={m.memberType} />
          <MemberStatusTag value={m.status} />
        </Space>
        <Space wrap>
          <Link to={`/members/${m.id}/report`}>
            <Button icon={<FileTextOutlined />} data-testid="member-report">
              {t('ledger.report.button')}
            </Button>
          </Link>
          {can.writeMembers(account.role) && (
            <Button type="primary" onClick={() => setEditing(true)} data-testid="member-edit">
              {t('people.edit')}
            </Button>
          )}
        </Space>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('members.work')} size="small" style={{ height: '100%' }} data-testid="member-work">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'organization', label: t('members.field.organization'), children: m.organization?.name ?? none },
                { key: 'partyOrg', label: t('members.field.partyOrg'), children: m.partyOrg?.name ?? none },
                { key: 'memberType', label: t('members.field.memberType'), children: <MemberTypeTag value={m.memberType} /> },
                { key: 'joinedAt', label: t('members.field.joinedAt'), children: m.joinedAt ?? none },
                { key: 'fullAt', label: t('members.field.fullAt'), children: m.fullAt ?? none },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('members.home')} size="small" style={{ height: '100%' }} data-testid="member-home">
            {m.home ? (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'address', label: t('members.home.address'), children: m.home.address },
                  { key: 'community', label: t('members.home.community'), children: m.home.community?.name ?? none },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('members.home.none')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('members.basics')} size="small" style={{ height: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'gender', label: t('people.field.gender'), children: label(GENDER_LABELS[m.gender]) },
                { key: 'birthDate', label: t('people.field.birthDate'), children: m.birthDate },
                { key: 'ethnicity', label: t('members.field.ethnicity'), children: m.ethnicity || none },
                { key: 'education', label: t('members.field.education'), children: m.education ? label(EDUCATION_LABELS[m.education]) : none },
                {
                  key: 'phone',
                  label: t('people.field.phone'),
                  children: <RevealValue masked={m.phone} reveal={() => revealMember(m.id, 'phone')} testId="reveal-phone" />,
                },
                {
                  key: 'idNumber',
                  label: t('people.field.idNumber'),
                  children: <RevealValue masked={m.idNumber} reveal={() => revealMember(m.id, 'idNumber')} testId="reveal-idNumber" />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('members.service')} size="small" style={{ height: '100%' }} data-testid="member-service">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'talents', label: t('members.field.talents'), children: <TalentTags values={m.talents} /> },
                { key: 'intentions', label: t('members.field.intentions'), children: m.intentions || none },
                { key: 'freeTime', label: t('members.field.freeTime'), children: m.freeTime || none },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {editing && <MemberFormModal member={m} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Flex>
  );
}
