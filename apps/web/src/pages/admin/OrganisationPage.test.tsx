import { fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import OrganisationPage from './OrganisationPage';
import { descriptionOf, mockApi, refusal, renderSignedIn, signOutAfterTest, type Call } from './testing';
import { buildUnitTree, hasEnded, useUnitOptions, type OrgUnit } from './units';

// A flat page as the API sends it — here deliberately with children listed before their parents, and one unit whose
// parent lies outside the caller's scope.
const UNITS: OrgUnit[] = [
  { id: 'u-kp1', parentId: 'u-bt', code: 'CB-KP1', name: 'Chi bộ Khu phố 1', level: 'CELL' },
  { id: 'u-bt', parentId: 'u-city', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
  { id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL' },
  { id: 'u-sg', parentId: 'u-city', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', level: 'GRASSROOTS' },
  { id: 'u-far', parentId: 'u-not-visible', code: 'DU-XA', name: 'Đảng ủy xã Xa', level: 'GRASSROOTS' },
];

const USERS = [
  { id: 'p1', username: 'benthanh', displayName: 'Đặng Văn Hải', active: true, lockedUntil: null, roles: [{ unitId: 'u-bt', role: 'SECRETARY' }, { unitId: 'u-bt', role: 'TASK_FORCE_OFFICER' }] },
  { id: 'p2', username: 'bithu', displayName: 'Phạm Thị Dung', active: true, lockedUntil: null, roles: [{ unitId: 'u-city', role: 'SECRETARY' }] },
];

/** The tree as of a day, as GET /organisations/tree answers it: every unit of UNITS, all active. */
const treeOf = (units: OrgUnit[], asOf: string) => ({
  asOf,
  units: units.map((u) => ({ ...u, status: 'ACTIVE', validFrom: '2020-01-01', validTo: null })),
});

function api(extra?: (call: Call) => [number, unknown] | undefined) {
  return mockApi((call) => {
    const answered = extra?.(call);
    if (answered) return answered;
    if (call.path === '/organisations/tree') return [200, treeOf(UNITS, call.query.get('asOf') ?? '')];
    if (call.path === '/org-units' && call.method === 'GET') return [200, { items: UNITS, page: 1, pageSize: 500, total: UNITS.length }];
    if (call.path === '/users' && call.method === 'GET') return [200, { items: USERS, page: 1, pageSize: 500, total: USERS.length }];
    return undefined;
  });
}

/** How deep a unit is drawn in the tree (Ant Design indents each level with one indent unit). */
function depthOf(name: string): number {
  const item = within(screen.getByLabelText('Cây tổ chức')).getByText(name).closest('[role="treeitem"]') as HTMLElement;
  return item.querySelectorAll('.ant-tree-indent-unit').length;
}

afterEach(signOutAfterTest);

describe('buildUnitTree', () => {
  it('nests each unit under its parent whatever the order, and makes a unit with an unseen parent a root', () => {
    const tree = buildUnitTree(UNITS);
    const shape = (nodes: ReturnType<typeof buildUnitTree>): unknown => nodes.map((n) => [n.unit.code, shape(n.children)]);
    expect(shape(tree)).toEqual([
      ['TU-HCM', [['DU-BEN-THANH', [['CB-KP1', []]]], ['DU-SAI-GON', []]]],
      ['DU-XA', []],
    ]);
  });
});

describe('the unit pickers of the create-unit and role dialogs', () => {
  const ended = { ...UNITS[1], validTo: '2026-07-01' };

  it('counts a unit as ended from its end date on, not the day before', () => {
    expect(hasEnded(ended, '2026-06-30')).toBe(false);
    expect(hasEnded(ended, '2026-07-01')).toBe(true);
    expect(hasEnded(ended, '2026-07-02')).toBe(true);
    expect(hasEnded(UNITS[3], '2026-07-02')).toBe(false);
  });

  it('still shows a unit that has ended, marked, but nobody can pick it', () => {
    const units = [UNITS[2], { ...UNITS[1], validTo: '2020-01-01' }, { ...UNITS[3], validTo: '2999-01-01' }];
    const { result } = renderHook(() => useUnitOptions(units, 'đã kết thúc'));
    const [city] = result.current;
    expect(city.disabled).toBe(false);
    expect(city.children.map((o) => [o.title, o.disabled])).toEqual([
      ['Đảng ủy phường Bến Thành (DU-BEN-THANH) · đã kết thúc', true],
      ['Đảng ủy phường Sài Gòn (DU-SAI-GON)', false],
    ]);
  });
});

describe('OrganisationPage', () => {
  it('draws the tree from the flat list: levels, codes, depth, and the parent of a selected unit', async () => {
    api();
    renderSignedIn(<OrganisationPage />);
    const tree = await screen.findByLabelText('Cây tổ chức');
    expect(tree.querySelectorAll('[role="treeitem"]')).toHaveLength(5);
    expect(depthOf('Thành ủy TP.HCM')).toBe(0);
    expect(depthOf('Đảng ủy phường Bến Thành')).toBe(1);
    expect(depthOf('Chi bộ Khu phố 1')).toBe(2);
    expect(depthOf('Đảng ủy xã Xa')).toBe(0);
    const cell = within(tree).getByText('Chi bộ Khu phố 1').closest('[role="treeitem"]') as HTMLElement;
    expect(within(cell).getByText('CB-KP1')).toBeTruthy();
    expect(within(cell).getByText('Chi bộ')).toBeTruthy();

    fireEvent.click(within(tree).getByText('Chi bộ Khu phố 1'));
    const details = await screen.findByText('Chi bộ Khu phố 1', { selector: 'h2' });
    const card = details.closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('Đảng ủy phường Bến Thành')).toBeTruthy();
  });

  it('searches by name without accents, keeping the path down to each match', async () => {
    api();
    renderSignedIn(<OrganisationPage />);
    await screen.findByLabelText('Cây tổ chức');
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'sai gon' } });
    await waitFor(() => expect(screen.queryByText('Chi bộ Khu phố 1')).toBeNull());
    const tree = screen.getByLabelText('Cây tổ chức');
    expect(within(tree).getByText('Đảng ủy phường Sài Gòn')).toBeTruthy();
    expect(within(tree).getByText('Thành ủy TP.HCM')).toBeTruthy();
    expect(within(tree).queryByText('Đảng ủy phường Bến Thành')).toBeNull();
  });

  it('shows who holds which role at the selected unit', async () => {
    api();
    renderSignedIn(<OrganisationPage />);
    fireEvent.click(within(await screen.findByLabelText('Cây tổ chức')).getByText('Đảng ủy phường Bến Thành'));
    const heading = await screen.findByText('Người dùng có vai trò tại đơn vị', { selector: 'h2' });
    const card = heading.closest('.ant-card') as HTMLElement;
    await within(card).findByText('Đặng Văn Hải');
    expect(within(card).getByText('Bí thư')).toBeTruthy();
    expect(within(card).getByText('Tổ công tác')).toBeTruthy();
    expect(within(card).queryByText('Phạm Thị Dung')).toBeNull();
  });

  it('creates a unit below the selected one, and shows a taken code under the code field', async () => {
    const calls = api((call) => (call.path === '/org-units' && call.method === 'POST' ? refusal(409, 'UNIT_CODE_TAKEN', 'Mã đơn vị đã được sử dụng.') : undefined));
    renderSignedIn(<OrganisationPage />);
    fireEvent.click(within(await screen.findByLabelText('Cây tổ chức')).getByText('Đảng ủy phường Bến Thành'));
    fireEvent.click(await screen.findByText('Tạo đơn vị trực thuộc'));
    const dialog = await screen.findByRole('dialog');
    const code = within(dialog).getByLabelText('Mã đơn vị');
    fireEvent.change(code, { target: { value: 'cb-kp1' } });
    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Chi bộ Khu phố 1 mới' } });
    fireEvent.click(within(dialog).getByText('Tạo đơn vị'));
    await waitFor(() => expect(descriptionOf(code)).toContain('Mã đơn vị đã được sử dụng.'));
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((c) => c.method === 'POST' && c.path === '/org-units')?.body).toEqual({
      parentId: 'u-bt',
      code: 'CB-KP1',
      name: 'Chi bộ Khu phố 1 mới',
      level: 'SECTION',
    });
  });
});

