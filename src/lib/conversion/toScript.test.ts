import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../schema/glossary.ts';
import { createConverter } from './createConverter.ts';
import { toScript, unchangedInOwnScript } from './toScript.ts';

const glossary: GlossaryEntry[] = [
  { hans: '于书记', hant: '于書記', note: 'surname 于, not 於' },
  { hans: '余秋雨', hant: '余秋雨', note: 'surname 余, not 餘' },
  { hans: '范镇长', hant: '范鎮長', note: 'surname 范, not 範' },
  { hans: '桶装面', hant: '桶裝麵', note: 'OpenCC gives 桶裝面' },
  { hans: '干部', hant: '幹部', note: 'seed text has 乾部 and 干部', avoid: ['乾部', '干部'] },
  { hans: '心系', hant: '心繫', note: 'seed text has 心系', avoid: ['心系'] },
];
const converter = createConverter(glossary);
const plain = createConverter([]);

describe('toScript: conversion', () => {
  it('converts Simplified → Traditional and Traditional → Simplified', () => {
    expect(toScript('乡镇人民政府发布公告', 'hant', plain)).toBe('鄉鎮人民政府發布公告');
    expect(toScript('鄉鎮公所發布公告', 'hans', plain)).toBe('乡镇公所发布公告');
  });

  it('never runs t2s over Simplified text (乾安县 stays)', () => {
    expect(toScript('乾安县', 'hans', plain)).toBe('乾安县');
    expect(toScript('吉林省乾安县人民政府', 'hans', plain)).toBe('吉林省乾安县人民政府');
    expect(toScript('乾安县', 'hant', plain)).toBe('乾安縣');
  });

  it('leaves Traditional text unchanged for a Traditional page (no s2t over 裏/著/乾)', () => {
    for (const t of ['這裏的乾淨街道', '看著鎮公所的公告', '心繫鄉親', '沖鋒在前']) {
      expect(toScript(t, 'hant', plain)).toBe(t);
    }
  });

  it('is idempotent: converting the output again changes nothing', () => {
    const hant = toScript('干部们于是来到乾安县', 'hant', plain);
    expect(toScript(hant, 'hant', plain)).toBe(hant);
    const hans = toScript('幹部們於是來到乾淨的街道', 'hans', plain);
    expect(toScript(hans, 'hans', plain)).toBe(hans);
  });

  it('converts mixed text toward the target', () => {
    expect(toScript('心系群眾', 'hans', plain)).toBe('心系群众');
    expect(toScript('乡镇鄉鎮', 'hant', plain)).toBe('鄉鎮鄉鎮');
  });

  it('leaves neutral text alone', () => {
    expect(toScript('口罩 2025', 'hant', plain)).toBe('口罩 2025');
    expect(toScript('', 'hans', plain)).toBe('');
  });
});

