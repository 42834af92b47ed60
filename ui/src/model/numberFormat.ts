// Number formats made once per locale and options. Making an Intl.NumberFormat costs about a
// quarter of a millisecond in the window's WebKit (measured on a loaded machine, against
// microseconds to use one), and the results view writes some seventy numbers on every
// what-if try: made anew for each, they were a tenth of the time the UI took to show them.

const made = new Map<string, Intl.NumberFormat>();

/** The format of `locale` with `options`, made on first use and kept. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
