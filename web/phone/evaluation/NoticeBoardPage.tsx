import { Button, CapsuleTabs, ErrorBlock, List, NavBar, NoticeBar, SpinLoading, Tabs, Tag, TextArea, Toast } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { type Notice, useNotice, useNoticeComment } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Translate } from '../../i18n/translate.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import { chosenQuarter, noticePlaces, plainAmount, quarterChoices, shownCount } from './evaluationLogic.js';
import './evaluation.css';

/** 公示 of a community or compound: `/m/notice/:placeId` (a QR code on the board), or `/m/notice` for the reader's own. */
export function NoticeBoardPage() {
  const { t } = useI18n();
  const back = useBack('/m');
  const placeId = Number(useParams().placeId);
  return (
    <div data-testid="board-page">
      <NavBar onBack={back}>{t('evalPhone.board.title')}</NavBar>
      {Number.isInteger(placeId) && placeId > 0 ? <Board placeId={placeId} /> : <OwnBoard />}
    </div>
  );
}

/** The reader's own board: their community, and the compound they live in as a second tab. */
function OwnBoard() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const community = account.community;
  const places = noticePlaces(account.place, community);
  const first = places[0];
  if (!first)
    return (
      <ErrorBlock
        status="empty"
        title={t('evalPhone.board.noPlace')}
        description={t('evalPhone.board.noPlaceHint')}
        data-testid="board-no-place"
        className="ev-empty"
      />
    );
  const chosen = places.find((p) => String(p.id) === params.get('place')) ?? first;
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('place', id);
        return next;
      },
      { replace: true },
    );
  return (
    <Board
      placeId={chosen.id}
      switcher={
        places.length > 1 && (
          <Tabs activeKey={String(chosen.id)} onChange={choose} data-testid="board-places">
            {places.map((p) => (
              <Tabs.Tab key={String(p.id)} title={p.name} />
            ))}
          </Tabs>
        )
      }
    />
  );
}

function Board({ placeId, switcher }: { placeId: number; switcher?: ReactNode }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const [current, previous] = quarterChoices(now);
  const period = chosenQuarter(params.get('period'), now);
  const board = useNotice(placeId, period);
  const choose = (next: string) =>
    setParams(
      (old) => {
        const kept = new URLSearchParams(old);
        if (next === current) kept.delete('period');
        else kept.set('period', next);
        return kept;
      },
      { replace: true },
    );

  return (
    <>
      {switcher}
      <CapsuleTabs activeKey={period} onChange={choose} className="ev-switch" data-testid="board-quarters">
        <CapsuleTabs.Tab key={current} title={t('evalPhone.quarter.this')} />
        <CapsuleTabs.Tab key={previous} title={t('evalPhone.quarter.last')} />
      </CapsuleTabs>
      {board.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : board.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(board.error, lang, t)}>
          <Button color="primary" onClick={() => void board.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <BoardView board={board.data} placeId={placeId} />
      )}
    </>
  );
}

const periodName = (period: string, t: Translate) => t('evalPhone.quarter.name', { year: period.slice(0, 4), quarter: period.slice(6) });

const isPlaceKind = (kind: string): kind is PlaceKind => (PLACE_KINDS as readonly string[]).includes(kind);

function BoardView({ board: b, placeId }: { board: Notice; placeId: number }) {
  const { t, kindLabel } = useI18n();
  return (
    <div data-testid="board">
      <div className="ev-board-head">
        <div className="ev-board-place" data-testid="board-place" data-place-id={b.place.id}>
          {b.place.name}
        </div>
        <div className="ev-board-period" data-testid="board-period">
          {isPlaceKind(b.place.kind) && `${kindLabel(b.place.kind)} · `}
          {periodName(b.period, t)}
        </div>
        <div className="ev-board-period">{t('evalPhone.board.period', { from: b.from, to: b.to })}</div>
        <div className="ev-totals">
          <div>
            <b data-testid="board-total-services">{b.totals.services}</b>
            <span>{t('evalPhone.board.services')}</span>
          </div>
          <div>
            <b data-testid="board-total-hours">{plainAmount(b.totals.hours)}</b>
            <span>{t('evalPhone.board.hours')}</span>
          </div>
          <div>
            <b data-testid="board-total-points">{b.totals.points}</b>
            <span>{t('evalPhone.board.points')}</span>
          </div>
        </div>
      </div>
      <Members board={b} />
      <Units board={b} />
      <Comments board={b} placeId={placeId} />
    </div>
  );
}

