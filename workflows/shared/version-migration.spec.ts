import { availableEvents, startCase } from './engine';
import { migrateSnapshot } from './version-migration';
import { quyDinh1374V1, quyDinh1374V2 } from '../quy-dinh-1374/quy-dinh-1374.procedure';
import { QUY_DINH_1374_FROM_V1 } from '../quy-dinh-1374/quy-dinh-1374.migrations';
import type { VersionMigration } from './procedure';

const input = {
  source: 'PRESS', receivedAt: '2026-03-02T02:00:00.000Z', summary: 'Báo phản ánh', publishedAt: '2026-03-01T02:00:00.000Z',
  subject: { kind: 'INDIVIDUAL', name: 'Nguyễn Văn A', position: 'Phó phòng', unit: 'Phường X', isPartyMember: true, managedHere: true },
};

describe('migrateSnapshot: moving an open case to a newer procedure version by the declared map', () => {
  it('moves a case in a state both versions share, keeping its context, and the new machine takes its next step', () => {
    const started = startCase(quyDinh1374V1, input);
    const move = migrateSnapshot(quyDinh1374V2, QUY_DINH_1374_FROM_V1, started.state, started.snapshot);
    expect(move.kind).toBe('moved');
    if (move.kind !== 'moved') return;
    expect(move.state).toBe(started.state);
    expect(move.snapshot.context).toEqual(started.snapshot.context);
    // The version-2 machine resumes it where it was: the same steps are offered.
    expect(availableEvents(quyDinh1374V2, move.snapshot)).toEqual(availableEvents(quyDinh1374V1, started.snapshot));
    expect(availableEvents(quyDinh1374V2, move.snapshot).length).toBeGreaterThan(0);
  });

  it('keeps a case the map refuses, with the reason the version declares', () => {
    const started = startCase(quyDinh1374V1, input);
    const snapshot = { ...started.snapshot, value: 'inspectionHandover' };
    const move = migrateSnapshot(quyDinh1374V2, QUY_DINH_1374_FROM_V1, 'inspectionHandover', snapshot);
    expect(move).toEqual({ kind: 'refused', reason: expect.stringContaining('không mở hồ sơ liên quan') });
  });

  it('keeps a case whose state the map does not name, a closed case, and a target the new machine lacks', () => {
    const started = startCase(quyDinh1374V1, input);
    const partial: VersionMigration = { fromVersion: 1, basis: 'thử', states: { received: 'noSuchState' } };
    expect(migrateSnapshot(quyDinh1374V2, partial, 'screening.unclassified', started.snapshot)).toEqual({ kind: 'refused', reason: expect.stringContaining('không có trong bảng') });
    expect(migrateSnapshot(quyDinh1374V2, partial, 'received', started.snapshot)).toEqual({ kind: 'refused', reason: expect.stringContaining('không có trạng thái "noSuchState"') });
    expect(migrateSnapshot(quyDinh1374V2, QUY_DINH_1374_FROM_V1, started.state, { ...started.snapshot, status: 'done' })).toEqual({ kind: 'refused', reason: expect.stringContaining('đã kết thúc') });
  });

  it('names every version-1 state: each either moves to a version-2 state or says why it stays', () => {
    for (const state of Object.keys(quyDinh1374V1.stateLabels)) {
      if (state === 'archived' || state === 'closedNoBasis') continue; // final: such cases are closed
      expect(QUY_DINH_1374_FROM_V1.states[state]).toBeDefined();
    }
  });
});
