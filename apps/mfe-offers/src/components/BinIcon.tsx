/** The red bin of the source's OC screen ("poubelle rouge"); decorative, the link says what it does. */
export function BinIcon() {
  return (
    <svg className="oc-bin" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M6 1h4l1 1h3v2H2V2h3l1-1Zm-3 4h10l-.8 9.1A1 1 0 0 1 11.2 15H4.8a1 1 0 0 1-1-.9L3 5Zm3 2v6h1.5V7H6Zm2.5 0v6H10V7H8.5Z" />
    </svg>
  );
}
