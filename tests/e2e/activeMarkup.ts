import type { Page } from 'playwright-core';

/** What in a page's HTML can act: run code, load or send something, restyle the page or lead to script. */
export interface ActiveMarkup {
  /**
   * Scripts, styles, stylesheets, frames, plugins, forms, `<base>` and `<meta http-equiv>`, each as a signature: its
   * tag and attributes, and a script's or style's text (a `<meta http-equiv>` by its name only: the CSP's hashes
   * differ from page to page).
   */
  elements: string[];
  /** Event-handler attributes, as `tag onerror`. */
  handlers: string[];
  /**
   * URL attributes that lead anywhere but a web page, an e-mail address or a phone number (javascript:, data:,
   * vbscript:…), as `tag attribute=value`; an image may also be a `data:image/`.
   */
  unsafeUrls: string[];
}

/**
 * The active markup of `html`, as Chromium's own HTML parser reads it (DOMParser runs nothing it parses), so
 * markup smuggled past the build's escaping is found exactly where a browser would find it. `page` is any open page.
 */
export function activeMarkup(page: Page, html: string): Promise<ActiveMarkup> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const ACTIVE =
      'script, style, link[rel~=stylesheet i], link[rel~=preload i], link[rel~=modulepreload i], ' +
      'iframe, frame, object, embed, applet, form, base, meta[http-equiv]';
    const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'cite', 'xlink:href'];
    const LINKABLE = ['http:', 'https:', 'mailto:', 'tel:'];
    const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
    const signature = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      if (tag === 'meta') return `meta http-equiv=${el.getAttribute('http-equiv')!.toLowerCase()}`;
      const text = tag === 'script' || tag === 'style' ? ` ${el.textContent}` : '';
      return `${tag} ${attributes(el)}${text}`;
    };
    const unsafe = (el: Element, name: string, value: string) => {
      // Resolved as the browser resolves it: entities, whitespace and control characters have had their effect.
      const protocol = new URL(value, 'https://site.invalid/').protocol;
      if (LINKABLE.includes(protocol)) return false;
      return !(el.tagName === 'IMG' && name === 'src' && /^data:image\//i.test(value.trim()));
    };
    const all = [...doc.querySelectorAll('*')];
    return {
      elements: [...doc.querySelectorAll(ACTIVE)].map(signature),
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()} ${a.name}`),
      ),
      unsafeUrls: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => URL_ATTRIBUTES.includes(a.name.toLowerCase()) && unsafe(el, a.name.toLowerCase(), a.value))
          .map((a) => `${el.tagName.toLowerCase()} ${a.name}=${a.value}`),
      ),
    };
  }, html);
}
