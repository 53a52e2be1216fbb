/** Site internet: an http(s) address with a host, no spaces, at most 300 characters (the column's). */
const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export const WEBSITE_MAX_LENGTH = 300;

export function isValidWebsite(value: string): boolean {
  return value.length <= WEBSITE_MAX_LENGTH && WEBSITE.test(value);
}
