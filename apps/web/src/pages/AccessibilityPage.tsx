import { usePageTitle } from '../components/common';

export function AccessibilityPage() {
  usePageTitle('Accessibilité');
  return (
    <>
      <h1>Déclaration d’accessibilité</h1>
      <p>
        mnio s’appuie sur le système de design de l’État (DSFR) et vise la conformité au RGAA (WCAG 2.1 niveau AA). Chaque page est vérifiée automatiquement
        (axe-core) lors des tests ; aucun audit complet n’a encore été réalisé : le site est déclaré <strong>partiellement conforme</strong>.
      </p>
      <p>Pour signaler une difficulté, contactez l’administrateur de la plateforme de votre organisation.</p>
    </>
  );
}
