// The message bar: what went wrong (server down, query refused), what is missing (empty graph), or the
// token the server asks for. Never a blank page: every failure the page meets ends here.
import { ApiError, storeToken } from './api.js';
import { byId, h } from './dom.js';
import type { Strings } from './i18n.js';

export type MessageKind = 'down' | 'refused' | 'token' | 'empty' | 'no-match' | 'error';

export function showMessage(kind: MessageKind, text: string, t: Strings): void {
  const bar = byId('message');
  bar.dataset.kind = kind;
  bar.hidden = false;
  bar.replaceChildren(h('p', { id: 'message-text' }, text), h('button', { type: 'button', class: 'dismiss', onclick: clearMessage }, t.dismiss));
}

export function clearMessage(): void {
  const bar = byId('message');
  bar.hidden = true;
  bar.replaceChildren();
  delete bar.dataset.kind;
}

function askToken(t: Strings, retry: () => void): void {
  const bar = byId('message');
  bar.dataset.kind = 'token';
  bar.hidden = false;
  const input = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', required: true });
  const form = h(
    'form',
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        storeToken(input.value.trim());
        clearMessage();
        retry();
      },
    },
    h('p', {}, t.tokenPrompt),
    h('label', { for: 'token-input' }, t.tokenLabel),
    input,
    h('button', { type: 'submit' }, t.tokenSave),
  );
  bar.replaceChildren(form);
  input.focus();
}

/** Words any failure for the user; `retry` runs again once a token has been given. */
export function reportError(error: unknown, t: Strings, retry: () => void): void {
  if (error instanceof ApiError) {
    if (error.kind === 'token') return askToken(t, retry);
    if (error.kind === 'down') return showMessage('down', t.serverDown, t);
    return showMessage('refused', t.refused(error.message, error.code), t);
  }
  console.error(error);
  showMessage('error', t.failed(error instanceof Error ? error.message : String(error)), t);
}
