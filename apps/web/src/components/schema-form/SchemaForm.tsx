// A form rendered from a JSON Schema the API publishes (a procedure's `input`, a step's `payload`): a new procedure
// or version needs no UI code. Vietnamese titles, value labels and messages; dates as dd/MM/yyyy; the server's
// per-field refusals under their fields. The typed data is the parent's (controlled), so it survives a reload
// after a version conflict.
import Form from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import { EntityWidget } from './EntityWidget';
import { englishStringTranslator, replaceStringParameters, TranslatableString, type RegistryWidgetsType, type UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Alert, Button, Space } from 'antd';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { ViDateTimeWidget, ViDateWidget } from './DateWidgets';
import { makeTransformErrors, serverFieldErrors, withoutEdited } from './errors';
import { prepareSchema } from './prepareSchema';

export interface SchemaFormProps {
  /** The JSON Schema (draft-07) as the API publishes it. */
  schema: object;
  /** What was typed so far (controlled: the parent keeps it). */
  formData: unknown;
  onChange(data: unknown): void;
  /** Called with valid data only. */
  onSubmit(data: unknown): void;
  /** The last refusal (an ApiError): its message above the buttons, its field errors under the fields. */
  serverError?: unknown;
  submitLabel: string;
  busy?: boolean;
  disabled?: boolean;
  /** Extra buttons beside the submit button. */
  children?: ReactNode;
  /** Form element id (for a `form=` attribute elsewhere, tests). */
  id?: string;
}

// The root group needs no frame (the page's card is one); a nested group is set off by a rule on its left.
const CSS =
  '.hoso-schema-form fieldset{border:0;margin:0;padding:0;min-width:0}' +
  '.hoso-schema-form fieldset fieldset{border-left:3px solid #f0f0f0;padding-left:12px}';

const WIDGETS: RegistryWidgetsType = { viDate: ViDateWidget, viDateTime: ViDateTimeWidget, entity: EntityWidget };

const STRING_KEYS = new Map<string, string>(Object.entries(TranslatableString).map(([key, text]) => [text, key]));

/** Booleans as a "Có / Không" choice: an unchecked box cannot say "no" to a required question. */
function booleanRadios(schema: object, ui: UiSchema): UiSchema {
  const walk = (node: Record<string, unknown>, u: UiSchema) => {
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    if (!props) return;
    for (const [name, child] of Object.entries(props)) {
      const types = Array.isArray(child.type) ? child.type : [child.type];
      const own = (u[name] ??= {}) as UiSchema;
      if (types.includes('boolean') && !own['ui:widget']) own['ui:widget'] = 'radio';
      if (child.properties) walk(child, own);
      if (Object.keys(own).length === 0) delete u[name];
    }
  };
  const copy = structuredClone(ui);
  walk(schema as Record<string, unknown>, copy);
  return copy;
}

export function SchemaForm(props: SchemaFormProps) {
  const { t } = useTranslation('inbox');
  // Field ids unique on the page: a case page may show several step forms at once.
  const idPrefix = `sf${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const prepared = useMemo(() => prepareSchema(props.schema), [props.schema]);
  const uiSchema = useMemo<UiSchema>(
    () => ({
      ...booleanRadios(prepared.schema, prepared.uiSchema),
      'ui:submitButtonOptions': { norender: true },
    }),
    [prepared],
  );
  const transformErrors = useMemo(() => makeTransformErrors(t), [t]);
  const translateString = useMemo(
    () => (text: TranslatableString, params?: string[]) => {
      const key = STRING_KEYS.get(text);
      const own = key ? t(`schemaForm.rjsf.${key}`, { defaultValue: '' }) : '';
      return own ? replaceStringParameters(own, params) : englishStringTranslator(text, params);
    },
    [t],
  );

  // The server's field errors, each hidden once its field is edited; the data as it was when refused.
  const server = useMemo(() => serverFieldErrors(prepared.schema, props.serverError), [prepared.schema, props.serverError]);
  const [refused, setRefused] = useState<{ error: unknown; data: unknown }>({ error: props.serverError, data: props.formData });
  if (refused.error !== props.serverError) setRefused({ error: props.serverError, data: props.formData });
  const extraErrors = useMemo(() => withoutEdited(server, refused.data, props.formData), [server, refused.data, props.formData]);

  // Checked on submit; once a submit was refused, checked again as the person types so messages go away when fixed.
  const [submitted, setSubmitted] = useState(false);
  const validation = props.serverError instanceof ApiError && props.serverError.code === 'VALIDATION_FAILED';

  return (
    // Enter in a one-line field (a date being typed, a title) must not send the form: registering or taking a step
    // is done with the button only.
    <div onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && e.preventDefault()}>
      <style href="hoso-schema-form" precedence="medium">{CSS}</style>
      <Form
        id={props.id}
        className="hoso-schema-form"
        idPrefix={idPrefix}
        schema={prepared.schema}
        uiSchema={uiSchema}
        validator={validator}
        widgets={WIDGETS}
        formData={props.formData}
        onChange={(e: IChangeEvent) => props.onChange(e.formData)}
        onSubmit={(e: IChangeEvent) => props.onSubmit(e.formData)}
        onError={() => setSubmitted(true)}
        transformErrors={transformErrors}
        translateString={translateString}
        extraErrors={extraErrors}
        liveValidate={submitted ? 'onChange' : undefined}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        disabled={props.disabled}
        formContext={{ descriptionLocation: 'below' }}
        // An optional object (a dissolution threshold on a ballot without giải tán) stays absent until filled in:
        // populated empty, the server would refuse its required parts.
        experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
      >
        {props.serverError != null && (
          <div style={{ marginBottom: 12 }}>
            {validation && server.unmatched.length === 0 && server.paths.length > 0 ? (
              <Alert type="error" showIcon role="alert" title={t('schemaForm.fixFields')} />
            ) : (
              <ApiErrorAlert error={props.serverError} />
            )}
            {server.unmatched.length > 0 && (
              <ul aria-label={t('schemaForm.otherErrors')} style={{ margin: '8px 0 0', paddingLeft: 20 }}>
                {server.unmatched.map((f) => (
                  <li key={f.field}>{`${f.field}: ${f.message}`}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={props.busy} disabled={props.disabled}>
            {props.submitLabel}
          </Button>
          {props.children}
        </Space>
      </Form>
    </div>
  );
}

export default SchemaForm;
