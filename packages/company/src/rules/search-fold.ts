/**
 * Lower-case, accent-free form of a text for "contains" searches; the same as the database's
 * portal_fold() that fills company.legal_name_folded (tested against it).
 */
const FROM = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ\'’';
const TO = 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy  ';

export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')) {
    const i = FROM.indexOf(ch);
    out += i >= 0 ? TO[i] : ch;
  }
  return out.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Escapes LIKE's wildcards so that a user's % or _ match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
