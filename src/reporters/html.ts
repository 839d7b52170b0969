/**
 * The audit's HTML report: one self-contained page (no scripts, no network) with the score
 * histogram, findings per rule, a per-agent table, the worst replies with the offending text
 * highlighted, and the canned clusters. Mail is hostile input: every piece of text is escaped,
 * nothing from a message becomes a link or an attribute that runs, and a Content-Security-Policy
 * forbids scripts outright.
 */
import type { AuditReport } from '../audit/index.js';
import type { LintMessage, LintResult, Severity } from '../types.js';

export interface HtmlMeta {
  version: string;
  generatedAt: string;
  title?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const SEVERITY_COLOUR: Record<Severity, string> = { error: '#c0392b', warning: '#d68910', info: '#2e86c1' };

function histogramSvg(histogram: number[]): string {
  const width = 560;
  const height = 200;
  const barWidth = width / histogram.length;
  const max = Math.max(1, ...histogram);
  const bars = histogram
    .map((count, i) => {
      const h = Math.round((count / max) * (height - 40));
      const x = Math.round(i * barWidth + 4);
      const y = height - 20 - h;
      const label = i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`;
      const colour = i < 4 ? '#c0392b' : i < 7 ? '#d68910' : '#27ae60';
      return `<g class="bar" data-count="${count}"><rect x="${x}" y="${y}" width="${Math.round(barWidth - 8)}" height="${h}" fill="${colour}"><title>${label}: ${count} replies</title></rect>` +
        `<text x="${x + (barWidth - 8) / 2}" y="${y - 4}" text-anchor="middle" font-size="11">${count}</text>` +
        `<text x="${x + (barWidth - 8) / 2}" y="${height - 5}" text-anchor="middle" font-size="10">${label}</text></g>`;
    })
    .join('');
  return `<svg class="chart" id="score-histogram" role="img" aria-label="Score histogram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg>`;
}

function rulesSvg(report: AuditReport): string {
  const rows = report.rules;
  const rowHeight = 24;
  const width = 560;
  const labelWidth = 180;
  const max = Math.max(1, ...rows.map((r) => r.replies));
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const bars = rows
    .map((rule, i) => {
      const w = Math.round(((width - labelWidth - 60) * rule.replies) / max);
      const y = i * rowHeight;
      return `<g class="bar" data-count="${rule.replies}"><text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end" font-size="12">${escapeHtml(rule.ruleId)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" fill="#5d6d7e"><title>${escapeHtml(rule.ruleId)}: ${rule.replies} replies</title></rect>` +
        `<text x="${labelWidth + w + 6}" y="${y + 16}" font-size="11">${rule.replies}</text></g>`;
    })
    .join('');
  return `<svg class="chart" id="rules-chart" role="img" aria-label="Replies with findings, per rule" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg>`;
}

/** The reply's text with each finding's span wrapped in <mark>, everything escaped. */
export function highlight(text: string, messages: LintMessage[]): string {
  const spans = messages
    .filter((m) => m.offset !== undefined && m.endOffset !== undefined && m.endOffset > m.offset)
    .map((m) => ({ start: m.offset ?? 0, end: m.endOffset ?? 0, message: m }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue; // overlapping: the first (longest) wins
    out += escapeHtml(text.slice(cursor, span.start));
    const title = `${span.message.ruleId}: ${span.message.message}`;
    out += `<mark class="${span.message.severity}" title="${escapeHtml(title)}">${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  return out + escapeHtml(text.slice(cursor));
}

function worstReply(result: LintResult): string {
  const name = result.id ? `${result.filePath} #${result.id}` : result.filePath;
  const findings = result.messages
    .map((m) => `<li><span class="sev" style="color:${SEVERITY_COLOUR[m.severity]}">${m.severity}</span> ${escapeHtml(m.message)} <code>${escapeHtml(m.ruleId)}</code>` +
      (m.expected?.[0] ? `<br><span class="try">→ ${escapeHtml(m.expected[0])}</span>` : '') + '</li>')
    .join('');
  return `<article class="reply"><h3>${escapeHtml(name)} <span class="score">${result.score ?? '—'}/100</span>${result.author ? ` <small>by ${escapeHtml(result.author)}</small>` : ''}</h3>` +
    `<pre class="text">${highlight(result.text ?? '', result.messages)}</pre><ul>${findings}</ul></article>`;
}

function table(headers: string[], rows: string[][], id: string): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1c2833}
h1{margin:0 0 4px}h2{margin-top:36px;border-bottom:1px solid #d5d8dc;padding-bottom:4px}
.meta{color:#5d6d7e}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #d5d8dc;border-radius:8px;padding:10px 16px;min-width:120px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eaeded;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f4f6f6}td.num{text-align:right}
.reply{border:1px solid #d5d8dc;border-radius:8px;padding:8px 16px;margin:12px 0}.score{color:#c0392b}
pre.text{white-space:pre-wrap;background:#fbfcfc;padding:8px;border-radius:4px}
mark.error{background:#f5b7b1}mark.warning{background:#f9e79f}mark.info{background:#aed6f1}
.try{color:#1e8449}.sev{font-weight:600;text-transform:uppercase;font-size:11px}
.chart text{fill:#1c2833}
`;

export function htmlReport(report: AuditReport, meta: HtmlMeta): string {
  const { summary, accounting } = report;
  const title = meta.title ?? 'replylint audit';
  const cards = [
    ['messages read', accounting.read],
    ['replies linted', accounting.linted],
    ['customer messages', accounting.context],
    ['in error', accounting.failed],
    ['passed', summary.passed],
    ['failed', summary.failed],
    ['mean score', summary.meanScore ?? '—'],
    ['canned clusters', report.clusters.length],
  ]
    .map(([label, value]) => `<div class="card"><b>${escapeHtml(String(value))}</b>${escapeHtml(String(label))}</div>`)
    .join('');
  const ruleRows = report.rules.map((r) => [escapeHtml(r.ruleId), `${r.replies}`, `${r.errors}`, `${r.warnings}`, `${r.infos}`]);
  const agentRows = report.agents.map((a) => [
    escapeHtml(a.agent),
    `${a.replies}`,
    `${a.meanScore ?? '—'}`,
    `${a.failed}`,
    escapeHtml(a.topRules.map((r) => `${r.ruleId} (${r.count})`).join(', ')),
  ]);
  const clusterRows = report.clusters.slice(0, 100).map((c) => [
    `${c.size}`,
    `${c.threads}`,
    escapeHtml(c.agents.join(', ')),
    escapeHtml(c.firstDate?.slice(0, 10) ?? '—'),
    escapeHtml(c.lastDate?.slice(0, 10) ?? '—'),
    c.exact ? 'exact' : `${Math.round(c.similarity * 100)}%`,
    escapeHtml(c.example.length > 240 ? `${c.example.slice(0, 239)}…` : c.example),
  ]);
  const errors = report.errors.length > 0 ? `<h2>Inputs not read</h2><ul>${report.errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Generated ${escapeHtml(meta.generatedAt)} by replylint ${escapeHtml(meta.version)}${report.interrupted ? ' · <b>interrupted: partial results</b>' : ''}.
Read ${accounting.read} messages = ${accounting.linted} agent replies linted + ${accounting.context} customer messages + ${accounting.failed} in error (unreadable, or its worker failed).</p>
<div class="cards">${cards}</div>
<h2>Scores</h2>${histogramSvg(report.histogram)}
<h2>Findings per rule</h2>${rulesSvg(report)}
${table(['rule', 'replies', 'errors', 'warnings', 'info'], ruleRows, 'rules-table')}
<h2>Agents</h2>${table(['agent', 'replies', 'mean score', 'failed', 'top issues'], agentRows, 'agents-table')}
<h2>Lowest-scoring replies</h2>${report.worst.map(worstReply).join('\n') || '<p>None.</p>'}
<h2>Canned clusters</h2><p class="meta">Near-identical replies sent to different customers (Dice ≥ 0.8 after masking names, numbers and links).</p>
${table(['replies', 'customers', 'agents', 'first', 'last', 'similarity', 'example'], clusterRows, 'clusters-table')}
${errors}
</body></html>
`;
}
