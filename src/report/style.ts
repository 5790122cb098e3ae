// Terminal styling for the stylish format. Plain by default; the CLI passes chalk's styles only when
// colour is on, so a lint whose output is not a colour terminal never loads chalk.

export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  bold(text: string): string;
}

const same = (text: string) => text;

export const PLAIN: Style = { red: same, yellow: same, green: same, dim: same, underline: same, bold: same };

export async function colourStyle(): Promise<Style> {
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, underline: c.underline, bold: c.bold };
}
