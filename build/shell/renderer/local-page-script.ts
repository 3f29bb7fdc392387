import type { Bilingual, LocalBridge, Presentation } from './local-bridge';

/**
 * The shell's local page: draws whatever presentation the main process sends. No logic of
 * its own beyond collecting form values; every decision is made (and tested) in main.
 */
declare global {
  interface Window {
    openopsLocal: LocalBridge;
  }
}

const bridge = window.openopsLocal;
const root = document.getElementById('root');

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const bilingual = (tag: 'h1' | 'p', text: Bilingual): HTMLElement[] => {
  const vi = element(tag, text.vi);
  const en = element('div', text.en, 'en');
  en.lang = 'en';
  return [vi, en];
};

const render = (presentation: Presentation): void => {
  if (!root) return;
  root.replaceChildren();
  root.className = presentation.tone === 'error' ? 'error' : '';
  if (presentation.busy) root.append(element('div', undefined, 'busy'));
  root.append(...bilingual('h1', presentation.title));
  for (const paragraph of presentation.paragraphs) root.append(...bilingual('p', paragraph));
  if (presentation.code) {
    const code = element('div', presentation.code, 'code');
    code.setAttribute('aria-label', `Mã ghép nối ${presentation.code.split('').join(' ')}`);
    root.append(code);
  }
  if (presentation.details && presentation.details.length > 0) {
    root.append(element('div', presentation.details.join('\n'), 'details'));
  }
  const form = presentation.form;
  if (form) {
    const node = element('form');
    for (const field of form.fields) {
      const id = `field-${field.name}`;
      const label = element('label', `${field.label.vi} / ${field.label.en}`);
      label.htmlFor = id;
      const input = element('input');
      input.id = id;
      input.name = field.name;
      input.value = field.value;
      input.required = field.required;
      if (field.kind === 'pin') {
        input.type = 'password';
        input.inputMode = 'numeric';
        input.autocomplete = 'off';
      }
      node.append(label, input);
    }
    node.append(element('button', `${form.submit.vi} / ${form.submit.en}`));
    node.addEventListener('submit', (event) => {
      event.preventDefault();
      const values: Record<string, string> = {};
      for (const [name, value] of new FormData(node)) values[name] = String(value);
      void bridge.submit(form.channel, values);
    });
    root.append(node);
    node.querySelector('input')?.focus();
  }
  for (const action of presentation.actions) {
    const button = element('button', `${action.label.vi} / ${action.label.en}`, 'secondary');
    button.type = 'button';
    button.addEventListener('click', () => void bridge.action(action.channel));
    root.append(button);
  }
};

bridge.onPresentation(render);
void bridge.presentation().then(render);
