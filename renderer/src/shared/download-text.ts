// Saves text as a file through a temporary <a download>. A blob: link is a download, not a
// fetch, so the window's CSP (connect-src 'self') does not apply to it.
export const downloadText = (fileName: string, text: string, type = 'text/csv;charset=utf-8'): void => {
  // The BOM makes Excel read a CSV file as UTF-8 instead of the system code page; JSON has none.
  // Text that already starts with one (core's report CSV) keeps only that one.
  const needsBom = type.startsWith('text/csv') && !text.startsWith('\uFEFF');
  const url = URL.createObjectURL(new Blob(needsBom ? ['\uFEFF', text] : [text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
