import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import OrganisationPage from './OrganisationPage';
import { descriptionOf, mockApi, refusal, renderSignedIn, signOutAfterTest, type Call } from './testing';
import { buildUnitTree, type OrgUnit } from './units';

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

function api(extra?: (call: Call) => [number, unknown] | undefined) {
  return mockApi((call) => {
    const answered = extra?.(call);
    if (answered) return answered;
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
