import { CheckCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, NavBar, NoticeBar, SpinLoading } from 'antd-mobile';
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../api/errorText.js';
import { type RedeemCode, useLatestRedemption, useMyPoints, useOpenCode } from '../../api/points.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { countdownText, linesText, secondsLeft, shopLink } from './pointsLogic.js';
import { useNow } from './useNow.js';
import './points.css';

/** How often the shown code asks whether the balance dropped (a merchant took it). */
const POLL_MS = 3_000;
/** A redemption sent in the code's last second may land just after it: keep asking a little longer. */
const GRACE_MS = 15_000;

/** 兑换码: a member's one-time code for a merchant, opened on arrival. */
export function CodePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { role } = useCurrentSession().account;
  if (role !== 'member') {
    return (
      <div data-testid="code-page">
        <NavBar onBack={() => navigate('/m')}>{t('myPoints.code.title')}</NavBar>
        <ErrorBlock status="empty" title={t('myPoints.membersOnly')} description={t('myPoints.membersOnlyHint')} />
      </div>
    );
  }
  return <MemberCode />;
}

type Opened = RedeemCode & { openedAt: number };
type Taken = { points: number; balance: number };

/**
 * The QR code (a link to the merchant's 兑换 page with the token) and the six digits, a countdown to
 * expiry, 刷新 for a new code and the balance. While shown it polls the balance: when it drops, the
 * merchant has redeemed, and the page says how much was taken and stops.
 */
function MemberCode() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const open = useOpenCode();
  const [code, setCode] = useState<Opened | null>(null);
  const [taken, setTaken] = useState<Taken | null>(null);
  /** The balance the code opened with; raised if points are earned meanwhile. */
  const baseline = useRef(0);
  const watchUntil = code && !taken ? Date.parse(code.expiresAt) + GRACE_MS : null;
  const now = useNow(250, watchUntil);
  const left = secondsLeft(code?.expiresAt, now);
  const expired = code !== null && left === 0;
  const watching = watchUntil !== null && now < watchUntil;
  const me = useMyPoints(watching ? POLL_MS : false);
  const latest = useLatestRedemption(taken !== null);
  const qr = useQrImage(code ? shopLink(window.location.origin, code.token) : undefined);

  const refresh = () => {
    open.mutate(undefined, {
      onSuccess: (opened) => {
        baseline.current = opened.balance;
        setTaken(null);
        setCode({ ...opened, openedAt: Date.now() });
      },
    });
  };

  // Open a code on arrival, once (StrictMode runs effects twice in development).
  const started = useRef(false);
  const latestRefresh = useRef(refresh);
  latestRefresh.current = refresh;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    latestRefresh.current();
  }, []);

  // Only answers asked after the code opened count: the cache may hold an older balance.
  const balance = me.data && code && me.dataUpdatedAt >= code.openedAt ? me.data.balance : undefined;
  useEffect(() => {
    if (balance === undefined || taken !== null) return;
    if (balance < baseline.current) setTaken({ points: baseline.current - balance, balance });
    else baseline.current = balance;
  }, [balance, taken]);

  const redemption = latest.data && latest.data.status === 'done' && code && Date.parse(latest.data.at) > code.openedAt - 5 * 60_000 ? latest.data : null;

  return (
    <div data-testid="code-page">
      <NavBar onBack={() => navigate('/m/points')}>{t('myPoints.code.title')}</NavBar>
      {open.isError && <NoticeBar color="error" wrap content={errorText(open.error, lang, t)} data-testid="code-error" />}
      {taken ? (
        <>
          <div className="pts-result" data-testid="code-done">
            <CheckCircleFilled className="pts-result-icon" />
            <div className="pts-result-title" data-testid="code-done-title">
              {t('myPoints.code.done', { points: taken.points })}
            </div>
            {redemption && (
              <div className="pts-result-detail" data-testid="code-done-what">
                {t('myPoints.code.doneWhat', { merchant: redemption.merchant.name, items: linesText(redemption.items, t('common.listSeparator')) })}
              </div>
            )}
            <div className="pts-result-detail" data-testid="code-done-balance">
              {t('myPoints.code.left', { points: taken.balance })}
            </div>
          </div>
          <div className="pts-actions">
            <Button block color="primary" size="large" loading={open.isPending} onClick={refresh} data-testid="code-again">
              {t('myPoints.code.again')}
            </Button>
            <Button block size="large" onClick={() => navigate('/m/points')} data-testid="code-back">
              {t('myPoints.code.back')}
            </Button>
          </div>
        </>
      ) : code ? (
        <>
          <div className={expired ? 'pts-code pts-code-expired' : 'pts-code'} data-testid="code-card" data-expired={expired}>
            <div className="pts-code-scan">{t('myPoints.code.scan')}</div>
            {qr ? <img className="pts-qr" src={qr} alt={t('myPoints.code.qrAlt')} data-testid="code-qr" /> : <div className="pts-qr" />}
            <div className="pts-digits" data-testid="code-digits" aria-live="polite">
              {code.code}
            </div>
            {expired ? (
              <Button className="pts-expired" fill="none" color="primary" loading={open.isPending} onClick={refresh} data-testid="code-expired">
                {t('myPoints.code.expired')}
              </Button>
            ) : (
              <div className="pts-countdown" data-testid="code-countdown">
                {t('myPoints.code.expiresIn', { time: countdownText(left) })}
              </div>
            )}
            <div className="pts-code-balance" data-testid="code-balance">
              {t('myPoints.code.balance', { points: me.data?.balance ?? code.balance })}
            </div>
          </div>
          <div className="pts-actions">
            <Button block color="primary" fill="outline" size="large" loading={open.isPending} onClick={refresh} data-testid="code-refresh">
              <ReloadOutlined /> {t('myPoints.code.refresh')}
            </Button>
          </div>
          <div className="pts-note">{t('myPoints.code.safety')}</div>
        </>
      ) : (
        open.isPending && (
          <div className="pts-code">
            <SpinLoading />
            <div className="pts-code-scan">{t('myPoints.code.opening')}</div>
          </div>
        )
      )}
      {!code && open.isError && (
        <div className="pts-actions">
          <Button block color="primary" size="large" onClick={refresh}>
            {t('common.retry')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The QR code of `text` as an SVG data URL, drawn in the browser. */
function useQrImage(text: string | undefined): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    setSrc(null);
    if (!text) return;
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setSrc(null);
      });
    return () => {
      live = false;
    };
  }, [text]);
  return src;
}
