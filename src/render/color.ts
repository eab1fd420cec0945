// Terminal colours: on only for a TTY, or when FORCE_COLOR asks; NO_COLOR turns them off
// (https://no-color.org). Plain functions, so that the renderer reads as text.

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  magenta(text: string): string;
  blue(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\x1b[${open}m${text}\x1b[${close}m`;

const COLORS: Palette = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  magenta: wrap(35, 39),
  blue: wrap(34, 39),
};

const identity = (text: string) => text;
const PLAIN: Palette = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  cyan: identity,
  green: identity,
  magenta: identity,
  blue: identity,
};

export function useColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function palette(color: boolean): Palette {
  return color ? COLORS : PLAIN;
}

/** Colours as `--color` / `--no-color` ask, else as the stream and environment allow. */
export function colorFromFlags(
  flags: { color?: boolean | undefined; "no-color"?: boolean | undefined },
  stream: { isTTY?: boolean },
): boolean {
  if (flags.color === true) return true;
  if (flags["no-color"] === true) return false;
  return useColor(stream);
}
