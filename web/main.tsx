import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { currentLang } from './i18n/language.js';
import { applyElderMode } from './shared/elder.js';
import './styles.css';

document.documentElement.lang = currentLang();
applyElderMode();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
