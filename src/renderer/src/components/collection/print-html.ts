// Prints a self-contained HTML report through a hidden iframe, so "Save as PDF" in the print dialog gives
// exactly the report and not the app around it. The frame may not run scripts (no allow-scripts); it is
// same-origin only so the app can call print() on it, and it is removed once printing is done.

export function printHtml(html: string, doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
      } finally {
        frame.remove();
        resolve();
      }
    });
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}
