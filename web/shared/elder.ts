import { useSyncExternalStore } from 'react';

// 适老化: a class on <html> raises the type and control sizes (see styles.css).
const KEY = 'sishuang.elder';
const CLASS = 'elder';
const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

let elder = readStored();

export const applyElderMode = () => document.documentElement.classList.toggle(CLASS, elder);

export function setElderMode(on: boolean) {
  elder = on;
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyElderMode();
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useElderMode = () => useSyncExternalStore(subscribe, () => elder);
