import { toneScore } from '../../events/barometer.ts';
import type { CliCommand } from '../command.ts';
import { periodOptions } from '../period.ts';
import { drawing, pngOption, writePicture } from '../picture.ts';
import { renderBarometer } from '../render.ts';

export const barometerCommand: CliCommand = {
  name: 'barometer',
  usage: 'barometer [--from DATE] [--to DATE] [--png FILE] [--json]',
  summary: 'cooperation against conflict per quarter, with the events behind each score',
  options: { from: { type: 'string' }, to: { type: 'string' }, png: { type: 'string' } },
  async run({ options, engine }) {
    const period = periodOptions(options);
    const png = pngOption(options.png);
    const barometer = (await engine()).barometer(period);
    const notice = png && (await writePicture(png, await (await drawing()).barometerPicture({ barometer, ...period, language: 'en' }), 'barometer'));
    return { json: { scale: toneScore, ...barometer }, text: renderBarometer(barometer), ...(notice && { notice }) };
  },
};
