// /vu-viec/:id — one case: the steps the user may take now and the procedure's diagram first, the deadlines in view,
// then the timeline, documents, linked cases, participants, notices and the reporter in tabs.
import { Card, Col, Row, Tabs, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageState } from '../../components/PageState';
import { StateDiagram } from '../../components/state-diagram/StateDiagram';
import type { StateNodeJson } from '../../components/state-diagram/machineGraph';
import { CaseHeader } from './CaseHeader';
import DeadlinesPanel from './panels/DeadlinesPanel';
import DocumentsPanel from './panels/DocumentsPanel';
import LinksPanel from './panels/LinksPanel';
import NoticesPanel from './panels/NoticesPanel';
import ParticipantsPanel from './panels/ParticipantsPanel';
import ReporterPanel from './panels/ReporterPanel';
import TimelinePanel from './panels/TimelinePanel';
import { StepsSection } from './StepsSection';
import { useCase, useCasePath, useProcedureVersion, useUnitNames, type CaseView, type ProcedureVersion, type TimelineItem } from './useCaseData';

const TABS = ['timeline', 'documents', 'links', 'participants', 'notices', 'reporter'] as const;
type TabKey = (typeof TABS)[number];

export default function CasePage() {
  const { t } = useTranslation('caseView');
  const { id = '' } = useParams();
  const caseQuery = useCase(id);
  const caseView = caseQuery.data;
  const procedure = useProcedureVersion(caseView?.procedureId, caseView?.machineVersion);
  const units = useUnitNames();
  const path = useCasePath(id, caseView?.version);
  const unitNames = units.data ?? {};
  const hasBallot = (caseView?.availableEvents ?? []).some((e) => e.ballot === true);

  return (
    <PageState loading={caseQuery.isPending} error={caseQuery.error} onRetry={() => void caseQuery.refetch()}>
      {caseView && (
        <div>
          <CaseHeader caseView={caseView} unitNames={unitNames} />
          {/* A ballot step needs the width for its form beside the live arithmetic: the diagram then goes below. */}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={hasBallot ? 24 : 11}>
              <Card size="small" styles={{ body: { padding: 16 } }}>
                <StepsSection caseView={caseView} procedure={procedure.data} unitNames={unitNames} timeline={path.data} />
              </Card>
            </Col>
            <Col xs={24} xl={hasBallot ? 24 : 13}>
              <Card size="small" styles={{ body: { padding: 16 } }}>
                <DiagramSection caseView={caseView} procedure={procedure} timeline={path.data} />
              </Card>
            </Col>
          </Row>
          <section aria-labelledby="case-deadlines-heading" style={{ marginTop: 16 }}>
            <Card size="small" styles={{ body: { padding: 16 } }}>
              <Typography.Title level={2} id="case-deadlines-heading" style={{ fontSize: 18, marginTop: 0 }}>{t('sections.deadlines')}</Typography.Title>
              <DeadlinesPanel caseView={caseView} />
            </Card>
          </section>
          <CaseTabs caseView={caseView} />
        </div>
      )}
    </PageState>
  );
}

function DiagramSection(props: {
  caseView: CaseView;
  procedure: { data?: ProcedureVersion; isPending: boolean; error: unknown; refetch: () => unknown };
  timeline: TimelineItem[] | undefined;
}) {
  const { t } = useTranslation('caseView');
  const { caseView, procedure } = props;
  const eventLabels = useMemo(() => Object.fromEntries((procedure.data?.events ?? []).map((e) => [e.type, e.label])), [procedure.data]);
  const pathSteps = useMemo(
    () => (props.timeline ?? []).map((i) => ({ fromState: i.fromState, toState: i.toState, label: i.label, occurredAt: i.occurredAt })),
    [props.timeline],
  );
  return (
    <section aria-labelledby="case-diagram-heading">
      <Typography.Title level={2} id="case-diagram-heading" style={{ fontSize: 18, marginTop: 0 }}>{t('sections.diagram')}</Typography.Title>
      <PageState loading={procedure.isPending} error={procedure.error} onRetry={() => void procedure.refetch()}>
        {procedure.data && (
          <StateDiagram
            definition={procedure.data.definition as StateNodeJson}
            stateLabels={procedure.data.states}
            eventLabels={eventLabels}
            currentState={caseView.state}
            path={pathSteps}
            nextEvents={caseView.availableEvents.map((e) => e.type)}
          />
        )}
      </PageState>
    </section>
  );
}

function CaseTabs({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('caseView');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey = requested && TABS.includes(requested) ? requested : 'timeline';
  const panel: Record<TabKey, ReactNode> = {
    timeline: <TimelinePanel caseView={caseView} />,
    documents: <DocumentsPanel caseView={caseView} />,
    links: <LinksPanel caseView={caseView} />,
    participants: <ParticipantsPanel caseView={caseView} />,
    notices: <NoticesPanel caseView={caseView} />,
    reporter: <ReporterPanel caseView={caseView} />,
  };
  return (
    <Card size="small" style={{ marginTop: 16 }} styles={{ body: { padding: '4px 16px 16px' } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        items={TABS.map((key) => ({ key, label: t(`tabs.${key}`), children: panel[key] }))}
      />
    </Card>
  );
}
