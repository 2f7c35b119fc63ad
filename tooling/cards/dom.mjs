// The adaptivecards package touches `document`/`window` even when only parsing; jsdom provides them.
import { JSDOM } from 'jsdom';

export function installDom() {
  if (globalThis.document) {
    return;
  }
  const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
  globalThis.window = window;
  globalThis.document = window.document;
  globalThis.HTMLElement = window.HTMLElement;
  globalThis.Node = window.Node;
}
