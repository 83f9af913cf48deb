/** Shape of the real-phrase fixtures: a phrase as printed, where it was read, and what the document means by it. */
import type { DeadlineContext, DeadlineKind, DeadlineWindow } from './deadline.types.js';

export interface RealPhrase {
  text: string;
  /** Address of the published plan, law or notice the phrase was read in. */
  source: string;
  ctx: DeadlineContext;
  /**
   * The reading the document gives (its own printed date where it prints one, else the law's counting).
   * `windows: []` means the document gives no date the engine could know: the phrase must stay without
   * dates (`unknown`, or waiting for an event's date), never get one.
   */
  expect: { kind?: DeadlineKind; windows: DeadlineWindow[]; pending?: string[]; time?: string };
  note?: string;
}

export const w = (start: string, end: string = start): DeadlineWindow => ({ start, end });
