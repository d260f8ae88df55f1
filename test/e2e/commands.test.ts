import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { COMMAND_ROWS as COMMANDS } from '../../src/answer/commands.js';
import { asMessage, buttonIds, interact, startHarness, TOKEN, type Harness } from './harness.js';
import { autocomplete, click, MEMBER, slash, str, user } from './payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('login', () => {
  it('finds the gateway through REST, identifies once and reports the index and guilds', async () => {
    const gateway = h.fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gateway?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(h.fake.gateway.identifies).toBe(1);
    expect(h.fake.gateway.urls[0]).toContain('v=10');
    expect(h.bot.client.guilds.cache.size).toBe(1);
    const ready = h.logs.find('bot ready')[0];
    expect(ready).toMatchObject({ guilds: 1, articles: 4, quotes: h.service.counts().quotes });
  });
});

describe('/whosaid', () => {
  it('names the speaker and cites the passage, with the matched words in bold and every other article', async () => {
    const expected = h.service.whosaid('rebuild the harbour');
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'rebuild the harbour')]));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.ephemeral).toBe(false);
    const top = expected.results[0];
    const embed = reply.message.embeds![0];
    const fields = Object.fromEntries(embed.fields!.map((f) => [f.name.replace(/ \(\d+\)$/, ''), f.value]));
    expect(reply.message.content).toContain(`**${expected.answer}**`);
    expect(embed.title).toBe(`“${top.text}”`);
    expect(fields.Speaker).toBe(top.speaker);
    expect(fields.Cue).toBe(top.cue);
    expect(fields.Source).toContain(top.source.title);
    expect(fields.Source).toContain(top.source.date);
    // Whatever the answer marks (the matched words) is bold in the cited passage.
    expect(top.highlights!.length).toBeGreaterThan(0);
    for (const m of top.highlights!) expect(embed.description).toContain(`**${top.passage.text.slice(m.start, m.end)}**`);
    expect(embed.description).toContain('harbour');
    expect(embed.footer?.text).toContain(`chars ${top.passage.start}–${top.passage.end}`);
    // Direct facts of the test corpus: Ana Ruiz said it, in both harbour articles.
    expect(fields.Speaker).toBe('Ana Ruiz');
    expect(fields['Also in']).toContain(top.source.id === 'harbour-plan' ? 'Harbour work begins with new cranes' : 'Harbour repairs approved before winter');
    expect(buttonIds(reply).some((id) => id.startsWith('v1|c|'))).toBe(true);
  });

  it('answers "nothing found" privately, with suggestions when there are any', async () => {
    const expected = h.service.whosaid('purple elephants dancing in tuxedos');
    expect(expected.found).toBe(false);
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'purple elephants dancing in tuxedos')]));
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.embeds ?? []).toHaveLength(0);
    expect(reply.message.content).toContain('purple elephants');
    if (expected.suggestions?.length) expect(reply.message.content).toContain('Did you mean');
  });

  it('lists each "did you mean" suggestion once', async () => {
    const expected = h.service.whosaid('rebuilding harbour winter');
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'rebuilding harbour winter')]));
    expect(reply.ephemeral).toBe(!expected.found);
    for (const s of new Set(expected.suggestions)) expect(reply.message.content!.split(s).length - 1).toBe(1);
  });

  it('quotes @everyone and user mentions verbatim while pinging nobody', async () => {
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'the ferry sails again on Friday')]));
    expect(reply.callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(reply.message.embeds);
    expect(text).toContain('@everyone');
    expect(text).toContain('<@123456789012345678>');
  });
});

