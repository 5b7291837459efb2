import { Button, Dialog, ErrorBlock, Form, Input, NavBar, NoticeBar, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useProposeTopic } from '../../api/deliberation.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useBack } from '../orders/phoneBack.js';
import { topicPlaces } from './topicLogic.js';
import './deliberation.css';

type Values = { place: number[]; title: string; description?: string };

/** 提议题: what the resident or member wants the community to talk over; for the community, or their own compound. */
export function TopicNewPage() {
  const { t, lang, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const back = useBack('/m/topics');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const propose = useProposeTopic();
  const [failure, setFailure] = useState<string | null>(null);
  const places = topicPlaces(account.place, account.community);
  const first = places[0];

  const finish = async (v: Values) => {
    setFailure(null);
    const placeId = v.place[0] ?? first?.id;
    if (!placeId) return;
    const title = v.title.trim();
    const ok = await Dialog.confirm({
      content: t('delib.topic.confirm', { place: places.find((p) => p.id === placeId)?.name ?? '', title }),
      confirmText: t('delib.topic.submit'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    propose.mutate(
      { placeId, title, description: v.description?.trim() ?? '' },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: t('delib.topic.sent') });
          navigate('/m/topics', { replace: true });
        },
        onError: (error) => setFailure(errorText(error, lang, t)),
      },
    );
  };

  return (
    <div data-testid="topic-new-page">
      <NavBar onBack={back}>{t('delib.topic.new')}</NavBar>
      {!first ? (
        <ErrorBlock status="empty" title={t('delib.topic.noCommunity')} description={t('delib.topic.noCommunityHint')} data-testid="topic-no-community" />
      ) : (
        <>
          <div className="phone-hint">{t('delib.topic.newHint')}</div>
          {failure && <NoticeBar data-testid="topic-error" color="error" wrap content={failure} />}
          <Form
            form={form}
            layout="vertical"
            mode="card"
            requiredMarkStyle="none"
            initialValues={{ place: [first.id] }}
            onFinish={(v) => void finish(v)}
            footer={
              <Button block type="submit" color="primary" size="large" loading={propose.isPending} data-testid="topic-submit">
                {t('delib.topic.submit')}
              </Button>
            }
          >
            <Form.Item name="place" label={t('delib.topic.place')} rules={[{ required: true, message: t('delib.topic.placeRequired') }]}>
              <Selector data-testid="topic-place" columns={1} options={places.map((p) => ({ value: p.id, label: p.name, description: kindLabel(p.kind) }))} />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('delib.topic.title')}
              rules={[
                { required: true, whitespace: true, message: t('delib.topic.titleRequired') },
                { max: 60, message: t('delib.topic.titleTooLong') },
              ]}
            >
              <Input data-testid="topic-title" placeholder={t('delib.topic.titlePlaceholder')} maxLength={60} clearable />
            </Form.Item>
            <Form.Item name="description" label={t('delib.topic.description')}>
              <TextArea
                data-testid="topic-description"
                placeholder={t('delib.topic.descriptionPlaceholder')}
                maxLength={1000}
                showCount
                autoSize={{ minRows: 4, maxRows: 10 }}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </div>
  );
}
