import type { CliCommand } from '../command.ts';
import { guildOption, optionalGuild } from '../guild.ts';
import { periodOptions, statusOption } from '../period.ts';
import { drawing, pngOption, writePicture } from '../picture.ts';
import { renderTimeline } from '../render.ts';

export const timelineCommand: CliCommand = {
  name: 'timeline',
  usage: 'timeline [--from DATE] [--to DATE] [--topic WORDS] [--status happened,planned,background] [--guild ID] [--png FILE] [--json]',
  summary: 'the events of a period in date order, with citations',
  options: { from: { type: 'string' }, to: { type: 'string' }, topic: { type: 'string' }, status: { type: 'string' }, png: { type: 'string' }, ...guildOption },
  async run({ options, engine }) {
    const { from, to } = periodOptions(options);
    const png = pngOption(options.png);
    const topic = typeof options.topic === 'string' ? options.topic : undefined;
    const status = statusOption(options.status);
    const events = (await engine(optionalGuild(options))).timeline({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(topic ? { topic } : {}), ...(status ? { status } : {}) });
    const notice = png && (await writePicture(png, await (await drawing()).timelinePicture({ events, from, to, language: 'en' }), 'timeline'));
    return { json: events, text: renderTimeline(events), ...(notice && { notice }) };
  },
};
