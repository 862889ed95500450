import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { inParis } from '@mnio/platform';
import { NOTIFICATION_EVENTS } from './event-types';
import type { NotificationContent } from './notification-event';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A due date in French, Paris time; the hour only when it is not midnight. */
export function frenchDate(iso: string): string {
  const d = inParis(new Date(iso));
  return format(d, d.getHours() === 0 && d.getMinutes() === 0 ? 'd MMMM yyyy' : "d MMMM yyyy 'à' HH'h'mm", { locale: fr });
}

function thresholdText(threshold: string | undefined): string | undefined {
  if (!threshold) return undefined;
  const m = /^(\d+)([dh])$/.exec(threshold);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] === 'd' ? (n > 1 ? 'jours' : 'jour') : n > 1 ? 'heures' : 'heure';
  return `dans ${n} ${unit}`;
}

/** The steps of a minor's protection an escalation names (codes of the cases context's clocks). */
const ESCALATED_STEPS: Record<string, string> = {
  minor_report: 'Signalement à la CRIP ou au parquet',
  ase_reception: 'Accueil provisoire par l’ASE',
  parquet_referral: 'Avis au parquet dans les 5 jours',
  judge_seizure: 'Saisine du juge des enfants dans les 8 jours',
};

/** The title shown in the inbox: label and case reference, nothing else. */
export function notificationTitle(content: NotificationContent): string {
  const label = NOTIFICATION_EVENTS[content.type].label;
  return content.reference ? `${label} — ${content.reference}` : label;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The email for one notification. Built from the content's allowed fields only (label, reference,
 * territory, due date, link), so no identity can reach a mailbox through it.
 */
export function renderEmail(content: NotificationContent, publicUrl: string): RenderedEmail {
  const base = publicUrl.replace(/\/+$/, '');
  const link = `${base}${content.path}`;
  const lines: [string, string][] = [];
  if (content.reference) lines.push(['Situation', content.reference]);
  if (content.territory) lines.push(['Département', content.territory]);
  if (content.type === 'DeadlineEscalated' && content.deadlineKind && ESCALATED_STEPS[content.deadlineKind]) lines.push(['Étape', ESCALATED_STEPS[content.deadlineKind]]);
  if (content.dueAt) lines.push(['Échéance', frenchDate(content.dueAt)]);
  const detail = thresholdText(content.threshold);
  const label = NOTIFICATION_EVENTS[content.type].label;
  const heading = detail ? `${label} : ${detail}` : label;
  const privacy = 'Pour protéger les personnes accompagnées, ce message ne contient aucune information les concernant : connectez-vous à mnio pour consulter la situation.';
  const prefs = `Vous recevez ce message selon vos préférences de notification : ${base}/notifications/preferences`;
  const text = [
    'Bonjour,',
    '',
    heading,
    ...lines.map(([k, v]) => `${k} : ${v}`),
    '',
    `Ouvrir dans mnio : ${link}`,
    '',
    privacy,
    prefs,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>mnio</title></head><body>',
    '<p>Bonjour,</p>',
    `<p><strong>${escapeHtml(heading)}</strong></p>`,
    lines.length ? `<ul>${lines.map(([k, v]) => `<li>${escapeHtml(k)} : ${escapeHtml(v)}</li>`).join('')}</ul>` : '',
    `<p><a href="${escapeHtml(link)}">Ouvrir dans mnio</a></p>`,
    `<p style="color:#666">${escapeHtml(privacy)}<br>${escapeHtml(prefs)}</p>`,
    '</body></html>',
  ].join('');
  return { subject: `[mnio] ${notificationTitle(content)}`, text, html };
}
