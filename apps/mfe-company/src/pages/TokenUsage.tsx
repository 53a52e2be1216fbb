import { Alert, Section, formatDate, formatDateTime } from '@portal/ui';
import { useEnv } from '../context.js';
import { TokenUsageDocument } from '../documents.js';
import { Loaded, useQuery } from '../kit.js';

/** One token's use of the API over 30 days: a bar per day (requests, errors in red), the limits now. */
export function TokenUsage({ tokenId }: { tokenId: string }) {
  const { t } = useEnv();
  const state = useQuery(TokenUsageDocument, {});
  return (
    <Loaded state={state}>
      {({ apiTokens }) => {
        const token = apiTokens.find((k) => k.id === tokenId);
        return token ? <UsageChart name={token.name} usage={token.usage} /> : <Alert tone="info">{t('notFound.text')}</Alert>;
      }}
    </Loaded>
  );
}

type Usage = { days: { day: string; requests: number; errors: number; costSpent: number }[]; rateLimitLimit: number; rateLimitRemaining: number; maxCostPerOperation: number; lastUsedAt?: string | null };

function UsageChart({ name, usage }: { name: string; usage: Usage }) {
  const { t, locale } = useEnv();
  const total = usage.days.reduce((n, d) => n + d.requests, 0);
  const errors = usage.days.reduce((n, d) => n + d.errors, 0);
  const cost = usage.days.reduce((n, d) => n + d.costSpent, 0);
  const max = Math.max(1, ...usage.days.map((d) => d.requests));
  const w = 12;
  const h = 80;
  return (
    <Section title={t('usage.title', { name })}>
      <svg role="img" aria-label={t('usage.chart', { total: String(total), errors: String(errors) })} width={usage.days.length * w} height={h + 16} className="mfc-chart">
        {usage.days.map((d, i) => {
          const all = (d.requests / max) * h;
          const bad = (d.errors / max) * h;
          return (
            <g key={d.day}>
              <title>{`${formatDate(d.day, locale)} : ${d.requests} / ${d.errors}`}</title>
              <rect x={i * w + 1} y={h - all} width={w - 2} height={all} fill="#3b6db3" />
              <rect x={i * w + 1} y={h - bad} width={w - 2} height={bad} fill="#c0392b" />
            </g>
          );
        })}
        <text x="0" y={h + 14} fontSize="10">{formatDate(usage.days[0]?.day ?? '', locale)}</text>
      </svg>
      <p>{t('usage.summary', { total: String(total), errors: String(errors), cost: String(cost) })}</p>
      <p>{t('usage.limits', { remaining: String(usage.rateLimitRemaining), limit: String(usage.rateLimitLimit), maxCost: String(usage.maxCostPerOperation) })}</p>
      <p>{t('usage.lastUsed', { date: usage.lastUsedAt ? formatDateTime(usage.lastUsedAt, locale) : '—' })}</p>
    </Section>
  );
}
