import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs` until the moment `until` (ms), for a countdown on screen; null stops it. */
export function useNow(everyMs: number, until: number | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    if (until === null || Date.now() >= until) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= until) window.clearInterval(timer);
    }, everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs, until]);
  return now;
}
