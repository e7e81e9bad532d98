import type { Messages } from '../types';
import type vi from '../vi/reports';

const reports: Messages<typeof vi> = {
  title: 'Reports',
  intro: "The committee's periodic reports by unit (sub-units included) and period; download them as Excel or as a Word document in the Party's layout.",
  filters: {
    label: 'Choose a report',
    report: 'Report',
    unit: 'Unit',
    topUnit: 'Your highest unit',
    period: 'Period',
    view: 'Count cases under',
  },
  view: {
    AS_THEY_WERE: 'Units as they were',
    CURRENT_UNITS: "Today's units",
  },
  meta: '{{unit}} · {{period}} ({{from}} to {{to}}) · generated {{at}}',
  download: {
    excel: 'Download Excel',
    word: 'Download Word',
    failed: 'The report file could not be downloaded.',
  },
  table: {
    index: 'No.',
  },
  chart: {
    pie: 'pie',
    bar: 'bar',
    summary: '{{title}} ({{kind}} chart): {{items}}.',
    empty: 'No figures for the chosen period and unit.',
  },
  notes: 'Notes',
  noReports: 'No report yet.',
};

export default reports;