describe('toScript: glossary', () => {
  it('fixes OpenCC surname errors both ways (于/余/范)', () => {
    expect(toScript('余秋雨来访', 'hant', plain)).toBe('餘秋雨來訪'); // the error the glossary exists for
    expect(toScript('余秋雨来访', 'hant', converter)).toBe('余秋雨來訪');
    expect(toScript('于书记讲话', 'hant', converter)).toBe('于書記講話');
    expect(toScript('于書記講話', 'hans', converter)).toBe('于书记讲话');
    expect(toScript('范镇长说', 'hant', converter)).toBe('范鎮長說');
    expect(toScript('范鎮長說', 'hans', converter)).toBe('范镇长说');
  });

  it('fixes words OpenCC gets wrong (桶装面 → 桶裝麵)', () => {
    expect(toScript('发放桶装面', 'hant', plain)).toBe('發放桶裝面');
    expect(toScript('发放桶装面', 'hant', converter)).toBe('發放桶裝麵');
    expect(toScript('發放桶裝麵', 'hans', converter)).toBe('发放桶装面');
  });

  it('replaces a glossary word only where it stands as whole words, never inside a longer word', () => {
    expect(toScript('关于书记处的通知', 'hant', converter)).toBe('關於書記處的通知');
    expect(toScript('由于书记出差', 'hant', converter)).toBe('由於書記出差');
    expect(toScript('中心系列活动', 'hant', converter)).toBe('中心系列活動');
    expect(toScript('管理中心系统', 'hant', converter)).toBe('管理中心系統');
    expect(toScript('大家心系群众', 'hant', converter)).toBe('大家心繫群眾');
    // Correct text shown in its own script keeps a wrong form's letters inside a longer word.
    for (const text of ['管理中心系統', '若干部門']) {
      expect(toScript(text, 'hant', converter, 'hant'), text).toBe(text);
      expect(toScript(text, 'hant', converter), text).toBe(text);
    }
    expect(toScript('心系群眾', 'hant', converter, 'hant')).toBe('心繫群眾');
  });

  it('replaces known-wrong forms (avoid) with the target form, even when no conversion runs', () => {
    expect(toScript('乾部群眾', 'hans', converter)).toBe('干部群众');
    expect(toScript('乾部群眾', 'hant', converter)).toBe('幹部群眾');
    expect(toScript('心系群众', 'hant', converter)).toBe('心繫群眾');
    expect(toScript('心系群众', 'hans', converter)).toBe('心系群众');
  });

  it('matches the longest glossary word first', () => {
    const c = createConverter([
      { hans: '书记', hant: '書記', note: 'short' },
      { hans: '于书记', hant: '于書記', note: 'long' },
    ]);
    expect(toScript('于书记和书记', 'hant', c)).toBe('于書記和書記');
  });
});

describe('toScript: inline overrides', () => {
  it('[[简体|繁體]] takes the target form, on pages of both scripts', () => {
    expect(toScript('[[于|於]]是开会', 'hant', plain)).toBe('於是開會');
    expect(toScript('[[余|餘]]下的工作', 'hans', plain)).toBe('余下的工作');
    expect(toScript('鄉親[[余|餘]]下的工作', 'hant', plain)).toBe('鄉親餘下的工作');
  });

  it('[[=文字]] keeps text exactly, quotes included', () => {
    expect(toScript('[[=乾安县]]的干部', 'hant', plain)).toBe('乾安县的幹部');
    expect(toScript('见[[=“原文”]]', 'hant', plain)).toBe('見“原文”');
  });

  it('leaves malformed brackets visible', () => {
    expect(toScript('[[乡镇]]', 'hant', plain)).toBe('[[鄉鎮]]');
  });

  it('keeps private-use characters already in the text', () => {
    expect(toScript('\uE000乡镇\uE001', 'hant', converter)).toBe('\uE000鄉鎮\uE001');
  });
});

describe('toScript: quotes', () => {
  it('uses the target locale’s quotes in Chinese prose', () => {
    expect(toScript('他说：“好的。”', 'hant', plain)).toBe('他說：「好的。」');
    expect(toScript('他說：「好的。」', 'hans', plain)).toBe('他说：“好的。”');
    expect(toScript('他說：“好的。”', 'hant', plain)).toBe('他說：「好的。」');
  });

  it('does not touch quotes in English', () => {
    expect(toScript('He said “yes”.', 'hant', plain)).toBe('He said “yes”.');
  });
});

describe('toScript: the clause memo', () => {
  it('converts a text seen before without running OpenCC again', () => {
    const c = createConverter(glossary);
    const text = '于书记在乡镇会议上讲话，强调要发展经济。';
    const first = toScript(text, 'hant', c);
    const runs = c.stats.s2tRuns;
    expect(runs).toBeGreaterThan(0);
    expect(toScript(text, 'hant', c)).toBe(first);
    expect(c.stats.s2tRuns).toBe(runs);
  });

  it('keeps results for the two targets apart', () => {
    const c = createConverter([]);
    expect(toScript('乡镇', 'hant', c)).toBe('鄉鎮');
    expect(toScript('乡镇', 'hans', c)).toBe('乡镇');
    expect(toScript('鄉鎮', 'hans', c)).toBe('乡镇');
  });
});

