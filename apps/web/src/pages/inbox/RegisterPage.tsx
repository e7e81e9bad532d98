// Register information (POST /cases): the procedure (those the user may register), the receiving unit, the reporter's
// identity in a protected block, and the procedure's own registration form rendered from the JSON Schema its newest
// version publishes. One Idempotency-Key per registration, kept until it succeeds: a double click makes one case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form, Select, TreeSelect, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { useAuth } from '../../app/auth';
import { PageState } from '../../components/PageState';
import { SchemaForm } from '../../components/schema-form/SchemaForm';
import { unitTree, useProcedures, useUnits } from './reference';
import { creatableProcedures, defaultUnit, initialProcedure, rememberProcedure, unitsWithRole } from './register';
import { EMPTY_REPORTER, ReporterBlock, toReporterDto, type ReporterValue } from './ReporterBlock';

/** A refusal's field errors split by where they are shown: the reporter block, the unit, the procedure's form. */
export function splitRefusal(error: unknown): { reporter: Record<string, string>; unit?: string; form: unknown } {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return { reporter: {}, form: error };
  const reporter: Record<string, string> = {};
  let unit: string | undefined;
  const rest: unknown[] = [];
  for (const f of (error.details.fields ?? []) as { field: string; message: string }[]) {
    if (f.field.startsWith('reporter.')) reporter[f.field.slice('reporter.'.length)] = f.message;
    else if (f.field === 'orgUnitId') unit = f.message;
    else rest.push(f);
  }
  const form = rest.length > 0 || (Object.keys(reporter).length === 0 && !unit) ? new ApiError(error.status, error.code, error.message, { ...error.details, fields: rest }, error.correlationId) : undefined;
  return { reporter, unit, form };
}

export default function RegisterPage() {
  const { t } = useTranslation('inbox');
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const procedures = useProcedures();
  const units = useUnits();
  const assignments = useMemo(() => me?.assignments ?? [], [me]);
  const creatable = useMemo(() => creatableProcedures(procedures.procedures, assignments), [procedures.procedures, assignments]);

  const [procedureId, setProcedureId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [formData, setFormData] = useState<unknown>({});
  const [reporter, setReporter] = useState<ReporterValue>(EMPTY_REPORTER);
  const [unitMissing, setUnitMissing] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  const sending = useRef(false);

  const procedure = creatable.find((p) => p.id === procedureId);
  const allowedUnits = useMemo(() => (procedure ? unitsWithRole(units.units, assignments, procedure.createRoles) : []), [procedure, units.units, assignments]);

  useEffect(() => {
    if (!procedureId && creatable.length > 0) setProcedureId(initialProcedure(creatable, search.get('quyTrinh')));
  }, [creatable, procedureId, search]);
  useEffect(() => {
    if (procedure && (!unitId || !allowedUnits.some((u) => u.id === unitId))) setUnitId(defaultUnit(units.units, assignments, procedure.createRoles));
  }, [procedure, allowedUnits, unitId, units.units, assignments]);

  const version = useQuery({
    queryKey: ['procedure-version', procedure?.id, procedure?.latestVersion],
    enabled: !!procedure,
    queryFn: () =>
      unwrap(api.GET('/procedures/{id}/versions/{version}', { params: { path: { id: procedure!.id, version: String(procedure!.latestVersion) } } })),
    staleTime: 10 * 60_000,
  });

  const create = useMutation({
    mutationFn: (input: unknown) =>
      unwrap(
        api.POST('/cases', {
          body: { procedureId: procedure!.id, orgUnitId: unitId!, input: input as Record<string, unknown>, reporter: procedure!.takesReporter ? toReporterDto(reporter) : undefined },
          headers: { 'Idempotency-Key': idempotencyKey.current },
        }),
      ),
    onSuccess: (result) => {
      idempotencyKey.current = crypto.randomUUID();
      setReporter(EMPTY_REPORTER);
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      message.success(t('register.created', { title: result.case.title }));
      navigate(`/vu-viec/${result.case.id}`);
    },
  });
  const refusal = useMemo(() => splitRefusal(create.error), [create.error]);

  const submit = (input: unknown) => {
    if (!unitId) {
      setUnitMissing(true);
      return;
    }
    // A second click before the first answer sends nothing (the key would make the server answer the same anyway).
    if (sending.current) return;
    sending.current = true;
    create.mutate(input, { onSettled: () => (sending.current = false) });
  };

  const unitError = unitMissing && !unitId ? t('register.unitRequired') : refusal.unit;

  return (
    <div style={{ maxWidth: 880 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('register.title')}
      </Typography.Title>
      <PageState loading={procedures.isPending || units.isPending} error={procedures.error ?? units.error} onRetry={() => void procedures.refetch()}>
        {creatable.length === 0 ? (
          <Typography.Paragraph>{t('register.noProcedure')}</Typography.Paragraph>
        ) : (
          <>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form layout="vertical" component="div">
                <Form.Item label={t('register.procedure')} htmlFor="register-procedure" required>
                  <Select
                    id="register-procedure"
                    value={procedureId}
                    onChange={(id: string) => {
                      setProcedureId(id);
                      rememberProcedure(id);
                      setFormData({});
                      create.reset();
                    }}
                    options={creatable.map((p) => ({ value: p.id, label: p.title }))}
                  />
                </Form.Item>
                <Form.Item label={t('register.unit')} htmlFor="register-unit" required validateStatus={unitError ? 'error' : undefined} help={unitError} style={{ marginBottom: 0 }}>
                  <TreeSelect
                    id="register-unit"
                    value={unitId}
                    onChange={(id: string) => setUnitId(id)}
                    treeData={unitTree(allowedUnits)}
                    treeDefaultExpandAll
                    showSearch={{ treeNodeFilterProp: 'title' }}
                  />
                </Form.Item>
              </Form>
            </Card>

            {procedure?.takesReporter && (
              <ReporterBlock value={reporter} onChange={setReporter} errors={refusal.reporter} disabled={create.isPending} />
            )}

            <Card size="small" title={<span role="heading" aria-level={2}>{t('register.content')}</span>}>
              <PageState loading={version.isPending} error={version.error} onRetry={() => void version.refetch()}>
                {version.data && (
                  <SchemaForm
                    schema={version.data.input}
                    formData={formData}
                    onChange={setFormData}
                    onSubmit={submit}
                    serverError={refusal.form}
                    submitLabel={t('register.submit')}
                    busy={create.isPending}
                  />
                )}
              </PageState>
            </Card>
          </>
        )}
      </PageState>
    </div>
  );
}
