import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page and the embedded Factur-X XML, read back from a PDF with pdf.js. */
export async function readBack(bytes: Buffer): Promise<{ text: string; xml: string }> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) parts.push((await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
  const xml = new TextDecoder().decode((await doc.getAttachmentContent('factur-x.xml')) ?? new Uint8Array());
  await task.destroy();
  return { text: parts.join(' ').replace(/\s+/g, ' '), xml };
}
