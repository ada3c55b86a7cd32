import { describe, expect, it } from 'vitest';
import { fitReply, limits, truncate } from '../../src/discord/limits.ts';
import type { ReplyEmbed } from '../../src/discord/reply.ts';

const embedLength = (embed: ReplyEmbed) =>
  [embed.title, embed.description, embed.footer, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].join('').length;

describe('truncate', () => {
  it('leaves short text alone and marks a cut with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long sentence here', 10)).toBe('a long se…');
  });

  it('never splits an emoji (a surrogate pair)', () => {
    const cut = truncate(`abcdefgh${'😀'.repeat(5)}`, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('fitReply: Discord limits', () => {
  it('holds content to 2000 characters', () => {
    expect(fitReply({ content: 'x'.repeat(5000) }).content).toHaveLength(limits.content);
  });

  it('holds each field to 1024 and its name to 256', () => {
    const [embed] = fitReply({ embeds: [{ fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000) }] }] }).embeds ?? [];
    expect(embed?.fields?.[0]?.name).toHaveLength(256);
    expect(embed?.fields?.[0]?.value).toHaveLength(1024);
  });

  it('keeps every field when the embeds exceed 6000 characters together, cutting the longest values', () => {
    const fields = Array.from({ length: 8 }, (_, i) => ({ name: `[${i + 1}] Source`, value: `${'q'.repeat(i === 0 ? 50 : 1000)}` }));
    const reply = fitReply({ embeds: [{ title: 'Q', description: 'd'.repeat(1500), fields }] });
    const [embed] = reply.embeds ?? [];
    expect(embedLength(embed as ReplyEmbed)).toBeLessThanOrEqual(limits.embedTotal);
    expect(embed?.fields).toHaveLength(8);
    expect(embed?.fields?.[0]?.value).toHaveLength(50);
    expect(embed?.description).toHaveLength(1500);
  });

  it('counts every embed of a message towards the 6000', () => {
    const embed = { description: 'd'.repeat(4000) };
    const fitted = fitReply({ embeds: [embed, embed] }).embeds ?? [];
    expect(fitted.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(limits.embedTotal);
  });

  it('holds fields to 25 and buttons to five rows of five', () => {
    const fields = Array.from({ length: 30 }, () => ({ name: 'n', value: 'v' }));
    const buttons = Array.from({ length: 30 }, (_, i) => ({ customId: `b${i}`, label: 'l'.repeat(100), style: 'primary' as const }));
    const fitted = fitReply({ embeds: [{ fields }], buttons });
    expect(fitted.embeds?.[0]?.fields).toHaveLength(25);
    expect(fitted.buttons).toHaveLength(25);
    expect(fitted.buttons?.[0]?.label).toHaveLength(80);
  });
});