function More({ left, onMore, testId }: { left: number; onMore: () => void; testId: string }) {
  const { t } = useI18n();
  if (left <= 0) return null;
  return (
    <List.Item onClick={onMore} arrowIcon={false} data-testid={testId}>
      <span className="phone-muted">{t('evalPhone.board.more', { count: left })}</span>
    </List.Item>
  );
}

function Members({ board: b }: { board: Notice }) {
  const { t } = useI18n();
  const [pressed, setPressed] = useState(0);
  const shown = shownCount(b.members.length, pressed);
  return (
    <>
      <List mode="card" header={t('evalPhone.board.members')} data-testid="board-members">
        {b.members.length === 0 && <List.Item>{t('evalPhone.board.noMembers')}</List.Item>}
        {b.members.slice(0, shown).map((m, i) => (
          <List.Item
            // biome-ignore lint/suspicious/noArrayIndexKey: masked names repeat, and the server's order is stable
            key={i}
            data-testid={`board-member-${i}`}
            description={[m.unit, t('evalPhone.board.line', { services: m.services, hours: plainAmount(m.hours) })].filter(Boolean).join(' · ')}
            extra={<span className="ev-points">{t('evalPhone.board.pointsValue', { points: m.points })}</span>}
          >
            {m.name}
          </List.Item>
        ))}
        <More left={b.members.length - shown} onMore={() => setPressed((n) => n + 1)} testId="board-members-more" />
      </List>
      <div className="ev-note">
        {b.unnamed > 0 && <div data-testid="board-unnamed">{t('evalPhone.board.unnamed', { count: b.unnamed })}</div>}
        <div>{t('evalPhone.board.namesNote')}</div>
      </div>
    </>
  );
}

function Units({ board: b }: { board: Notice }) {
  const { t } = useI18n();
  const [pressed, setPressed] = useState(0);
  const shown = shownCount(b.units.length, pressed);
  return (
    <List mode="card" header={t('evalPhone.board.units')} data-testid="board-units">
      {b.units.length === 0 && <List.Item>{t('evalPhone.board.noUnits')}</List.Item>}
      {b.units.slice(0, shown).map((u) => (
        <List.Item key={u.name} extra={t('evalPhone.board.line', { services: u.services, hours: plainAmount(u.hours) })}>
          {u.name}
        </List.Item>
      ))}
      <More left={b.units.length - shown} onMore={() => setPressed((n) => n + 1)} testId="board-units-more" />
    </List>
  );
}

function Comments({ board: b, placeId }: { board: Notice; placeId: number }) {
  const { t, lang } = useI18n();
  const [pressed, setPressed] = useState(0);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const post = useNoticeComment(placeId);
  // Newest first, so a remark just posted is in view.
  const comments = [...b.comments].reverse();
  const shown = shownCount(comments.length, pressed);

  const send = () => {
    setFailure(null);
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setFailure(t('evalPhone.board.commentTooShort'));
      return;
    }
    post.mutate(
      { period: b.period, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          Toast.show({ icon: 'success', content: t('evalPhone.board.sent') });
        },
        onError: (error) => setFailure(errorText(error, lang, t)),
      },
    );
  };

  return (
    <List mode="card" header={t('evalPhone.board.comments')} data-testid="board-comments">
      {comments.length === 0 && <List.Item>{t('evalPhone.board.noComments')}</List.Item>}
      {comments.slice(0, shown).map((c) => (
        <List.Item
          key={c.id}
          data-testid={`board-comment-${c.id}`}
          description={
            <span className="phone-time">
              {c.author} · {formatTime(c.at)}
            </span>
          }
        >
          <span className="ev-comment-text">{c.text}</span>
          {c.hidden && (
            <Tag color="default" style={{ marginLeft: 6 }}>
              {t('evalPhone.board.hidden')}
            </Tag>
          )}
        </List.Item>
      ))}
      <More left={comments.length - shown} onMore={() => setPressed((n) => n + 1)} testId="board-comments-more" />
      <div className="ev-comment-box">
        <TextArea
          value={text}
          onChange={setText}
          placeholder={t('evalPhone.board.commentPlaceholder')}
          maxLength={300}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          aria-label={t('evalPhone.board.comments')}
          data-testid="board-comment-input"
        />
        {failure && <NoticeBar color="error" wrap content={failure} data-testid="board-comment-error" />}
        <Button block color="primary" className="phone-section" loading={post.isPending} onClick={send} data-testid="board-comment-send">
          {t('evalPhone.board.send')}
        </Button>
      </div>
    </List>
  );
}
