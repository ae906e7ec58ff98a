/**
 * The `retention` commands. Each command file exports one `Command`; add it to COMMANDS.
 */
import type { CommonOptions } from '../runner';
import { clv } from './clv';
import { cohort } from './cohort';
import { customers } from './customers';
import { demo } from './demo';
import { email } from './email';
import { metrics } from './metrics';
import { selfcheck } from './selfcheck';
import { sql } from './sql';

/** Everything the command line gave: the options of `retention --help`, all as strings or flags. */
export type CommandOptions = CommonOptions & Record<string, string | boolean | undefined>;

export interface CommandContext {
  /** The file named after the command, if any. */
  file?: string;
  options: CommandOptions;
  /** Progress for long work, on stderr (silent with --quiet). */
  progress(message: string): void;
  /** A warning or a usage message, on stderr (shown even with --quiet). */
  warn(message: string): void;
  /** The command's output, on stdout. */
  print(text: string): void;
}

/** A command returns its exit code: 0 done, 1 failed, 2 bad usage. */
export type Command = (context: CommandContext) => Promise<number>;

export const COMMANDS: Record<string, Command> = { demo, cohort, metrics, email, clv, customers, selfcheck, sql };
