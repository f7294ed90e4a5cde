import { InvalidArgumentError } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from '../io/outputs.ts';

export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected an integer');
  return Number(value);
}

export function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number');
  return number;
}

/** `--formats json,graphml`: a comma list of output formats, each once, in the order files are written. */
export function parseFormats(value: string): OutputFormat[] {
  const asked = value.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  if (asked.length === 0) throw new InvalidArgumentError(`expected one or more of ${OUTPUT_FORMATS.join(', ')}`);
  for (const item of asked) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(item)) {
      throw new InvalidArgumentError(`unknown format "${item}" (expected ${OUTPUT_FORMATS.join(', ')})`);
    }
  }
  return OUTPUT_FORMATS.filter((format) => asked.includes(format));
}
