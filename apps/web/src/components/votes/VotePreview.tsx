// The vote view beside a ballot step's form: the roster (who counts, who is excluded and why) and the server's
// arithmetic for the numbers being typed, asked again ~400 ms after the form stops changing. The previous answer
// stays on screen while the next one is computed.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { BallotRoster } from './BallotRoster';
import { VoteArithmetic } from './VoteArithmetic';
import { fetchRoster, fetchVotePreview } from './voteApi';

export const PREVIEW_DEBOUNCE_MS = 400;

/** The value, once it has stopped changing for `ms` (compared by content, not identity). */
function useDebouncedValue<T>(value: T, ms: number): T | undefined {
  const serialized = JSON.stringify(value ?? null);
  const [settled, setSettled] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(serialized), ms);
    return () => clearTimeout(timer);
  }, [serialized, ms]);
  return settled === undefined ? undefined : (JSON.parse(settled) as T);
}

export default function VotePreview({ caseId, eventType, payload }: { caseId: string; eventType: string; payload: unknown }) {
  const { t } = useTranslation('decisions');
  const settled = useDebouncedValue(payload, PREVIEW_DEBOUNCE_MS);

  const roster = useQuery({ queryKey: ['cases', caseId, 'ballot-roster'], queryFn: () => fetchRoster(caseId) });
  const preview = useQuery({
    queryKey: ['cases', caseId, 'vote-preview', eventType, settled],
    queryFn: () => fetchVotePreview(caseId, eventType, settled ?? {}),
    enabled: settled !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });

  return (
    <Flex vertical gap={12}>
      {roster.isPending ? (
        <Spin description={t('vote.rosterLoading')}><div style={{ minHeight: 60 }} /></Spin>
      ) : roster.error ? (
        <ApiErrorAlert error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <BallotRoster roster={roster.data} />
      )}
      {preview.error && !preview.isFetching ? (
        <ApiErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      ) : preview.data ? (
        <VoteArithmetic result={preview.data} stale={preview.isPlaceholderData || preview.isFetching} />
      ) : preview.isFetching ? (
        <Spin description={t('vote.computing')}><div style={{ minHeight: 60 }} /></Spin>
      ) : (
        <Typography.Text type="secondary">{t('vote.waiting')}</Typography.Text>
      )}
    </Flex>
  );
}