describe('toScript: same-script shortcut', () => {
  it('keeps text the target conversion would not change, and still converts phrase-only differences', () => {
    const c = createConverter([]);
    expect(toScript('乾安县哄抬物价', 'hans', c)).toBe('乾安县哄抬物价');
    expect(toScript('哄抬物价', 'hans', c)).toBe('哄抬物价');
    // Every character of 一千只 is unchanged on its own, but cn→tw converts the phrase: no shortcut here.
    expect(toScript('一千只口罩', 'hant', c)).toBe('一千隻口罩');
    expect(toScript('只有一千', 'hant', c)).toBe('只有一千');
  });

  it('runs only the conversion toward the target for a page in its own script', () => {
    const c = createConverter([]);
    toScript('乡镇干部发放口罩。', 'hans', c);
    expect(c.stats).toEqual({ t2sRuns: 1, s2tRuns: 0, otherRuns: 0 });
  });
});

describe('toScript: known source script', () => {
  it('runs no OpenCC for a page in the script the text is known to be in, but applies glossary and quotes', () => {
    const c = createConverter(glossary);
    expect(toScript('「乾部」發放口罩。', 'hant', c, 'hant')).toBe('「幹部」發放口罩。');
    expect(toScript('“干部”发放口罩。', 'hans', c, 'hans')).toBe('“干部”发放口罩。');
    expect(c.stats).toEqual({ t2sRuns: 0, s2tRuns: 0, otherRuns: 0 });
  });

  it('converts toward the other script with one OpenCC pass and no detection', () => {
    const c = createConverter([]);
    expect(toScript('乡镇干部发放口罩。', 'hant', c, 'hans')).toBe('鄉鎮幹部發放口罩。');
    expect(c.stats).toEqual({ t2sRuns: 0, s2tRuns: 1, otherRuns: 0 });
  });
});

describe('toScript: a text in its own script with nothing to change', () => {
  const c = createConverter(glossary);
  const paragraphs = (['hans', 'hant'] as const).flatMap((script) =>
    readFileSync(new URL(`fixtures/paragraphs-${script}.txt`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((text) => ({ text, script })),
  );

  it('is returned as it is, as going through every step would return it', () => {
    const unchanged = paragraphs.filter(({ text, script }) => unchangedInOwnScript(text, script, c));
    expect(unchanged.length).toBeGreaterThan(paragraphs.length / 2);
    for (const { text, script } of unchanged) {
      // An empty override ([[=]]) resolves to nothing, and the text then goes through every step.
      expect(toScript(`${text}[[=]]`, script, c, script)).toBe(text);
      expect(toScript(text, script, c, script)).toBe(text);
    }
  });

  it('still gets its overrides, its glossary forms and its quotation marks', () => {
    const changed = [
      ['发放[[后|後]]勤物资', 'hant', '发放後勤物资'],
      ['乾部发放口罩', 'hans', '干部发放口罩'],
      ['幹部发放口罩', 'hans', '干部发放口罩'],
      ['干部心系群众', 'hant', '幹部心繫群众'],
      ['发放「口罩」', 'hans', '发放“口罩”'],
      ['發放“口罩”', 'hant', '發放「口罩」'],
    ] as const;
    for (const [text, script, expected] of changed) {
      expect(unchangedInOwnScript(text, script, c), text).toBe(false);
      expect(toScript(text, script, c, script)).toBe(expected);
    }
    // A glossary word already in the script's own form changes nothing.
    expect(unchangedInOwnScript('干部心系群众', 'hans', c)).toBe(true);
  });
});

describe('toScript: another variant of the target script', () => {
  const c = createConverter(glossary);

  it('makes Hong Kong Traditional from the text as Taiwan Traditional shows it, whichever script it was written in', () => {
    const asTaiwan = toScript('群众在镇里说着', 'hant', c);
    expect(toScript('群众在镇里说着', 'hant', c, 'hans', { variant: 'hk' })).toBe(c.convert(asTaiwan, 'tw', 'hk'));
    expect(toScript('群众在镇里说着', 'hant', c, 'hans', { variant: 'hk' })).not.toBe(asTaiwan);
    expect(toScript('群眾在鎮裡說著', 'hant', c, 'hant', { variant: 'hk' })).toBe(
      c.convert('群眾在鎮裡說著', 'tw', 'hk'),
    );
  });
});
