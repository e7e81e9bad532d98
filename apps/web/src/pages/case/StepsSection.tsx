// The steps the user may take now, each a collapsible form. What was typed lives here, by step, so it survives the
// reload after a version conflict; the conflict notice says what changed meanwhile.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Collapse, Empty, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { StepResult } from './sendStep';
import { StepCard } from './StepCard';
import { tagStyle } from './tags';
import { caseKey, type AvailableEvent, type CaseView, type ProcedureVersion, type TimelineItem } from './useCaseData';

interface Conflict {
  stepLabel: string;
  stepType: string;
  fromState: string;
  fromStateLabel: string;
  fromVersion: number;
  /** The case has been fetched again since. */
  reloaded: boolean;
}

export interface StepsSectionProps {
  caseView: CaseView;
  procedure: ProcedureVersion | undefined;
  unitNames: Record<string, string>;
  /** The case's timeline, oldest first (to say what changed after a conflict). */
  timeline: TimelineItem[] | undefined;
}

export function StepsSection({ caseView, procedure, unitNames, timeline }: StepsSectionProps) {
  const { t } = useTranslation('caseView');
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [done, setDone] = useState<{ label: string; stateLabel: string } | null>(null);
  const events: AvailableEvent[] = caseView.availableEvents;
  // The first step opens by itself whenever the steps on offer change and none of the open ones is still offered.
  const offered = events.map((e) => e.type).join(' ');
  const [open, setOpen] = useState<{ offered: string; keys: string[] }>({ offered: '', keys: [] });
  if (open.offered !== offered) {
    const still = open.keys.filter((k) => events.some((e) => e.type === k));
    setOpen({ offered, keys: still.length ? still : events.slice(0, 1).map((e) => e.type) });
  }
  const schemas = Object.fromEntries((procedure?.events ?? []).map((e) => [e.type, e.payload]));

  const reload = () => queryClient.invalidateQueries({ queryKey: caseKey(caseView.id) });

  const onDone = (event: AvailableEvent, result: StepResult) => {
    setDrafts(({ [event.type]: _, ...rest }) => rest);
    setReasons(({ [event.type]: _, ...rest }) => rest);
    setConflict(null);
    setDone({ label: event.label, stateLabel: result.case.stateLabel });
    void reload();
  };

  const onConflict = (event: AvailableEvent) => {
    setDone(null);
    setConflict({ stepLabel: event.label, stepType: event.type, fromState: caseView.state, fromStateLabel: caseView.stateLabel, fromVersion: caseView.version, reloaded: false });
    void reload().finally(() => setConflict((c) => c && { ...c, reloaded: true }));
  };

  const items = events.map((event) => ({
    key: event.type,
    label: (
      <span>
        <Typography.Text strong>{event.label}</Typography.Text>
        {event.requiresSeparationReason && <Tag style={tagStyle('warning', { marginInlineStart: 8 })}>{t('step.tagSeparation')}</Tag>}
        {event.ballot && <Tag style={tagStyle('purple', { marginInlineStart: 8 })}>{t('step.tagBallot')}</Tag>}
        {(event.mayBeRefusedWhen?.length ?? 0) > 0 && <Tag style={tagStyle('neutral', { marginInlineStart: 8 })}>{t('step.tagConditions')}</Tag>}
      </span>
    ),
    children: (
      <StepCard
        caseId={caseView.id}
        version={caseView.version}
        event={event}
        schema={procedure ? ((schemas[event.type] as object | undefined) ?? { type: 'object', properties: {} }) : undefined}
        formData={drafts[event.type] ?? {}}
        onFormData={(data) => setDrafts((d) => ({ ...d, [event.type]: data }))}
        reason={reasons[event.type] ?? ''}
        onReason={(r) => setReasons((d) => ({ ...d, [event.type]: r }))}
        unitNames={unitNames}
        onConflict={() => onConflict(event)}
        onDone={(result) => onDone(event, result)}
      />
    ),
  }));

  return (
    <section aria-labelledby="case-steps-heading">
      <Typography.Title level={2} id="case-steps-heading" style={{ fontSize: 18, marginTop: 0 }}>{t('steps.heading')}</Typography.Title>
      {conflict && (
        <ConflictNotice conflict={conflict} caseView={caseView} timeline={timeline}
          stillOffered={events.some((e) => e.type === conflict.stepType)} onClose={() => setConflict(null)} />
      )}
      {done && (
        <Alert type="success" showIcon role="status" style={{ marginBottom: 12 }} closable={{ onClose: () => setDone(null), 'aria-label': t('close') }}
          title={t('steps.done', { step: done.label, state: done.stateLabel })} />
      )}
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={caseView.status === 'CLOSED' ? t('steps.closed') : t('steps.none')} />
      ) : (
        <Collapse items={items} activeKey={open.keys} onChange={(keys) => setOpen({ offered, keys: ([] as string[]).concat(keys) })} />
      )}
    </section>
  );
}

function ConflictNotice(props: {
  conflict: Conflict; caseView: CaseView; timeline: TimelineItem[] | undefined; stillOffered: boolean; onClose: () => void;
}) {
  const { t } = useTranslation('caseView');
  const { conflict, caseView } = props;
  const changes = (props.timeline ?? []).filter((i) => i.seq > conflict.fromVersion);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      closable={{ onClose: props.onClose, 'aria-label': t('close') }}
      title={t('conflict.title')}
      description={
        <div>
          {!conflict.reloaded ? (
            <div>{t('conflict.reloading')}</div>
          ) : (
            <>
              <div>
                {caseView.state !== conflict.fromState
                  ? t('conflict.stateChanged', { from: conflict.fromStateLabel, to: caseView.stateLabel, version: caseView.version })
                  : t('conflict.sameState', { state: caseView.stateLabel, version: caseView.version })}
              </div>
              {changes.length > 0 && (
                <ul style={{ margin: '4px 0', paddingLeft: 20 }} aria-label={t('conflict.changesLabel')}>
                  {changes.map((c) => (
                    <li key={c.seq}>{t('conflict.change', { step: c.label, actor: c.actorName ?? t('conflict.someone'), at: formatDateTime(c.occurredAt), state: c.toStateLabel })}</li>
                  ))}
                </ul>
              )}
              <div>{props.stillOffered ? t('conflict.kept', { step: conflict.stepLabel }) : t('conflict.gone', { step: conflict.stepLabel })}</div>
            </>
          )}
        </div>
      }
    />
  );
}
