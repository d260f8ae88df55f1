import { afterAll, beforeAll, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { asMessage, buttonIds, interact, startHarness, type Harness } from './harness.js';
import { click, slash, str, user } from './payloads.js';

const NAMES = ['Ole Dahl', 'Kari Moen', 'Ivar Holm', 'Siri Lunde', 'Nils Aas', 'Eva Strand', 'Per Vik'];
const files = Object.fromEntries(
  NAMES.map((name, i) => [
    `ferry-${i}.txt`,
    `Ferry timetable news ${i}\nDate: 2024-06-0${i + 1}\n\n"The ferry timetable changes in June, part ${i + 1}," ${name} said.\n`,
  ]),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ files });
});
afterAll(async () => {
  await h?.stop();
});

it('"More results" pages in place for the person who asked, and privately for anyone else', async () => {
  const invoker = user(10);
  const expected = h.service.quote('ferry timetable');
  expect(expected.results.length).toBe(7);
  const first = await interact(h.fake, slash('quote', [str('topic', 'ferry timetable')], invoker));
  expect(first.message.embeds).toHaveLength(3);
  expect(first.message.content).toContain('Page 1 of 3');
  const more = buttonIds(first).find((id) => id.startsWith('v1|p|q|1|'))!;
  expect(more).toBeDefined();

  const second = await interact(h.fake, click(more, asMessage(first), invoker));
  expect(second.type).toBe(InteractionResponseType.UpdateMessage);
  expect(second.message.content).toContain('Page 2 of 3');
  expect(second.message.embeds!.map((e) => e.title)).toEqual(expected.results.slice(3, 6).map((r) => `“${r.text}”`));
  expect(buttonIds(second).some((id) => id.startsWith('v1|p|q|0|'))).toBe(true);

  const other = await interact(h.fake, click(more, asMessage(first), invoker, user(11)));
  expect(other.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(other.ephemeral).toBe(true);
  expect(other.message.content).toContain('Page 2 of 3');
});

it('the last page has no "More results"', async () => {
  const invoker = user(12);
  const first = await interact(h.fake, slash('quote', [str('topic', 'ferry timetable')], invoker));
  const last = buttonIds(first)
    .find((id) => id.startsWith('v1|p|q|1|'))!
    .replace('|p|q|1|', '|p|q|2|');
  const page = await interact(h.fake, click(last, asMessage(first), invoker));
  expect(page.message.embeds).toHaveLength(1);
  expect(buttonIds(page).some((id) => id.startsWith('v1|p|q|3|'))).toBe(false);
});
