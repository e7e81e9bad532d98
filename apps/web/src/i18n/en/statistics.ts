import type { Messages } from '../types';
import type vi from '../vi/statistics';

const statistics: Messages<typeof vi> = {
  title: 'Statistics',
  intro: 'Figures by reporting period and unit (sub-units included), dates in Vietnam time.',
  procedures: 'Procedure',
  noProcedures: 'No procedure yet.',
  filters: {
    label: 'Statistics filters',
    periodKind: 'Kind of period',
    quarter: 'By quarter',
    year: 'By year',
    range: 'Date range',
    pickYear: 'Year',
    pickQuarter: 'Quarter',
    pickRange: 'From – to',
    rangeStart: 'From',
    rangeEnd: 'To',
    unit: 'Unit',
    allUnits: 'Every unit in scope',
  },
  period: {
    quarter: 'Q{{q}} {{year}}',
    year: 'Year {{year}}',
    range: 'From {{start}} to {{end}}',
    span: '{{from}} – {{to}}',
  },
  received: 'Cases received in the period',
  sections: {
    bySource: 'Received by source',
    byCategory: 'Handling status',
  },
  table: {
    index: 'No.',
    item: 'Item',
    count: 'Cases',
    percent: 'Share (%)',
    sum: 'Total',
  },
  chart: {
    summary: '{{title}} ({{kind}} chart): {{items}}. Total {{sum}} cases.',
    bar: 'bar',
    funnel: 'funnel',
    noCases: 'No case in the chosen period and unit.',
  },
  byUnit: {
    title: 'Units compared',
    show: 'Show each unit',
    hint: "Each unit's figures include its sub-units.",
    unit: 'Unit',
    whole: 'Total: {{unit}}',
    none: 'The chosen unit has no sub-unit.',
    tooMany: 'There are {{count}} units; only the first {{max}} are shown. Choose a unit.',
  },
  view: {
    label: 'Count by unit',
    AS_THEY_WERE: 'Units as they were at the report date',
    CURRENT_UNITS: 'Rolled up to today’s units',
    hintAsTheyWere: 'Each case counts for the unit that held it at the end of the period, even if that unit has since merged, split or been dissolved.',
    hintCurrent: 'Cases of units that have ended count for their successors today.',
  },
  unitTotals: {
    title: 'Cases by unit',
    code: 'Unit code',
    name: 'Unit',
    total: 'Cases',
    sum: 'Total',
    none: 'No case in the chosen period and unit.',
  },
  export: {
    button: 'Export to Excel',
    done: 'Created {{name}}',
    failed: 'Could not create the Excel file: {{message}}',
    period: 'Reporting period',
    unit: 'Unit',
    received: 'Cases received',
    generatedAt: 'Exported at',
    byUnitSheet: 'By unit',
  },
};

export default statistics;
