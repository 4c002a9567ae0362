/**
 * The demo's knowledge base: a few dozen short help-center articles and a naive keyword search over them.
 */

export interface Article {
  id: string;
  title: string;
  content: string;
}

export interface ScoredArticle {
  id: string;
  score: number;
  content: string;
}

export const ARTICLES: readonly Article[] = [
  {
    id: "kb-billing-01",
    title: "Change the billing email",
    content: "Owners can change the billing email under Settings > Billing. Invoices are sent to the new address from the next billing cycle.",
  },
  {
    id: "kb-billing-02",
    title: "Download invoices",
    content: "Invoices are available as PDF under Settings > Billing > Invoices. Each invoice lists usage per project and applied credits.",
  },
  {
    id: "kb-billing-03",
    title: "Refund policy",
    content: "Annual plans can be refunded pro rata within 30 days. Monthly plans are not refunded, but you can cancel before the next renewal.",
  },
  {
    id: "kb-billing-04",
    title: "Update a payment card",
    content: "Add a new card under Settings > Billing > Payment methods, mark it as default, then remove the old card.",
  },
  {
    id: "kb-billing-05",
    title: "Failed payments",
    content: "If a payment fails we retry three times over seven days. After the last retry the workspace becomes read-only until the balance is paid.",
  },
  {
    id: "kb-billing-06",
    title: "Sales tax and VAT",
    content: "Enter your VAT number under Settings > Billing > Tax to remove VAT from future invoices. Past invoices cannot be reissued.",
  },
  {
    id: "kb-plans-01",
    title: "Compare plans",
    content: "Free includes 3 projects. Pro adds unlimited projects, SSO and audit logs. Enterprise adds SCIM, custom retention and a 99.95% SLA.",
  },
  {
    id: "kb-plans-02",
    title: "Upgrade or downgrade",
    content: "Plan changes apply immediately. Upgrades are prorated; downgrades take effect at the next renewal and keep data within the new limits.",
  },
  {
    id: "kb-plans-03",
    title: "Seats and members",
    content: "Each member uses one seat. Guests with read-only access are free. Remove inactive members to free seats.",
  },
  {
    id: "kb-account-01",
    title: "Reset your password",
    content: "Use Forgot password on the sign-in page. The reset link expires after 30 minutes. SSO users reset their password with their identity provider.",
  },
  {
    id: "kb-account-02",
    title: "Two-factor authentication",
    content: "Enable two-factor authentication under Profile > Security with an authenticator app. Recovery codes are shown once; store them safely.",
  },
  {
    id: "kb-account-03",
    title: "Delete your account",
    content: "Owners can delete the workspace under Settings > Danger zone. Data is removed after 14 days and cannot be recovered afterwards.",
  },
  {
    id: "kb-account-04",
    title: "Change your email address",
    content: "Change your login email under Profile > Account. We send a confirmation link to the new address before switching.",
  },
  {
    id: "kb-account-05",
    title: "Locked account",
    content: "After ten failed sign-in attempts the account is locked for one hour. Admins can unlock members from the Members page.",
  },
  {
    id: "kb-sso-01",
    title: "Set up SAML SSO",
    content: "Pro and Enterprise workspaces can configure SAML SSO under Settings > Security. Upload the identity provider metadata and verify your domain.",
  },
  {
    id: "kb-sso-02",
    title: "SCIM provisioning",
    content: "Enterprise workspaces can provision and deprovision members automatically with SCIM 2.0 from Okta, Entra ID or OneLogin.",
  },
  {
    id: "kb-data-01",
    title: "Export your data",
    content: "Export projects as CSV or JSON under Settings > Data > Export. Large exports are emailed as a download link within an hour.",
  },
  {
    id: "kb-data-02",
    title: "Data retention",
    content: "Logs are retained for 30 days on Pro and up to 400 days on Enterprise. Deleted projects stay in the trash for 14 days.",
  },
  {
    id: "kb-data-03",
    title: "Import from CSV",
    content: "Import records from CSV under Project > Import. The first row must hold column names; files up to 50 MB are supported.",
  },
  {
    id: "kb-data-04",
    title: "Data residency",
    content: "Enterprise workspaces can pin data to the EU or US region at creation. Moving an existing workspace between regions is not supported.",
  },
  {
    id: "kb-api-01",
    title: "Create an API key",
    content: "Create API keys under Settings > API keys. Keys are shown once; rotate them regularly and never commit them to source control.",
  },
  {
    id: "kb-api-02",
    title: "API rate limits",
    content: "The API allows 600 requests per minute per key on Pro. Responses with status 429 include a Retry-After header.",
  },
  {
    id: "kb-api-03",
    title: "Webhooks",
    content: "Webhooks deliver events as signed JSON POST requests. Failed deliveries are retried with exponential backoff for 24 hours.",
  },
  {
    id: "kb-api-04",
    title: "Webhook signatures",
    content: "Verify the X-Acme-Signature header with HMAC-SHA256 of the raw body and your webhook secret before trusting an event.",
  },
  {
    id: "kb-integrations-01",
    title: "Slack integration",
    content: "Connect Slack under Integrations to receive alerts in a channel. Only workspace admins can install or remove the Slack app.",
  },
  {
    id: "kb-integrations-02",
    title: "GitHub integration",
    content: "Link GitHub repositories to projects to show deploy status. The GitHub app needs read access to metadata and deployments.",
  },
  {
    id: "kb-notifications-01",
    title: "Email notifications",
    content: "Choose which email notifications you receive under Profile > Notifications. Security alerts cannot be turned off.",
  },
  {
    id: "kb-troubleshoot-01",
    title: "Dashboard is slow",
    content: "Slow dashboards are usually caused by very wide time ranges. Narrow the range or add filters; cached panels refresh every minute.",
  },
  {
    id: "kb-troubleshoot-02",
    title: "Missing data in charts",
    content: "New data can take up to two minutes to appear. Check the project filter and the time zone set under Profile > Preferences.",
  },
  {
    id: "kb-troubleshoot-03",
    title: "Browser support",
    content: "We support the latest two versions of Chrome, Firefox, Safari and Edge. Clear the cache if the page does not load after an update.",
  },
  {
    id: "kb-security-01",
    title: "Audit logs",
    content: "Audit logs record sign-ins, permission changes and exports. Pro keeps them for 90 days; Enterprise can stream them to a SIEM.",
  },
  {
    id: "kb-security-02",
    title: "Report a vulnerability",
    content: "Report security issues through our responsible disclosure program. We acknowledge reports within two business days.",
  },
];

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "at",
  "be",
  "can",
  "do",
  "does",
  "for",
  "from",
  "how",
  "i",
  "in",
  "is",
  "it",
  "my",
  "of",
  "on",
  "or",
  "the",
  "to",
  "we",
  "what",
  "when",
  "why",
  "with",
  "you",
  "your",
]);

function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .map((t) => (t.length > 4 && t.endsWith("s") ? t.slice(0, -1) : t));
}

const INDEX = ARTICLES.map((article) => ({
  article,
  title: new Set(terms(article.title)),
  body: new Set(terms(article.content)),
}));

/**
 * Top `topK` articles for a query, scored in [0, 1] by the share of query terms they contain
 * (a title match counts double); articles below `minScore` are dropped.
 */
export function searchArticles(query: string, topK: number, minScore = 0): ScoredArticle[] {
  const queryTerms = [...new Set(terms(query))];
  if (queryTerms.length === 0) return [];
  return INDEX.map(({ article, title, body }) => {
    let hits = 0;
    for (const t of queryTerms) hits += title.has(t) ? 2 : body.has(t) ? 1 : 0;
    const score = Math.min(1, hits / queryTerms.length);
    return { id: article.id, score: Math.round(score * 1000) / 1000, content: `${article.title}: ${article.content}` };
  })
    .filter((a) => a.score > 0 && a.score >= minScore)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, topK);
}