describe('/quote, /ask, /sources, /help', () => {
  it('/quote lists quotations on a topic by one speaker', async () => {
    const expected = h.service.quote('pier', 'Tomas Berg');
    expect(expected.found).toBe(true);
    const reply = await interact(h.fake, slash('quote', [str('topic', 'pier'), str('speaker', 'Tomas Berg')]));
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.content).toContain(expected.answer);
    const embeds = reply.message.embeds!;
    expect(embeds).toHaveLength(Math.min(3, expected.results.length));
    embeds.forEach((e, i) => {
      expect(e.fields!.find((f) => f.name === 'Speaker')?.value).toBe('Tomas Berg');
      expect(e.title).toBe(`“${expected.results[i].text}”`);
    });
  });

  it('/ask gives the answer with its passage, or says the coverage does not answer', async () => {
    const question = 'how much does the harbour plan cost?';
    const expected = h.service.ask(question);
    const reply = await interact(h.fake, slash('ask', [str('question', question)]));
    expect(reply.ephemeral).toBe(!expected.found);
    if (expected.found) {
      expect(reply.message.content).toContain(expected.answer);
      expect(reply.message.embeds![0].description).toContain(expected.results[0].passage.text.slice(0, 20));
      if (expected.sourcesDiffer) expect(reply.message.content).toContain('sources differ');
    } else {
      expect(reply.message.content).toContain(expected.message);
    }
  });

  it('/sources lists every article with its date and counts', async () => {
    const expected = h.service.sources();
    const reply = await interact(h.fake, slash('sources'));
    const embed = reply.message.embeds![0];
    expect(embed.title).toBe('4 articles indexed');
    for (const r of expected.results) {
      expect(embed.description).toContain(r.source.title);
      expect(embed.description).toContain(`${r.source.date} — ${r.counts!.quotes} quote`);
    }
  });

  it('/help shows every command privately, with examples from the index', async () => {
    const reply = await interact(h.fake, slash('help'));
    expect(reply.ephemeral).toBe(true);
    const embed = reply.message.embeds![0];
    expect(embed.fields!.map((f) => f.name.replace(' (moderators)', ''))).toEqual(COMMANDS.map((c) => c.usage));
    expect(embed.description).toContain('every answer cites');
  });
});

describe('autocomplete', () => {
  it('/whosaid text suggests matching quotations within Discord limits', async () => {
    const reply = await interact(h.fake, autocomplete('whosaid', [str('text', 'rebuild the harb', true)]));
    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = reply.callback.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(choices.map((c) => c.value)).toContain('We will rebuild the harbour before winter');
  });

  it('/quote speaker suggests known speakers', async () => {
    const reply = await interact(h.fake, autocomplete('quote', [str('topic', 'harbour'), str('speaker', 'Tom', true)]));
    const choices = reply.callback.body.data.choices as Array<{ name: string }>;
    expect(choices.map((c) => c.name)).toContain('Tomas Berg');
  });
});

describe('buttons', () => {
  it('"Show context" answers privately with the surrounding paragraph', async () => {
    const invoker = user(1);
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'fishing fleet cannot wait')], invoker));
    const id = buttonIds(reply).find((x) => x.startsWith('v1|c|'))!;
    const ctx = await interact(h.fake, click(id, asMessage(reply), invoker));
    expect(ctx.ephemeral).toBe(true);
    const embed = ctx.message.embeds![0];
    // The paragraph holds the sentence before the quotation too.
    expect(embed.description).toContain('The plan costs 4 million euros');
    expect(embed.description).toContain('**');
  });

  it('unknown and stale buttons answer politely', async () => {
    const reply = await interact(h.fake, slash('sources'));
    const unknown = await interact(h.fake, click('something-else', asMessage(reply), MEMBER));
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.message.content).toMatch(/no longer supported/);
    const stale = await interact(h.fake, click('v1|c|zzzzzz|harbour-plan:q0', asMessage(reply), MEMBER));
    expect(stale.ephemeral).toBe(true);
    expect(stale.message.content).toMatch(/older index/);
  });
});

describe('commands the bot does not know', () => {
  it('answers privately instead of failing', async () => {
    const reply = await interact(h.fake, slash('frobnicate'));
    expect(reply.ephemeral).toBe(true);
  });
});

describe('the log', () => {
  it('has no errors and never the token', () => {
    expect(h.logs.entries.filter((e) => e.level >= 50)).toEqual([]);
    expect(h.logs.lines.join('\n')).not.toContain(TOKEN);
    const answered = h.logs.find('command answered');
    expect(answered.length).toBeGreaterThan(5);
    for (const e of answered) expect(e).toMatchObject({ command: expect.any(String), latencyMs: expect.any(Number), found: expect.any(Boolean) });
  });
});
