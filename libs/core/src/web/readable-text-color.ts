/**
 * Black or white, whichever reads better on `background` (#rgb or #rrggbb), by WCAG contrast. Here
 * for the web client's badges and the server's HTML of a list page, which colours them alike.
 */
export function readableTextColor(background: string): '#000' | '#fff' {
  const hex = background.replace('#', '');
  const full = hex.length === 3 ? hex.replace(/./g, (digit) => digit + digit) : hex;
  const channel = (offset: number) => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  if (Number.isNaN(luminance)) return '#000';
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05: equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}
