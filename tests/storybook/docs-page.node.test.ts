import { describe, expect, it } from 'vitest';

/** What Storybook's Docs page reads of a story: whether it renders inline, and in what height otherwise. */
interface DocsStory {
  args?: { glossary?: { terms: unknown[] } };
  loaders?: unknown[];
  parameters?: { docs?: { disable?: boolean; story?: { inline?: boolean; height?: string } } };
}

// Issue 11, point 10: every <glossary-index> story rendered inline on its Docs page, the
// 10,000-term one too (about 585,000 px tall, 87 s to settle).
describe('the <glossary-index> Docs page', () => {
  it('shows heavy stories in a fixed-height frame of their own, not inline', async () => {
    const stories = (await import('../../stories/glossary-index.stories.js')) as Record<string, DocsStory>;
    const heavy = Object.entries(stories).filter(([name, story]) => name !== 'default' && (story.loaders?.length ?? 0) > 0);

    expect(heavy.map(([name]) => name)).toContain('TenThousandTerms');
    for (const [name, story] of heavy) {
      const docs = story.parameters?.docs;
      expect(docs?.disable || (docs?.story?.inline === false && Boolean(docs.story.height)), name).toBe(true);
    }
  });
});