describe('OrganisationPage through time', () => {
  // On 1/7/2025 the wards Bến Thành and Nguyễn Thái Bình merged into the new ward Sài Gòn.
  const PAST = [
    { id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL', status: 'ACTIVE', validFrom: '2020-01-01', validTo: null },
    { id: 'u-bt', parentId: 'u-city', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS', status: 'ENDED', validFrom: '2020-01-01', validTo: '2025-07-01' },
    { id: 'u-ntb', parentId: 'u-city', code: 'DU-NTB', name: 'Đảng ủy phường Nguyễn Thái Bình', level: 'GRASSROOTS', status: 'ENDED', validFrom: '2020-01-01', validTo: '2025-07-01' },
  ];
  const TODAY = [
    PAST[0],
    { id: 'u-sg', parentId: 'u-city', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', level: 'GRASSROOTS', status: 'ACTIVE', validFrom: '2025-07-01', validTo: null },
  ];
  const ALL: OrgUnit[] = [...PAST, TODAY[1]].map(({ id, parentId, code, name, level }) => ({ id, parentId, code, name, level }) as OrgUnit);
  const merge = { changeId: 'c-1', decisionNumber: '125-QĐ/TU', decisionDate: '2025-06-20', effectiveDate: '2025-07-01', kind: 'MERGE' };
  const HISTORY: Record<string, unknown> = {
    'u-bt': {
      ...PAST[1], label: 'Đảng ủy phường Bến Thành (DU-BEN-THANH)',
      periods: [
        { validFrom: '2020-01-01', validTo: '2023-01-01', name: 'Đảng ủy phường Bến Thành', code: 'DU-BEN-THANH', level: 'GRASSROOTS', parentId: 'u-q1' },
        { validFrom: '2023-01-01', validTo: '2024-03-01', name: 'Đảng ủy phường Bến Thành', code: 'DU-BEN-THANH', level: 'GRASSROOTS', parentId: 'u-city' },
        { validFrom: '2024-03-01', validTo: '2025-07-01', name: 'Đảng bộ phường Bến Thành', code: 'DU-BEN-THANH', level: 'GRASSROOTS', parentId: 'u-city' },
      ],
      predecessors: [],
      successors: [{ ...merge, unitId: 'u-sg', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', records: true }],
    },
    'u-sg': {
      ...TODAY[1], label: 'Đảng ủy phường Sài Gòn (DU-SAI-GON)',
      periods: [{ validFrom: '2025-07-01', validTo: null, name: 'Đảng ủy phường Sài Gòn', code: 'DU-SAI-GON', level: 'GRASSROOTS', parentId: 'u-city' }],
      predecessors: [
        { ...merge, unitId: 'u-bt', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', records: false },
        { ...merge, unitId: 'u-ntb', code: 'DU-NTB', name: 'Đảng ủy phường Nguyễn Thái Bình', records: false },
      ],
      successors: [],
    },
  };

  function history(extra?: (call: Call) => [number, unknown] | undefined) {
    return mockApi((call) => {
      const answered = extra?.(call);
      if (answered) return answered;
      const asOf = call.query.get('asOf') ?? '';
      if (call.path === '/organisations/tree') return [200, { asOf, units: asOf < '2025-07-01' ? PAST : TODAY }];
      const id = /^\/organisations\/units\/([^/]+)\/history$/.exec(call.path)?.[1];
      if (id && HISTORY[id]) return [200, HISTORY[id]];
      if (call.path === '/org-units') return [200, { items: ALL, page: 1, pageSize: 500, total: ALL.length }];
      if (call.path === '/users') return [200, { items: [], page: 1, pageSize: 500, total: 0 }];
      return undefined;
    });
  }

  async function pickDay(text: string) {
    const input = screen.getByLabelText('Xem cơ cấu tại ngày');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    fireEvent.blur(input);
  }

  it("reads today's tree first, and the tree as it was on the day picked, ended units greyed with the day they ended", async () => {
    const calls = history();
    renderSignedIn(<OrganisationPage />);
    let tree = await screen.findByLabelText('Cây tổ chức');
    await within(tree).findByText('Đảng ủy phường Sài Gòn');
    const first = calls.find((c) => c.path === '/organisations/tree')!;
    expect(first.query.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(within(tree).queryByText('Đảng ủy phường Bến Thành')).toBeNull();
    expect(within(tree).queryByText(/Đã kết thúc/)).toBeNull();

    // The day before the merger: the two old wards, both ended since.
    await pickDay('30/06/2025');
    await waitFor(() => expect(calls.filter((c) => c.path === '/organisations/tree').map((c) => c.query.get('asOf'))).toContain('2025-06-30'));
    tree = await screen.findByLabelText('Cây tổ chức');
    await within(tree).findByText('Đảng ủy phường Bến Thành');
    expect(calls.filter((c) => c.path === '/organisations/tree').at(-1)!.query.get('asOf')).toBe('2025-06-30');
    expect(within(tree).queryByText('Đảng ủy phường Sài Gòn')).toBeNull();
    const old = within(tree).getByText('Đảng ủy phường Bến Thành').closest('[role="treeitem"]') as HTMLElement;
    expect(within(old).getByText('Đã kết thúc (01/07/2025)')).toBeTruthy();
    const city = within(tree).getByText('Thành ủy TP.HCM').closest('[role="treeitem"]') as HTMLElement;
    expect(within(city).queryByText(/Đã kết thúc/)).toBeNull();
    expect(screen.getByText('Tên và đơn vị cấp trên theo ngày 30/06/2025; tình trạng tính đến hôm nay.')).toBeTruthy();

    // An ended unit is history: no unit is created under it, no role given there.
    fireEvent.click(within(tree).getByText('Đảng ủy phường Bến Thành'));
    const card = (await screen.findByText('Đảng ủy phường Bến Thành', { selector: 'h2' })).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('Đã kết thúc (01/07/2025)')).toBeTruthy();
    expect(within(card).queryByText('Tạo đơn vị trực thuộc')).toBeNull();
    expect(within(card).queryByText('Giao vai trò tại đơn vị này')).toBeNull();

    // On the day of the merger itself, the new ward.
    await pickDay('01/07/2025');
    await waitFor(() => expect(within(screen.getByLabelText('Cây tổ chức')).getByText('Đảng ủy phường Sài Gòn')).toBeTruthy());
    expect(calls.filter((c) => c.path === '/organisations/tree').at(-1)!.query.get('asOf')).toBe('2025-07-01');
  });

  it("shows a unit's names and parents over time and its successor, and follows the successor to its predecessors", async () => {
    history();
    renderSignedIn(<OrganisationPage />);
    await within(await screen.findByLabelText('Cây tổ chức')).findByText('Đảng ủy phường Sài Gòn');
    await pickDay('30/06/2025');
    fireEvent.click(await waitFor(() => within(screen.getByLabelText('Cây tổ chức')).getByText('Đảng ủy phường Bến Thành')));
    fireEvent.click(await screen.findByRole('button', { name: /Xem lịch sử/ }));

    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByText('Lịch sử tổ chức: Đảng ủy phường Bến Thành');
    const names = within(drawer).getByLabelText('Tên qua các thời kỳ');
    // A move under another parent does not start a new name; a rename does.
    const items = (section: HTMLElement) => [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(items(names)).toEqual(['Đảng ủy phường Bến Thành01/01/2020 – 01/03/2024', 'Đảng bộ phường Bến Thành01/03/2024 – 01/07/2025']);
    const parents = within(drawer).getByLabelText('Cấp trên qua các thời kỳ');
    expect(items(parents)).toEqual(['Đơn vị ngoài phạm vi01/01/2020 – 01/01/2023', 'Thành ủy TP.HCM (TU-HCM)01/01/2023 – 01/07/2025']);
    expect(within(within(drawer).getByLabelText('Hình thành từ')).getByText('Không có tổ chức tiền thân.')).toBeTruthy();
    const successors = within(drawer).getByLabelText('Kế tục bởi');
    expect(within(successors).getByText('Hợp nhất')).toBeTruthy();
    expect(within(successors).getByText('Số 125-QĐ/TU ngày 20/06/2025')).toBeTruthy();
    expect(within(successors).getByText('01/07/2025')).toBeTruthy();
    expect(within(successors).getByText('Tiếp nhận hồ sơ, tài liệu')).toBeTruthy();

    fireEvent.click(within(successors).getByRole('button', { name: 'Xem lịch sử Đảng ủy phường Sài Gòn' }));
    await within(drawer).findByText('Lịch sử tổ chức: Đảng ủy phường Sài Gòn');
    const formedFrom = within(drawer).getByLabelText('Hình thành từ');
    expect(within(formedFrom).getAllByText('Hợp nhất')).toHaveLength(2);
    expect(within(formedFrom).getByRole('button', { name: 'Xem lịch sử Đảng ủy phường Nguyễn Thái Bình' })).toBeTruthy();
    expect(within(drawer).getByText('Đang hoạt động')).toBeTruthy();
    expect(within(within(drawer).getByLabelText('Tên qua các thời kỳ')).getByText('Từ 01/07/2025 đến nay')).toBeTruthy();
  });

  it('lists the applied changes page by page, with what moved and the overrides to confirm', async () => {
    const change = (n: number) => ({
      id: `c-${n}`, kind: n === 1 ? 'MERGE' : 'DISSOLVE', caseId: n === 1 ? 'case-1' : null, deciderUnitId: 'u-city', decisionBody: 'Ban Thường vụ Thành ủy',
      decisionNumber: `${100 + n}-QĐ/TU`, decisionDate: '2025-06-20', effectiveDate: '2025-07-01', appliedAt: '2025-07-01T00:05:00Z', appliedBy: 'x',
      reason: n === 1 ? null : 'Nhập bù quyết định giải thể năm 2024',
      outcome: {
        changeId: `c-${n}`, kind: 'MERGE', effectiveDate: '2025-07-01', casesMoved: 14, membersMoved: 230, rolesEnded: 6, rolesAssigned: 4, childUnitsMoved: 2,
        unitsEnded: ['u-bt', 'u-ntb'], unitsFounded: [{ key: 'sg', id: 'u-sg' }], unitsChanged: [],
        overridesToConfirm: n === 1 ? [{ id: 'o-1', unitId: 'u-bt', kind: 'RULE', key: 'quy-dinh-1374.xu-ly', label: 'Thời hạn xử lý 20 ngày làm việc' }] : [],
      },
    });
    const calls = history((call) =>
      call.path === '/organisations/changes'
        ? [200, { items: call.query.get('page') === '2' ? [change(11)] : [change(1)], page: Number(call.query.get('page')), pageSize: 10, total: 11 }]
        : undefined,
    );
    renderSignedIn(<OrganisationPage />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Sổ thay đổi tổ chức' }));
    const table = await screen.findByRole('tabpanel', { name: 'Sổ thay đổi tổ chức' });
    const row = (await within(table).findByText('Số 101-QĐ/TU ngày 20/06/2025')).closest('tr') as HTMLElement;
    const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells).toEqual([
      '01/07/2025',
      'Hợp nhất',
      'Số 101-QĐ/TU ngày 20/06/2025Ban Thường vụ Thành ủy',
      'Kết thúc: Đảng ủy phường Bến Thành, Đảng ủy phường Nguyễn Thái BìnhThành lập: Đảng ủy phường Sài Gòn',
      '14 vụ việc230 đảng viên6 vai trò kết thúc, 4 vai trò giao mới',
      'Quy tắc thời hạn: Thời hạn xử lý 20 ngày làm việc',
    ]);
    expect(within(table).getByText('11 thay đổi')).toBeTruthy();

    fireEvent.click(within(table).getByTitle('2'));
    await within(table).findByText('Sửa dữ liệu trực tiếp: Nhập bù quyết định giải thể năm 2024');
    expect(calls.filter((c) => c.path === '/organisations/changes').map((c) => c.query.get('page'))).toEqual(['1', '2']);
    expect(within(table).getByText('Giải thể')).toBeTruthy();

    // A unit named in the register opens its history.
    fireEvent.click(within(table).getByRole('button', { name: 'Xem lịch sử Đảng ủy phường Sài Gòn' }));
    expect(await within(await screen.findByRole('dialog')).findByText('Lịch sử tổ chức: Đảng ủy phường Sài Gòn')).toBeTruthy();
  });
});
