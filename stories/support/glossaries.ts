import type { GlossaryData } from '../../src/index.js';

const article = (n: number, title: string, date: string) => ({
  title,
  url: `https://example.com/blog/statement-of-work-${n}/`,
  excerpt: 'What to write down before the work starts, so both sides agree on what “done” means.',
  date,
});

/** One term with every kind of content the definition allowlist keeps, and six articles. */
export const longGlossary: GlossaryData = {
  title: 'Freelance Glossary',
  url: 'https://example.com/glossary/',
  language: 'en',
  terms: [
    {
      id: 'statement-of-work',
      term: 'Statement of Work',
      aliases: ['SOW'],
      definition: `
        <p>A <strong>statement of work</strong> (<abbr>SOW</abbr>) describes one project under a
          wider agreement: what will be delivered, by when, for how much, and how the client will
          accept it. Where the master agreement sets the rules, the SOW sets the job.</p>
        <p>A good SOW is specific enough that a stranger could tell whether the work is finished.
          Vague verbs such as <em>support</em>, <em>improve</em> or <em>optimise</em> invite
          disagreement; measurable outcomes do not.</p>
        <p>Most statements of work cover:</p>
        <ul>
          <li>the deliverables, each with a short description;</li>
          <li>milestones and dates, and what the client must provide for each;</li>
          <li>fees, expenses and the <a href="https://example.com/glossary/p/payment-terms/">payment terms</a>;</li>
          <li>how changes are requested and priced.</li>
        </ul>
        <p>When the scope changes, write the change down before doing it:</p>
        <ol>
          <li>describe the change in one paragraph;</li>
          <li>estimate its cost and its effect on the dates;</li>
          <li>get the client's written approval.</li>
        </ol>
        <p>Some freelancers keep the deliverables machine-readable, for example:</p>
        <pre><code>deliverables:
  - id: D1
    title: Checkout redesign
    due: 2024-09-30</code></pre>
        <blockquote><p>If it isn't in the statement of work, it isn't in the price.</p></blockquote>
        <p>Keep every signed SOW with the master agreement it belongs to: together they are the
          contract.</p>
      `,
      seeAlso: ['scope-creep'],
      url: 'https://example.com/glossary/s/statement-of-work/',
      articles: [
        article(1, 'Writing a Statement of Work Clients Actually Read', '2024-06-03'),
        article(2, 'Acceptance Criteria for Creative Work', '2024-04-18'),
        article(3, 'Change Requests Without the Awkwardness', '2024-02-27'),
        article(4, 'Milestones That Match How You Get Paid', '2023-12-11'),
        article(5, 'One Master Agreement, Many Statements of Work', '2023-10-05'),
        article(6, 'A Statement of Work Template, Annotated', '2023-08-21'),
      ],
      moreArticlesUrl: 'https://example.com/blog/tag/statement-of-work/',
    },
    {
      id: 'scope-creep',
      term: 'Scope Creep',
      definition: '<p>Work that grows beyond what was agreed, without the price or dates growing with it.</p>',
      url: 'https://example.com/glossary/s/scope-creep/',
    },
  ],
};

/** A small right-to-left glossary (Arabic). */
export const arabicGlossary: GlossaryData = {
  title: 'مسرد العمل الحر',
  url: 'https://example.com/ar/glossary/',
  language: 'ar',
  terms: [
    {
      id: 'invoice',
      term: 'فاتورة',
      aliases: ['فواتير'],
      definition:
        '<p>الفاتورة مستند يرسله المستقل إلى العميل يطلب فيه دفع مبلغ مقابل عمل أُنجز، ويذكر فيه الخدمات المقدمة والمبلغ المستحق وتاريخ الاستحقاق.</p>' +
        '<p>أرسل الفاتورة فور تسليم العمل، واذكر فيها <strong>شروط الدفع</strong> المتفق عليها في العقد.</p>',
      seeAlso: ['contract', 'deposit'],
      url: 'https://example.com/ar/glossary/invoice/',
      articles: [
        {
          title: 'كيف تكتب فاتورة واضحة',
          url: 'https://example.com/ar/blog/invoice/',
          excerpt: 'خطوات بسيطة لفاتورة يدفعها العميل في موعدها.',
          date: '2024-04-02',
        },
      ],
      moreArticlesUrl: 'https://example.com/ar/blog/tag/invoice/',
    },
    {
      id: 'contract',
      term: 'عقد',
      definition: '<p>العقد اتفاق مكتوب بين المستقل والعميل يحدد نطاق العمل والسعر والمواعيد.</p>',
      url: 'https://example.com/ar/glossary/contract/',
    },
    {
      id: 'deposit',
      term: 'دفعة مقدمة',
      definition: '<p>الدفعة المقدمة جزء من أجر المشروع يدفعه العميل قبل بدء العمل.</p>',
      url: 'https://example.com/ar/glossary/deposit/',
    },
  ],
};
