import { afterAll, beforeAll, expect, it } from 'vitest';
import { interact, startHarness, type Harness } from './harness.js';
import { autocomplete, slash, str, user } from './payloads.js';
import { seedCorpus } from '../helpers/corpus.js';

/** The real corpus and the real extractor: what the bot answers is what the service answers. */
let h: Harness;
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  const corpus = await seedCorpus();
  cleanup = corpus.cleanup;
  h = await startHarness({ seedsDir: corpus.dir, extract: 'real' });
});
afterAll(async () => {
  await h?.stop();
  await cleanup();
});

it('/whosaid on the seeds cites what the service finds, titles "Also in" by article', async () => {
  const expected = h.service.whosaid('nation of immigrants');
  const reply = await interact(h.fake, slash('whosaid', [str('text', 'nation of immigrants')], user(60)));
  expect(reply.ephemeral).toBe(!expected.found);
  if (!expected.found) return;
  const top = expected.results[0];
  const embed = reply.message.embeds![0];
  expect(reply.message.content).toContain(`**${expected.answer}**`);
  expect(embed.title!.startsWith(`“${top.text.slice(0, 40)}`)).toBe(true);
  expect(embed.fields!.find((f) => f.name === 'Speaker')!.value).toBe(top.speaker ?? 'Unattributed');
  expect(embed.description).toMatch(/\*\*[^*]+\*\*/);
  expect(embed.footer!.text).toContain(`chars ${top.passage.start}–${top.passage.end}`);
  for (const id of top.alsoIn) {
    const title = h.service.index.search.articles.get(id)!.title;
    expect(embed.fields!.find((f) => f.name.startsWith('Also in'))!.value).toContain(title.slice(0, 30));
  }
});

it('/ask, /sources and speaker autocomplete on the seeds agree with the service', async () => {
  const question = 'how many countries are in the order?';
  const expected = h.service.ask(question);
  const ask = await interact(h.fake, slash('ask', [str('question', question)], user(61)));
  expect(ask.ephemeral).toBe(!expected.found);
  if (expected.found) expect(ask.message.content).toContain(expected.answer!.slice(0, 40));
  const sources = await interact(h.fake, slash('sources', [], user(62)));
  expect(sources.message.embeds![0].title).toBe(`${h.service.counts().articles} articles indexed`);
  const speakers = h.service.suggestSpeakers('Zuck').map((c) => c.name);
  const ac = await interact(h.fake, autocomplete('quote', [str('topic', 'refugees'), str('speaker', 'Zuck', true)]));
  expect(ac.callback.body.data.choices.map((c: { name: string }) => c.name)).toEqual(speakers);
});
