// What has focus, read in the page itself, so that every driver (Playwright for Chromium, the
// engine drivers for Firefox and WebKit) runs the very same check.

/**
 * Run in the page: "tag:label" of the deepest active element, looking through shadow roots,
 * the label being its data-option, data-action or text; "nothing" when nothing has focus.
 * Sent to the page as source text: it must not close over anything.
 */
export const FOCUS_IN_PAGE = (): string => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return 'nothing';
  const label = active.getAttribute('data-option') ?? active.getAttribute('data-action') ?? active.textContent?.trim();
  return `${active.localName}:${label}`;
};
