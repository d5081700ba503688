/// <reference types="vite/client" />
import type { GlossaryData } from '../../src/index.js';

/**
 * The documents the Data format page shows. tests/storybook/data-format-examples.node.test.ts
 * checks them against the elements' validator and glossary.schema.json, so the page never
 * teaches a document the elements would refuse.
 */

/** The least a glossary needs: a title, and terms with an id, a name and a definition. */
export const minimalGlossary: GlossaryData = {
  title: 'Freelance Glossary',
  terms: [
    {
      id: 'invoice',
      term: 'Invoice',
      definition: '<p>A bill a freelancer sends a client for work done, with the amount due and when to pay it.</p>',
    },
  ],
};

/** Every field the format knows. */
export const fullGlossary: GlossaryData = {
  title: 'Freelance Glossary',
  url: 'https://example.com/glossary/',
  language: 'en',
  terms: [
    {
      id: 'back-end',
      term: 'Back-End',
      aliases: ['Backend', 'Server side'],
      summary: 'The part of a website or app that runs on the server.',
      definition:
        '<p>The <strong>back-end</strong> is the part of a website or app that runs on the server: it stores data, applies the rules and answers the front-end’s requests.</p><p>Back-end work is often quoted in <a href="https://example.com/glossary/m/milestone-payments/">milestones</a>.</p>',
      seeAlso: ['milestone-payments'],
      categories: ['Development'],
      url: 'https://example.com/glossary/b/back-end/',
      articles: [
        {
          title: 'Pricing Back-End Work Without Guesswork',
          url: 'https://example.com/blog/pricing-back-end-work/',
          excerpt: 'How to estimate the parts of a project nobody sees.',
          image: 'https://example.com/images/back-end.jpg',
          date: '2024-05-01',
        },
      ],
      moreArticlesUrl: 'https://example.com/blog/tag/back-end/',
      caseSensitive: false,
      autolink: true,
    },
    {
      id: 'milestone-payments',
      term: 'Milestone Payments',
      definition: '<p>Payments tied to agreed stages of a project rather than to its end.</p>',
      url: 'https://example.com/glossary/m/milestone-payments/',
    },
  ],
};

/** A document as it is written to a file: two-space JSON. */
export const asJson = (document: unknown): string => JSON.stringify(document, null, 2);

const schemas = import.meta.glob<unknown>('../../glossary.schema.json', { eager: true, import: 'default' });

/** The JSON Schema at the repository's root, as published with the package; undefined if missing. */
export const glossarySchema: unknown = Object.values(schemas)[0];
