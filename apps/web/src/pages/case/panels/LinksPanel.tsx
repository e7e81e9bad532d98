// The cases this one is linked to: the parent that opened it, the children it opened (inspection, discipline…),
// each with its procedure, its state in Vietnamese, and a link to its page.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { formatDate } from '../../../lib/format';
import { useProcedureSummaries } from './queries';
import { ToneTag } from '../../../components/timeline/ToneTag';

type Linked = Schemas['LinkedCaseResponse'];

export default function LinksPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { t } = useTranslation('casePanels');
  const { parent, children } = caseView.links;
  if (!parent && children.length === 0) return <Typography.Text type="secondary">{t('links.none')}</Typography.Text>;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <section aria-labelledby="links-parent">
        <Typography.Title level={3} id="links-parent" style={{ fontSize: 16 }}>{t('links.parent')}</Typography.Title>
        {parent ? <LinkedList items={[parent]} /> : <Typography.Text type="secondary">{t('links.noParent')}</Typography.Text>}
      </section>
      <section aria-labelledby="links-children">
        <Typography.Title level={3} id="links-children" style={{ fontSize: 16 }}>{t('links.children')}</Typography.Title>
        {children.length ? <LinkedList items={children} /> : <Typography.Text type="secondary">{t('links.noChildren')}</Typography.Text>}
      </section>
    </div>
  );
}

function LinkedList({ items }: { items: Linked[] }) {
  const { t } = useTranslation('casePanels');
  const procedures = useProcedureSummaries();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 8 }}>
      {items.map((c, i) => {
        const p = procedures.data?.[c.procedureId];
        return (
          <li key={c.caseId} style={{ padding: '12px 16px', borderTop: i > 0 ? '1px solid #f0f0f0' : undefined }}>
            <div style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 }}>
              <Link to={`/vu-viec/${c.caseId}`} style={{ fontWeight: 600 }}>{c.title}</Link>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
                <ToneTag tone="purple">{t(`links.relations.${c.link}`, { defaultValue: c.link })}</ToneTag>
                <span>{p?.title ?? c.procedureId}</span>
                <span aria-hidden>·</span>
                <span>
                  {t('links.state')}: <ToneTag tone="blue">{p?.states[c.state] ?? c.state}</ToneTag>
                </span>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('links.openedAt', { date: formatDate(c.createdAt), seq: c.parentSeq })}
              </Typography.Text>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
