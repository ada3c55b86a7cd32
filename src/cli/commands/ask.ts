import { requireText, UsageError, type CliCommand } from '../command.ts';
import { guildOption, optionalGuild } from '../guild.ts';
import { renderAnswer } from '../render.ts';

export const askCommand: CliCommand = {
  name: 'ask',
  usage: 'ask "<question>" [--guild ID] [--json] | ask --json --stdin',
  summary: 'a cited answer (--stdin: one question a line, one JSON line each)',
  options: { stdin: { type: 'boolean' }, ...guildOption },
  async run({ positionals, options, engine: engineOf, readStdin }) {
    const engine = () => engineOf(optionalGuild(options));
    if (options.stdin) {
      if (positionals.length > 0) throw new UsageError('give the question as an argument or on stdin, not both');
      const bot = await engine();
      const answers = (await readStdin())
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => bot.ask(line));
      return { json: answers, jsonLines: answers, text: answers.map(renderAnswer).join('\n\n') };
    }
    const answer = (await engine()).ask(requireText(positionals.join(' '), 'the question'));
    return { json: answer, text: renderAnswer(answer) };
  },
};
