// The holiday calendar of a year (current version): days off and swapped working days with their names, as a year
// view and as a list. An administrator of the top-level unit may change it (a new version, with a reason) and then
// recompute the open deadlines after looking at the dry run.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCivilDate, todayInVietnam } from '../../lib/format';
import { CalendarChangeForm, type CalendarChangeValues, type DayAction } from './CalendarChangeForm';
import { RecomputePanel } from './RecomputePanel';
import { TONES } from './settingsShared';
import { weekdayIndex, YearGrid } from './YearGrid';

type Day = Schemas['CalendarDayResponse'];

export default function CalendarPage() {
  const { t } = useTranslation('settings');
  const { hasRole } = useAuth();
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)));
  const [form] = Form.useForm<CalendarChangeValues>();
  const isAdmin = hasRole('ADMIN');
  const [appliedVersion, setAppliedVersion] = useState<number | undefined>();

  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => unwrap(api.GET('/calendar', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
  const days = calendar.data?.year === year ? calendar.data.days : [];
  // A year computed from the law (or absent) makes the deadlines counted through it provisional: say so.
  const schedule = calendar.data?.year === year && calendar.data.confirmed === false ? calendar.data.status : undefined;
  const weekdayNames = t('calendar.weekdayNames', { returnObjects: true }) as string[];

  /** A click on a day adds it to the change being prepared, with the likely action. */
  const pickDay = (date: string, existing?: Day) => {
    const rows = form.getFieldValue('rows') ?? [];
    if (rows.some((r: { date?: dayjs.Dayjs }) => r.date?.format('YYYY-MM-DD') === date)) return;
    const weekend = weekdayIndex(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)) >= 5;
    const action: DayAction = existing ? 'CLEAR' : weekend ? 'WORKING_DAY' : 'HOLIDAY';
    form.setFieldValue('rows', [...rows, { date: dayjs(date), action, name: existing?.name }]);
  };

  const columns = [
    { title: t('calendar.columns.date'), key: 'date', width: 100, render: (_: unknown, d: Day) => formatCivilDate(d.date) },
    {
      title: t('calendar.columns.weekday'),
      key: 'weekday',
      render: (_: unknown, d: Day) => weekdayNames[weekdayIndex(+d.date.slice(0, 4), +d.date.slice(5, 7), +d.date.slice(8, 10))],
    },
    {
      title: t('calendar.columns.kind'),
      key: 'kind',
      render: (_: unknown, d: Day) => <Tag style={d.kind === 'HOLIDAY' ? TONES.red : TONES.blue}>{t(`calendar.kinds.${d.kind}`, { defaultValue: d.kind })}</Tag>,
    },
    { title: t('calendar.columns.name'), dataIndex: 'name', key: 'name', onCell: () => ({ style: { minWidth: 160 } }) },
    {
      title: t('calendar.columns.source'),
      key: 'source',
      responsive: ['xl'] as ('xl')[],
      render: (_: unknown, d: Day) => <Typography.Text type="secondary">{t(`calendar.sources.${d.source}`, { defaultValue: d.source })}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('calendar.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('calendar.intro')}</Typography.Text>
      </div>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Button icon={<LeftOutlined />} aria-label={t('calendar.previousYear')} onClick={() => setYear((y) => y - 1)} disabled={year <= 2000} />
          <InputNumber
            aria-label={t('calendar.year')}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => v && v >= 2000 && v <= 2100 && setYear(v)}
            style={{ width: 100 }}
          />
          <Button icon={<RightOutlined />} aria-label={t('calendar.nextYear')} onClick={() => setYear((y) => y + 1)} disabled={year >= 2100} />
          {calendar.data && <Typography.Text type="secondary">{t('calendar.version', { version: calendar.data.version })}</Typography.Text>}
        </Space>
        <Space wrap size={16}>
          <Space size={4}><span style={legendDot('#cf1322', true)} />{t('calendar.legendHoliday')}</Space>
          <Space size={4}><span style={legendDot('#0958d9', false)} />{t('calendar.legendWorking')}</Space>
          <Space size={4}><span style={{ ...legendDot('#d9d9d9', false), background: '#f5f5f5', border: '1px solid #d9d9d9' }} />{t('calendar.legendWeekend')}</Space>
        </Space>
      </Flex>
      {schedule && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-not-confirmed"
          title={t(schedule === 'MISSING' ? 'calendar.notInCalendar' : 'calendar.notConfirmed', { year })}
        />
      )}
      {calendar.error ? (
        <ApiErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <Card size="small" loading={calendar.isPending}>
          <YearGrid year={year} days={days} onPickDay={isAdmin ? pickDay : undefined} />
        </Card>
      )}
      <Flex gap={16} wrap align="start">
        <Card
          size="small"
          style={{ flex: isAdmin ? '1 1 520px' : '1 1 100%', minWidth: 0 }}
          title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('calendar.listTitle', { year })}</Typography.Title>}
        >
          <Table<Day>
            aria-label={t('calendar.listLabel')}
            size="small"
            rowKey="date"
            loading={calendar.isFetching}
            columns={columns}
            dataSource={days}
            pagination={false}
            locale={{ emptyText: t('calendar.noDays', { year }) }}
          />
        </Card>
        {isAdmin ? (
          <Flex vertical gap={16} style={{ flex: '1 1 420px', minWidth: 0 }}>
            <CalendarChangeForm form={form} onApplied={setAppliedVersion} />
            <RecomputePanel appliedVersion={appliedVersion} />
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('calendar.change.onlyAdmin')}</Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

function legendDot(colour: string, filled: boolean) {
  return {
    display: 'inline-block', width: 14, height: 14, borderRadius: filled ? '50%' : 3,
    background: filled ? colour : 'transparent', border: filled ? 'none' : `2px solid ${colour}`,
  } as const;
}
