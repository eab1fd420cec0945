// Floating-point and complex numbers as the Go runtime's print prints them, which is how a panic
// value of those kinds reaches stderr. Up to Go 1.25 runtime/print.go had its own format
// (`+1.500000e+000`: sign, 7 digits, 3-digit exponent); Go 1.26 prints the shortest text that
// reads back as the same number, as strconv.AppendFloat(v, 'g', -1, bits) does (`1.5`).

/** runtime.printfloat of Go ≤ 1.25, ported operation by operation (the same IEEE arithmetic). */
function oldFloat(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v + v === v && v > 0) return "+Inf";
  if (v + v === v && v < 0) return "-Inf";
  const n = 7;
  let sign = "+";
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = "-";
  } else {
    if (v < 0) {
      v = -v;
      sign = "-";
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = "";
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    digits += String.fromCharCode(48 + s);
    v -= s;
    v *= 10;
  }
  const es = e < 0 ? "-" : "+";
  const ea = Math.abs(e);
  const exp = `${Math.floor(ea / 100)}${Math.floor(ea / 10) % 10}${ea % 10}`;
  return `${sign}${digits[0]}.${digits.slice(1)}e${es}${exp}`;
}

/**
 * The shortest decimal digits that read back as v (as a float32 when bits is 32) and the
 * decimal exponent of the first digit: JavaScript's own shortest form for float64, the first
 * precision that survives Math.fround for float32.
 */
function shortest(v: number, bits: 32 | 64): { digits: string; exp: number } {
  let text = v.toExponential();
  if (bits === 32) {
    for (let p = 1; p <= 9; p++) {
      const t = v.toExponential(p - 1);
      if (Math.fround(Number(t)) === v) {
        text = t;
        break;
      }
    }
  }
  const [mantissa, exp] = text.split("e") as [string, string];
  return { digits: mantissa.replace(".", "").replace(/0+$/, "") || "0", exp: Number(exp) };
}

/** strconv.FormatFloat(v, 'g', -1, bits) (Go 1.26+ runtime print). */
function newFloat(v: number, bits: 32 | 64): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  const neg = v < 0 || (v === 0 && 1 / v < 0);
  const sign = neg ? "-" : "";
  if (v === 0) return `${sign}0`;
  const { digits, exp } = shortest(Math.abs(v), bits);
  const nd = digits.length;
  // %e when the exponent is below -4 or at least 6 (the shortest form's precision rule).
  if (exp < -4 || exp >= 6) {
    const frac = nd > 1 ? `.${digits.slice(1)}` : "";
    const ea = Math.abs(exp);
    return `${sign}${digits[0]}${frac}e${exp < 0 ? "-" : "+"}${ea < 10 ? "0" : ""}${ea}`;
  }
  const dp = exp + 1;
  const int = dp > 0 ? digits.slice(0, dp).padEnd(dp, "0") : "0";
  const fracLen = Math.max(nd - dp, 0);
  let frac = "";
  for (let i = 0; i < fracLen; i++) frac += digits[dp + i] ?? "0";
  if (dp < 0) frac = "0".repeat(-dp) + digits;
  return `${sign}${int}${frac === "" ? "" : `.${frac}`}`;
}

/** A float32 or float64 as `print` prints it in Go 1.<minor>. */
export function printFloat(v: number, bits: 32 | 64, minor: number): string {
  return minor >= 26 ? newFloat(v, bits) : oldFloat(v);
}

/** A complex64 (bits 32 per part) or complex128 as `print` prints it in Go 1.<minor>. */
export function printComplex(re: number, im: number, bits: 32 | 64, minor: number): string {
  if (minor < 26) return `(${oldFloat(re)}${oldFloat(im)}i)`;
  const i = newFloat(im, bits);
  return `(${newFloat(re, bits)}${i.startsWith("+") || i.startsWith("-") ? "" : "+"}${i}i)`;
}
