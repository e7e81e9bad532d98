import type { ProcedureDefinition } from './shared/procedure';
import { ketNapDangVienV1 } from './ket-nap-dang-vien/ket-nap-dang-vien.procedure';
import { ketNapDangVienV2 } from './ket-nap-dang-vien/ket-nap-dang-vien.v2.procedure';
import { kiemTraDauHieuViPhamV1 } from './kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.procedure';
import { khieuNaiKyLuatV1 } from './khieu-nai-ky-luat/khieu-nai-ky-luat.procedure';
import { kyLuatV1 } from './ky-luat/ky-luat.procedure';
import { quyDinh1374V1, quyDinh1374V2 } from './quy-dinh-1374/quy-dinh-1374.procedure';
import { toCaoV1 } from './to-cao/to-cao.procedure';
import { toChucDangV1 } from './to-chuc-dang/to-chuc-dang.procedure';
import { thamTraTieuChuanChinhTriV1 } from './tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.procedure';
import { xacMinhTieuChuanChinhTriV1 } from './tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.task.procedure';
import { boSungCapUyV1 } from './bo-sung-cap-uy/bo-sung-cap-uy.procedure';
import { keHoachKiemTraGiamSatV1 } from './ke-hoach-kiem-tra-giam-sat/ke-hoach-kiem-tra-giam-sat.procedure';
import { kiemTraGiamSatChuyenDeV1 } from './kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.procedure';

/**
 * Procedure id + machine version → definition. A case stores both and is always resumed with the version it
 * started on, so registering a new version never changes an open case.
 */
export class ProcedureRegistry {
  private readonly byKey = new Map<string, ProcedureDefinition>();

  constructor(definitions: readonly ProcedureDefinition[] = []) {
    for (const d of definitions) this.register(d);
  }

  register(def: ProcedureDefinition): void {
    const key = `${def.id}@${def.version}`;
    if (this.byKey.has(key)) throw new Error(`Procedure ${key} is already registered`);
    this.byKey.set(key, def);
  }

  find(id: string, version: number): ProcedureDefinition | undefined {
    return this.byKey.get(`${id}@${version}`);
  }

  /** The newest version, used for new cases. */
  latest(id: string): ProcedureDefinition | undefined {
    let best: ProcedureDefinition | undefined;
    for (const d of this.byKey.values()) if (d.id === id && (!best || d.version > best.version)) best = d;
    return best;
  }

  list(): ProcedureDefinition[] {
    return [...this.byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  }
}

export function defaultProcedures(): ProcedureDefinition[] {
  return [quyDinh1374V1, quyDinh1374V2, toCaoV1, kiemTraDauHieuViPhamV1, kyLuatV1, khieuNaiKyLuatV1, ketNapDangVienV1, ketNapDangVienV2, toChucDangV1, thamTraTieuChuanChinhTriV1, xacMinhTieuChuanChinhTriV1, boSungCapUyV1, keHoachKiemTraGiamSatV1, kiemTraGiamSatChuyenDeV1];
}
