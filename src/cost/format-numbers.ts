/** Text helpers shared by the cost formatters. */

/** `1234567.891` → `1,234,567.89` with the given decimals. */
export function grouped(n: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  const withCommas = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Dollars: cents from one cent up, three significant digits below (`$0.000225`). */
export function usd(n: number): string {
  const abs = Math.abs(n);
  if (abs === 0) return '$0.00';
  const sign = n < 0 ? '-' : '';
  if (abs >= 0.01) return `${sign}$${grouped(abs, 2)}`;
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
  return `${sign}$${abs.toFixed(decimals).replace(/0+$/, '')}`;
}

/** A figure with up to `decimals` decimals, trailing zeros dropped: `424.479`, `12`. */
export function figure(n: number, decimals = 3): string {
  const text = grouped(n, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Virtual time as `hh:mm:ss.mmm`, as `sfn-sim run` prints it. */
export function clockTime(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const milli = Math.round(ms % 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(milli).padStart(3, '0')}`;
}

/** `n thing` or `n things`. */
export function plural(n: number, thing: string): string {
  return `${grouped(n)} ${thing}${n === 1 ? '' : 's'}`;
}

/** A unit price as published: `$0.025`, `$0.01642`, `$1.00`. */
export function rate(n: number): string {
  const text = figure(n, 8);
  const [, fraction = ''] = text.split('.');
  return `$${fraction.length >= 2 ? text : n.toFixed(2)}`;
}
