import type { ItemDto, RedemptionDto } from '#contracts/points.js';

// Pure rules of the 积分 phone pages: the code's countdown, what the merchant typed, the basket, reversals, months.

/** Whole seconds until `expiresAt` (never below zero); 0 for a missing or broken time. */
export function secondsLeft(expiresAt: string | undefined, now: number): number {
  const end = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (!Number.isFinite(end)) return 0;
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** A countdown as `m:ss`: 120 → `2:00`, 9 → `0:09`. */
export function countdownText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A QR token is base64url, far longer than the six digits. */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * What the merchant typed or pasted into the code box: up to six digits (ready at six), or a whole
 * QR token, or the link the QR code holds (its `code` parameter); anything else keeps its digits.
 */
export function readCode(text: string): { code: string; ready: boolean } {
  const trimmed = text.trim();
  const fromLink = tokenOfLink(trimmed);
  if (fromLink) return { code: fromLink, ready: true };
  if (TOKEN.test(trimmed) && !/^\d+$/.test(trimmed)) return { code: trimmed, ready: true };
  const digits = trimmed.replace(/\D/g, '').slice(0, 6);
  return { code: digits, ready: digits.length === 6 };
}

function tokenOfLink(text: string): string | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const code = new URL(text).searchParams.get('code')?.trim() ?? '';
    return TOKEN.test(code) || /^\d{6}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

/** The link a member's QR code holds: the merchant's phone camera opens the 兑换 page with the token filled in. */
export const shopLink = (origin: string, token: string) => `${origin}/m/shop?code=${encodeURIComponent(token)}`;

/** Six digits shown in two groups of three, as read aloud: `123 456`. */
export const groupedCode = (code: string) => (/^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/** How many of each item the merchant picked: item id → quantity. */
export type Basket = Record<number, number>;

/** The points the basket costs, counting only items still in the catalogue. */
export function basketTotal(items: readonly ItemDto[], basket: Basket): number {
  return items.reduce((sum, item) => sum + item.points * (basket[item.id] ?? 0), 0);
}

/** The basket as the request's lines, in catalogue order, leaving out zeros and items no longer listed. */
export function basketLines(items: readonly ItemDto[], basket: Basket): { itemId: number; qty: number }[] {
  return items.filter((item) => (basket[item.id] ?? 0) > 0).map((item) => ({ itemId: item.id, qty: basket[item.id] ?? 0 }));
}

/** `毛巾×1、牙膏×2`: what a redemption (or a basket) takes, in words. */
export function linesText(lines: readonly { name: string; qty: number }[], separator: string): string {
  return lines.map((l) => `${l.name}×${l.qty}`).join(separator);
}

/** The most of one item the stepper allows: what is in stock, at most 99 (the server's limit per line). */
export const maxQty = (item: ItemDto) => Math.max(0, Math.min(item.stock, 99));

export const REVERSE_WINDOW_MS = 24 * 3600_000;

/** A redemption may be taken back once, within 24 hours of it (the server checks again). */
export function canReverse(redemption: Pick<RedemptionDto, 'status' | 'at'>, now: number): boolean {
  if (redemption.status !== 'done') return false;
  const at = Date.parse(redemption.at);
  return Number.isFinite(at) && now - at <= REVERSE_WINDOW_MS;
}

/** A ledger amount with its sign: `+5`, `−5` (a true minus sign), `0`. */
export function signedPoints(amount: number): string {
  if (amount > 0) return `+${amount}`;
  if (amount < 0) return `−${-amount}`;
  return '0';
}

/** The month (`YYYY-MM`) of a moment in Shanghai, as the server counts a statement's month. */
export function monthOf(now: number): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date(now));
  const part = (type: 'year' | 'month') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** The month `by` months after (or before) `month`. */
export function shiftMonth(month: string, by: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
