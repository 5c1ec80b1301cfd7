import { say } from '../../i18n/messages/message.ts';
import type { KeptLine } from './extractArticle.ts';
import { CARRIED_ON } from './textMeasures.ts';
import type { Block, ReviewItem } from './types.ts';

/** A standalone line this short, with no sentence end, heads a section. */
const HEADING_MAX = 30;
const SENTENCE_END = /[。！？!?；;…”」』]$/u;
/** ■西谷乡, ●工作动态: a bullet a page sets before a section's label, no part of the heading. */
const HEADING_BULLET = /^[■□●○◆◇★☆▲△▶►▪•]\s*/u;
/** 一是…二是…三是: the standard way government texts enumerate; each item gets its own paragraph. */
const ENUMERATION = /(?<=[。！？])(?=[一二三四五六七八九十]是)/u;
/** A lead sentence of three or more short parallel clauses (铁肩扛责任，严密安排部署，确保…。). */
const PARALLEL_LEAD = /^(?<lead>[^，。！？“”「」\d]{2,12}(?:，[^，。！？“”「」\d]{2,12}){2,})。(?<rest>.+)$/u;

/**
 * Turns lines into Markdown blocks. Short standalone lines become headings. Where scraped pages put a caption or
 * image between sections, a paragraph opening with a parallel lead sentence had that sentence as its section
 * heading: it is promoted and reported, since that is a judgement a human should confirm. 一是/二是 items start
 * paragraphs.
 */
export function shapeBlocks(lines: readonly KeptLine[]): { blocks: Block[]; review: ReviewItem[] } {
  const blocks: Block[] = [];
  const review: ReviewItem[] = [];
  lines.forEach((line, i) => {
    const { text } = line;
    const isLast = i === lines.length - 1;
    if (
      !isLast &&
      [...text].length <= HEADING_MAX &&
      !SENTENCE_END.test(text) &&
      !/^[一二三四五六七八九十]是/u.test(text) &&
      // 果农廖春波说, / ，今年的小果特别多: a sentence cut over lines heads nothing.
      !/[，,、]$/u.test(text) &&
      !CARRIED_ON.test(lines[i + 1]!.text)
    ) {
      blocks.push({ kind: 'heading', text: text.replace(HEADING_BULLET, ''), line: line.line });
      return;
    }
    let body = text;
    const lead = line.breakBefore && [...text].length > HEADING_MAX ? PARALLEL_LEAD.exec(text) : null;
    if (lead && [...lead.groups!.lead!].length <= HEADING_MAX) {
      blocks.push({ kind: 'heading', text: lead.groups!.lead!, line: line.line });
      review.push({
        line: line.line,
        column: 1,
        message: say('import.leadMadeHeading', { lead: lead.groups!.lead! }),
        fix: say('fix.keepHeading'),
      });
      body = lead.groups!.rest!;
    }
    for (const part of body.split(ENUMERATION)) blocks.push({ kind: 'paragraph', text: part, line: line.line });
  });
  return { blocks, review };
}
