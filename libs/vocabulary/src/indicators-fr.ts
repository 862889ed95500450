/**
 * Indicators offered in the form (UNODC framework, grouped by dimension). The API takes any code; these are
 * the ones a first contact usually notes. Indicators support an identification, they never decide it.
 */
export const INDICATOR_FRAMEWORK = 'unodc';

export const INDICATOR_DIMENSIONS: Record<string, { label: string; indicators: Record<string, string> }> = {
  recruitment: {
    label: 'Recrutement',
    indicators: {
      deceptive_offer: 'Offre d’emploi ou promesse trompeuse',
      debt_for_travel: 'Dette contractée pour le voyage',
      recruited_by_relative: 'Recrutement par un proche ou une connaissance',
    },
  },
  control: {
    label: 'Contrôle et contrainte',
    indicators: {
      documents_confiscated: 'Papiers d’identité confisqués',
      movement_restricted: 'Liberté de mouvement restreinte',
      threats: 'Menaces contre la personne ou sa famille',
      violence: 'Violences physiques ou sexuelles',
      debt_bondage: 'Servitude pour dette',
    },
  },
  exploitation: {
    label: 'Exploitation',
    indicators: {
      earnings_withheld: 'Gains confisqués',
      excessive_hours: 'Horaires excessifs',
      degrading_conditions: 'Conditions de vie ou de travail indignes',
      forced_activity: 'Activité imposée',
    },
  },
  vulnerability: {
    label: 'Vulnérabilité',
    indicators: {
      isolated: 'Isolement, ne parle pas la langue',
      irregular_status: 'Situation administrative irrégulière exploitée',
      dependency: 'Dépendance envers l’exploitant (logement, travail)',
    },
  },
};

export const indicatorLabel = (dimension: string, indicator: string): string => INDICATOR_DIMENSIONS[dimension]?.indicators[indicator] ?? indicator;
export const dimensionLabel = (dimension: string): string => INDICATOR_DIMENSIONS[dimension]?.label ?? dimension;
