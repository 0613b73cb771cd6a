import { type Candidate, shapeOf } from './candidate.ts';
import { tokens } from './catalog-match.ts';
import { type DocLine, headingLevel, headingYear, isBullet } from './document.ts';
import { clauseTargets } from './prose.ts';
import { fold, passage } from './text.ts';

/**
 * Prose targets: the bullets under a "MỤC TIÊU" heading ("- 100% thủ tục hành chính … đạt
 * 100%"), and, in the rest of the body, sentences that set a figure with "phấn đấu"
 * ("phấn đấu bố trí ít nhất 3% tổng chi ngân sách hàng năm").
 */

export interface Item {
  /** Heading chain above the item, for the section label. */
  section: string;
  /** The item's own number or bullet as printed. */
  row: string;
  lines: DocLine[];
  year: number;
  bullet: boolean;
}

const ITEM_START = /^(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s)/;

/**
 * Groups lines into items: a bullet or a numbered paragraph with its wrapped lines. Headings
 * (short numbered lines without a figure) only update the section label and the year.
 */
export function itemsOf(lines: readonly DocLine[], fallbackYear: number, baseSection = ''): Item[] {
  const items: Item[] = [];
  const headings: { level: number; text: string; year: number | null }[] = [];
  let bulletCount = 0;
  let afterHeading = true;
  let previous: DocLine | undefined;
  for (const line of lines) {
    const level = headingLevel(line);
    const isHeading =
      level !== null && !isBullet(line) && !/\d\s*%/.test(line.text) && !/[.;]$/.test(line.text);
    if (isHeading) {
      while (headings.length && (headings[headings.length - 1]?.level ?? 0) >= level)
        headings.pop();
      headings.push({ level, text: line.text, year: headingYear(line.folded) });
      bulletCount = 0;
      afterHeading = true;
      previous = line;
      continue;
    }
    // Office exports wrap paragraphs over many lines: a new item starts at a bullet or number,
    // after a heading, or with a capital after a sentence that ended.
    const starts =
      ITEM_START.test(line.text) ||
      afterHeading ||
      (/[.:;!?]["”)]*$/.test(previous?.text ?? '') && /^[\p{Lu}\d“"]/u.test(line.text));
    afterHeading = false;
    previous = line;
    const current = items[items.length - 1];
    if (!starts && current) {
      current.lines.push(line);
      continue;
    }
    const year = [...headings].reverse().find((h) => h.year !== null)?.year ?? fallbackYear;
    // Bullets under a general aim ("Mục tiêu chung", "tổng quát") state no target of their own.
    const general = headings.some((h) => /\b(?:muc tieu chung|tong quat)\b/.test(fold(h.text)));
    // A numbered sentence in a targets section is an item like a bullet ("3. Hình thành …").
    const numbered = /^(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s/.test(line.text);
    const bullet = (isBullet(line) || numbered) && !general;
    if (bullet) bulletCount++;
    const number = line.text.match(/^(\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s/)?.[1];
    items.push({
      section: [baseSection, ...headings.map((h) => h.text)].filter(Boolean).join(' — '),
      row: number ?? (bullet ? `gạch đầu dòng ${bulletCount}` : `đoạn dòng ${line.no}`),
      lines: [line],
      year,
      bullet,
    });
  }
  return items;
}

/** Items of a target section: each clause with a figure, and each figure-less bullet sentence. */
export function itemCandidates(item: Item, structural: number, onlyStriving = false): Candidate[] {
  const p = passage(item.lines.map((l) => ({ line: l.no, raw: l.raw })));
  // "Đến năm 2025 đạt 80%; đến năm 2030 đạt 100%": a year printed in a clause holds for the
  // clauses after it, and a clause that names no indicator continues the one before.
  let year = item.year;
  let previousWording = '';
  return clauseTargets(p, item.bullet && !onlyStriving).flatMap((c): Candidate[] => {
    const clause = p.folded.slice(c.start, c.end);
    const own = headingYear(clause.replace(/\bngay\b.*?\bnam \d{4}\b/g, ''));
    // In the body only an explicit "đến năm 2028" sets the year; other years there are dates.
    if (own && (!onlyStriving || /\b(?:den|toi) nam \d{4}\b/.test(clause))) year = own;
    if (
      onlyStriving &&
      !(c.figure && /\bphan dau\b/.test(clause.slice(0, c.figure.start - c.start)))
    ) {
      return [];
    }
    const wording = p.text
      .slice(c.start, c.end)
      .replace(/^(?:[-+•–]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s*/, '')
      .replace(/[.;]\s*$/, '')
      .trim();
    const recurring = c.perYear || /\b(?:hang|moi) nam\b/.test(clause);
    const namesIndicator = tokens(wording).length >= 3;
    const matchText = namesIndicator ? wording : `${previousWording} ${wording}`;
    if (namesIndicator) previousWording = wording;
    return [
      {
        kind: c.figure ? 'target' : 'qualitative',
        figure: c.figure,
        passage: p,
        quoteStart: c.figure ? c.figure.start : c.start,
        quoteEnd: c.figure ? c.figure.end : c.end,
        year,
        column: null,
        wording,
        matchText,
        shape: c.figure ? shapeOf(c.figure, null, clause) : 'qualitative',
        perYear: recurring,
        leadAgency: null,
        section: item.section,
        row: item.row,
        structural: onlyStriving ? 0.6 : c.figure ? structural : 0.55,
      },
    ];
  });
}
