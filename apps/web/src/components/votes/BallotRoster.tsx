// Who votes on this case and who does not (with the server's Vietnamese reason), and the denominator they make.
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotRoster as Roster } from './voteApi';

export function BallotRoster({ roster }: { roster: Roster }) {
  const { t } = useTranslation('decisions');
  return (
    <Card size="small">
      <Flex vertical gap={12}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('vote.rosterTitle')}</Typography.Title>
        <div>
          <Typography.Text type="secondary">{t('vote.rosterDenominator')}: </Typography.Text>
          <Typography.Text strong data-testid="roster-denominator">{roster.denominator}</Typography.Text>
          <Typography.Text type="secondary"> ({t('vote.denominatorRoster', { voters: roster.voters.length, count: roster.denominator })})</Typography.Text>
        </div>
        <section aria-labelledby="ballot-voters">
          <Typography.Text strong id="ballot-voters">{t('vote.voters', { count: roster.voters.length })}</Typography.Text>
          {roster.voters.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('vote.noVoters')}</Typography.Paragraph>
          ) : (
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20, columns: roster.voters.length > 6 ? 2 : 1 }}>
              {roster.voters.map((v) => <li key={v.id}>{v.name}</li>)}
            </ol>
          )}
        </section>
        <section aria-labelledby="ballot-excluded">
          <Typography.Text strong id="ballot-excluded">{t('vote.excluded', { count: roster.excluded.length })}</Typography.Text>
          {roster.excluded.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('vote.noExcluded')}</Typography.Paragraph>
          ) : (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {roster.excluded.map((x) => (
                <li key={x.id}>
                  {x.name} <Tag style={{ marginInlineStart: 4, color: '#873800', background: '#fff7e6', borderColor: '#ffd591' }}>{x.reasonLabel}</Tag>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Flex>
    </Card>
  );
}
