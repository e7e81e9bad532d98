import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SchemaForm } from './SchemaForm';
import { unitTreeData } from './EntityWidget';

const UNITS = [
  { id: '11111111-1111-4111-8111-111111111111', code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL', parentId: null },
  { id: '22222222-2222-4222-8222-222222222222', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS', parentId: '11111111-1111-4111-8111-111111111111' },
];

describe('identifier fields marked x-entity', () => {
  it('builds the unit tree from a flat list', () => {
    expect(unitTreeData(UNITS as never)).toEqual([
      { value: UNITS[0].id, title: 'Thành ủy TP.HCM (TU-HCM)', children: [{ value: UNITS[1].id, title: 'Đảng ủy phường Bến Thành (DU-BEN-THANH)', children: [] }] },
    ]);
  });

  it('lets the official pick a unit by name and sends its id', async () => {
    globalThis.fetch = vi.fn(async (req: Request) => {
      expect(new URL(req.url).pathname).toBe('/org-units');
      return new Response(JSON.stringify({ items: UNITS, page: 1, pageSize: 500, total: 2 }), { headers: { 'content-type': 'application/json' } });
    }) as never;
    const onSubmit = vi.fn();
    const schema = {
      type: 'object',
      required: ['unitId'],
      properties: { unitId: { type: 'string', format: 'uuid', title: 'Đơn vị được giao', 'x-entity': 'orgUnit' } },
    };
    render(
      <QueryClientProvider client={new QueryClient()}>
        <SchemaForm schema={schema} formData={{}} onChange={() => undefined} onSubmit={onSubmit} submitLabel="Gửi" />
      </QueryClientProvider>,
    );
    // No UUID to type: a choice of units, by name.
    const picker = screen.getByRole('combobox');
    await userEvent.click(picker);
    await userEvent.click(await screen.findByTitle('Đảng ủy phường Bến Thành (DU-BEN-THANH)'));
    await userEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ unitId: UNITS[1].id }));
  });
});
