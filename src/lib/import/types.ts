import type { Message, RemovalCode } from '../../i18n/messages/message.ts';
import type { CategoryId, KindId, Qualifier } from '../../config/categories.ts';

/** One line of the pasted text, with its line number in the input so that every report points back to it. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Something the import took out of the text, listed in the report. */
export interface Removal {
  line: number;
  text: string;
  reason: RemovalCode;
}

/** Something a human must decide, placed at line:column of the input. */
export interface ReviewItem {
  line: number;
  column: number;
  message: Message;
  fix: Message;
}

/** A block of the Markdown body. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Input line the block starts on. */
  line: number;
}

/** A figure found in the body, before it becomes a tally entry (`review: pending`). */
export interface DraftFigure {
  quantity: number;
  quantityMax?: number;
  qualifier: Qualifier;
  /** As written in the body (隻 or 只). */
  unit: string;
  category: CategoryId;
  kind: KindId;
  item?: string;
  /** Month and day from the sentence; the year is added only when known. */
  monthDay?: { month: number; day: number };
  place?: string;
  /** A rate, not a total: what each count is per (天 for 每天10人, 学校 for 学校各200瓶). */
  per?: string;
  /** Free text kept with the entry (how the import read the number: 38万 without 元). */
  note?: string;
  /** The clause the figure stands in, verbatim from the body. */
  quote: string;
  /** Why a human should look at this entry in particular (beyond every draft's review). */
  doubts?: readonly Message[];
  /** Input line of the block it was found in. */
  line: number;
  /**
   * Where the figure stands in an enumeration: the sentence's offset in the block and the item's number. Items are
   * told apart by ； or by nothing but nouns between two figures, and are two facts however alike
   * (恒泰捐赠口罩300个；华盛捐赠口罩300个, 方便面50箱，饮料50箱).
   */
  listItem?: { sentence: number; item: number };
}
