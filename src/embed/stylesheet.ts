import css from '../ui/styles.css?inline';

// Constructable stylesheets belong to the document that made them, so keep one per document.
// Adopting (not a <style> element) is what lets the widget run under `style-src 'self'`.
const sheets = new WeakMap<Document, CSSStyleSheet>();

export function widgetStyleSheet(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const view = doc.defaultView;
    if (!view) throw new Error('[care-level-finder] the target element is not in a window');
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  return sheet;
}
