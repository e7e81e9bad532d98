import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { SchemaForm } from './SchemaForm';

// Shaped like the API's published schema for registering 1374 information (draft-07, x-* keywords).
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Giải quyết thông tin phản ánh',
  type: 'object',
  additionalProperties: false,
  required: ['title', 'source', 'receivedAt'],
  properties: {
    title: { type: 'string', title: 'Tiêu đề', minLength: 3, maxLength: 300 },
    source: {
      type: 'string',
      title: 'Nguồn thông tin',
      enum: ['VOTER', 'PRESS'],
      'x-enumLabels': { VOTER: 'Cử tri', PRESS: 'Báo chí' },
    },
    receivedAt: { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }], title: 'Ngày tiếp nhận' },
    publication: { type: ['string', 'null'], maxLength: 300 },
  },
};

function Harness(props: { serverError?: unknown; onSubmit?: (d: unknown) => void; initial?: unknown; onData?: (d: unknown) => void }) {
  const [data, setData] = useState<unknown>(props.initial ?? {});
  return (
    <SchemaForm
      schema={schema}
      formData={data}
      onChange={(d) => {
        setData(d);
        props.onData?.(d);
      }}
      onSubmit={props.onSubmit ?? (() => undefined)}
      serverError={props.serverError}
      submitLabel="Ghi nhận"
    />
  );
}

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

// Ant Design's pickers and selects are slow under jsdom on a busy machine.
describe('SchemaForm', { timeout: 30_000 }, () => {
  it('shows the Vietnamese titles the API publishes, and a readable name for a field without one', () => {
    render(<Harness />);
    expect(screen.getByLabelText('Tiêu đề')).toBeTruthy();
    expect(screen.getByLabelText('Nguồn thông tin')).toBeTruthy();
    expect(screen.getByLabelText('Ngày tiếp nhận')).toBeTruthy();
    expect(screen.getByLabelText('Publication')).toBeTruthy();
    // The root title is the page's business, not repeated inside the form.
    expect(screen.queryByText('Giải quyết thông tin phản ánh')).toBeNull();
    // No choice between "Option 1 / Option 2" for a date that may be a date or a date-time.
    expect(screen.queryByText(/Option 1|Lựa chọn 1/)).toBeNull();
  });

  it('offers the API value labels, and sends the value', async () => {
    const onData = vi.fn();
    render(<Harness onData={onData} />);
    fireEvent.mouseDown(screen.getByLabelText('Nguồn thông tin'));
    fireEvent.click(await screen.findByText('Báo chí'));
    await waitFor(() => expect(onData).toHaveBeenLastCalledWith(expect.objectContaining({ source: 'PRESS' })));
  });

  it('says in Vietnamese what is missing or too short, under each field, and does not submit', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} initial={{ title: 'ab' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(within(fieldOf('Nguồn thông tin')).getByText('Bắt buộc phải nhập.')).toBeTruthy());
    expect(within(fieldOf('Ngày tiếp nhận')).getByText('Bắt buộc phải nhập.')).toBeTruthy();
    expect(within(fieldOf('Tiêu đề')).getByText('Cần ít nhất 3 ký tự.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's refusal of a field under that field, until the field is edited", async () => {
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
      fields: [
        { field: 'title', constraint: 'minLength', message: 'quá ngắn' },
        { field: 'reporter.name', constraint: 'minLength', message: 'quá ngắn' },
      ],
    });
    render(<Harness serverError={refusal} initial={{ title: 'abc' }} />);
    expect(within(fieldOf('Tiêu đề')).getByText('Quá ngắn')).toBeTruthy();
    // A field this form does not have is still said, with its name.
    expect(screen.getByText('reporter.name: quá ngắn')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'd');
    await waitFor(() => expect(within(fieldOf('Tiêu đề')).queryByText('Quá ngắn')).toBeNull());
  });

  it('accepts a date typed as dd/MM/yyyy and sends it as an ISO date', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} initial={{ title: 'Báo phản ánh', source: 'PRESS' }} />);
    const date = screen.getByLabelText('Ngày tiếp nhận');
    expect(date.getAttribute('placeholder')).toBe('dd/MM/yyyy');
    await userEvent.click(date);
    await userEvent.type(date, '05/12/2026');
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect((date as HTMLInputElement).value).toBe('05/12/2026'));
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ receivedAt: '2026-12-05' })));
  });

  it('does not send the form when Enter is pressed in a one-line field', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} initial={{ source: 'PRESS', receivedAt: '2026-12-05' }} />);
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Báo phản ánh{Enter}');
    await new Promise((r) => setTimeout(r, 50));
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });

  it('shows an ISO date it is given as dd/MM/yyyy', () => {
    render(<Harness initial={{ receivedAt: '2026-01-31' }} />);
    expect((screen.getByLabelText('Ngày tiếp nhận') as HTMLInputElement).value).toBe('31/01/2026');
  });
});
