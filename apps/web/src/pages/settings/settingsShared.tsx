// Pieces the rules and authority tables share: the confidence tag and the "general / override by unit" cell.
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCivilDate } from '../../lib/format';

/** Tag tones with text dark enough for WCAG AA on their light background (Ant Design's presets are not). */
export const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  blue: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  volcano: { color: '#871400', background: '#fff2e8', borderColor: '#ffbb96' },
  purple: { color: '#22075e', background: '#f9f0ff', borderColor: '#d3adf7' },
} as const;

/** Success / refusal text colours with AA contrast on white. */
export const TEXT_OK = '#237804';
export const TEXT_NO = '#a8071a';

const CONFIDENCE_TONES: Record<string, keyof typeof TONES> = {
  STATED: 'green',
  INFERRED: 'blue',
  UNVERIFIED: 'orange',
  NOT_FOUND: 'red',
  CONFLICT: 'volcano',
  OVERRIDE: 'purple',
};

export function ConfidenceTag({ value }: { value: string | null }) {
  const { t } = useTranslation('settings');
  if (!value) return null;
  const label = t(`confidences.${value}`, { defaultValue: value });
  const tone = CONFIDENCE_TONES[value];
  return <Tag style={tone ? TONES[tone] : undefined}>{label}</Tag>;
}

export function BasisCell({ legalBasis, sourceRef, confidence }: { legalBasis: string | null; sourceRef: string | null; confidence: string | null }) {
  const { t } = useTranslation('settings');
  return (
    <Flex vertical gap={2} align="start">
      {legalBasis && <span>{legalBasis}</span>}
      <span>
        <ConfidenceTag value={confidence} />
        {sourceRef && sourceRef !== 'SETTING' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('source', { ref: sourceRef })}</Typography.Text>}
      </span>
    </Flex>
  );
}

export function ScopeCell(props: { orgUnitId: string | null; reason: string | null; effectiveFrom: string; unitName: (id: string) => string | undefined }) {
  const { t } = useTranslation('settings');
  return (
    <Flex vertical gap={2} align="start">
      {props.orgUnitId ? (
        <>
          <Tag style={{ ...TONES.purple, whiteSpace: 'normal' }}>{t('overrideBy', { unit: props.unitName(props.orgUnitId) ?? t('unknownUnit') })}</Tag>
          {props.reason && <Typography.Text style={{ fontSize: 12 }}>{t('overrideReason', { reason: props.reason })}</Typography.Text>}
        </>
      ) : (
        <Typography.Text>{t('general')}</Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('effectiveFrom')}: {formatCivilDate(props.effectiveFrom)}</Typography.Text>
    </Flex>
  );
}
