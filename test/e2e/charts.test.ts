import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PNG } from 'pngjs';
import { InteractionResponseType } from 'discord-api-types/v10';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/chart/spec.js';
import { CHART_ARTICLES } from '../chart/corpus.js';
import { interact, requestsFor, startHarness, type Harness, type Reply } from './harness.js';
import { autocomplete, slash, str } from './payloads.js';
import type { RecordedRequest } from './fake-discord.js';

/** Fault injection: the next chart drawn fails, as when the chart worker dies. */
const failNext = vi.hoisted(() => ({ value: false }));
vi.mock('../../src/chart/off-thread.js', async (original) => {
  const real = await original<typeof import('../../src/chart/off-thread.js')>();
  const render = real.chartWorker.render.bind(real.chartWorker);
  real.chartWorker.render = async (chart) => {
    if (failNext.value) {
      failNext.value = false;
      throw new Error('the chart worker stopped (exit code 1)');
    }
    return render(chart);
  };
  return real;
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ files: CHART_ARTICLES, extract: 'real' });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

/** The request that carried the final message (the reply, or the edit after a defer) and its upload. */
function finalRequest(reply: Reply, interaction: { id: string; token: string }): RecordedRequest {
  if (!reply.deferred) return reply.callback;
  const edits = requestsFor(h.fake, interaction).filter((r) => r.method === 'PATCH');
  return edits[edits.length - 1];
}

describe('chart commands through Discord', () => {
  it('/speakers uploads the chart as a PNG file and the embed shows it by attachment://', async () => {
    const interaction = slash('speakers');
    const reply = await interact(h.fake, interaction, 15_000);
    // Acknowledged at once, then the message and its file arrive as an edit (see chart-command.ts).
    expect(reply.deferred).toBe(true);
    const request = finalRequest(reply, interaction);
    expect(request.method).toBe('PATCH');
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
    const files = request.files ?? [];
    expect(files).toHaveLength(1);
    expect(files[0].filename).toBe('speakers.png');
    const png = PNG.sync.read(files[0].bytes);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const embed = reply.message.embeds?.[0];
    expect(embed?.image?.url).toBe('attachment://speakers.png');
    // The numbers beside the picture, and the picture described for screen readers.
    const rows = embed?.fields?.find((f) => f.name.startsWith('quotations'))?.value ?? '';
    expect(rows).toContain('Hana Sorensen: 3');
    // payload_json describes the upload `files[0]` as attachment 0.
    const attachments = (reply.message as { attachments?: Array<{ id?: string; description?: string }> }).attachments ?? [];
    expect(files[0].field).toBe('files[0]');
    expect(attachments[0]?.id).toBe('0');
    expect(attachments[0]?.description).toMatch(/^Horizontal bar chart\. Most quoted speakers\. 1\. Hana Sorensen: 3\./);
  });

  it('/timeline sends the stacked chart and cites the values the sources differ on', async () => {
    const interaction = slash('timeline', [str('topic', 'bridge')]);
    const reply = await interact(h.fake, interaction, 15_000);
    expect(finalRequest(reply, interaction).files?.[0]?.filename).toBe('timeline.png');
    const [main, ...cited] = reply.message.embeds ?? [];
    expect(main.image?.url).toBe('attachment://timeline.png');
    expect(main.description).toContain('sources differ');
    expect(cited.map((e) => e.title)).toEqual(expect.arrayContaining(['4 million pounds', '6 million pounds']));
  });

  it('/speaker answers with the profile, the chart and the cited quotations', async () => {
    const interaction = slash('speaker', [str('name', 'Hana Sorensen')]);
    const reply = await interact(h.fake, interaction, 15_000);
    const [main, ...quotes] = reply.message.embeds ?? [];
    expect(main.title).toBe('Hana Sorensen');
    expect(main.fields?.find((f) => f.name === 'Described as')?.value).toContain('council leader');
    expect(main.image?.url).toBe('attachment://speaker.png');
    expect(quotes[0]?.title).toContain('The bridge repair is the largest job');
  });

  it('/speaker suggests quoted speakers while the name is typed', async () => {
    const reply = await interact(h.fake, autocomplete('speaker', [str('name', 'Han', true)]));
    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = reply.callback.body.data.choices as Array<{ name: string }>;
    expect(choices.map((c) => c.name)).toContain('Hana Sorensen');
  });

  it('a chart that fails to draw still answers, with its numbers and a note instead of an error', async () => {
    failNext.value = true;
    {
      const interaction = slash('speakers', [str('topic', 'bridge')]);
      const reply = await interact(h.fake, interaction, 15_000);
      expect(finalRequest(reply, interaction).files ?? []).toHaveLength(0);
      const embed = reply.message.embeds?.[0];
      expect(embed?.image).toBeUndefined();
      expect(embed?.description).toContain('could not be drawn');
      expect(embed?.fields?.find((f) => f.name.startsWith('quotations'))?.value).toContain('Hana Sorensen: 3');
      expect(h.logs.find('chart could not be drawn; sent its numbers as text')).toHaveLength(1);
    }
  });
});
