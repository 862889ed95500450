import { createHash } from 'node:crypto';
import { PARIS_TIME_ZONE } from '@mnio/platform';
import { ACTION_STATUS_LABELS, DECISION_LABELS, DecisionType } from '../domain/vocabulary';

export interface MinutesData {
  cellName: string;
  territory: string;
  date: string;
  attendees: string[];
  agenda: string[];
  decisions: {
    reference: string;
    type: DecisionType;
    decidedAt: string;
    supersedesDecidedAt: string | null;
    superseded: boolean;
    actions: { ownerName: string; dueOn: string; status: string }[];
  }[];
  generatedAt: Date;
}

const STYLE = `body{font-family:Marianne,Arial,sans-serif;margin:2cm;color:#161616}h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc}
.conf{font-weight:bold;border:1px solid #ce0500;padding:.5em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;text-align:left}
article{break-inside:avoid;margin-bottom:1em}.note{color:#555}@media print{body{margin:1cm}}`;

/** Content-Security-Policy of the minutes: nothing loads, only this page's own style (by hash) applies. */
export const MINUTES_CSP = [
  `default-src 'none'`,
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  `base-uri 'none'`,
  `form-action 'none'`,
  `frame-ancestors 'none'`,
].join('; ');

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** French dates of the minutes (HTML and PDF alike). */
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: PARIS_TIME_ZONE });
const PARIS_MOMENT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS_TIME_ZONE });
export const day = (d: string) => DAY.format(new Date(`${d.slice(0, 10)}T00:00:00Z`));
export const dayOf = (iso: string) => PARIS_DAY.format(new Date(iso));
export const moment = (d: Date) => PARIS_MOMENT.format(d);

/**
 * Printable minutes in French. They name cases by reference only and carry codes, organisation names and
 * dates: never identity, and not the free text of decisions or actions (which may name people).
 */
export function renderMinutes(m: MinutesData): string {
  const list = (items: string[], tag: 'ul' | 'ol', empty: string) =>
    items.length ? `<${tag}>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>` : `<p class="note">${empty}</p>`;
  const decisions = m.decisions.map((d) => {
    const actions = d.actions.length
      ? `<table><caption>Actions de suivi</caption><thead><tr><th scope="col">Organisation responsable</th><th scope="col">Échéance</th><th scope="col">État</th></tr></thead><tbody>${d.actions
          .map((a) => `<tr><td>${escape(a.ownerName)}</td><td>${escape(day(a.dueOn))}</td><td>${escape(ACTION_STATUS_LABELS[a.status] ?? a.status)}</td></tr>`)
          .join('')}</tbody></table>`
      : '<p class="note">Aucune action de suivi.</p>';
    return `<article><h3>Situation ${escape(d.reference)}</h3><p>Décision : <strong>${escape(DECISION_LABELS[d.type] ?? d.type)}</strong> (${escape(dayOf(d.decidedAt))})</p>${
      d.supersedesDecidedAt ? `<p>Remplace la décision du ${escape(dayOf(d.supersedesDecidedAt))}.</p>` : ''
    }${d.superseded ? '<p class="note">Cette décision a été remplacée par une décision ultérieure.</p>' : ''}${actions}</article>`;
  });
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Compte rendu de réunion — ${escape(m.cellName)} — ${escape(day(m.date))}</title><style>${STYLE}</style></head>
<body><header><p class="conf">Document confidentiel, réservé aux membres de la cellule. Les situations n’y sont désignées que par leur référence : il ne contient aucune donnée d’identité.</p>
<h1>Compte rendu de réunion</h1><p>${escape(m.cellName)} — département ${escape(m.territory)}</p><p>Réunion du ${escape(day(m.date))}</p></header>
<main><section><h2>Organisations présentes</h2>${list(m.attendees, 'ul', 'Aucune organisation enregistrée.')}</section>
<section><h2>Ordre du jour</h2>${list(m.agenda.map((r) => `Situation ${r}`), 'ol', 'Aucune situation inscrite.')}</section>
<section><h2>Décisions</h2>${decisions.length ? decisions.join('') : '<p class="note">Aucune décision enregistrée.</p>'}</section></main>
<footer><p class="note">Le texte des décisions et l’intitulé des actions ne figurent pas dans ce document : les personnes habilitées les consultent dans mnio.</p>
<p class="note">Édité le ${escape(moment(m.generatedAt))}.</p></footer></body></html>`;
}
