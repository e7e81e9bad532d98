import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, list, text, type FieldDocs, type Fields, type Labels } from '../field-values';

export const QUY_DINH_1374_FIELDS: FieldDocs = {
  tieuDe: 'Tiêu đề thông tin phản ánh',
  nguonThongTin: 'Nguồn thông tin (cử tri, cơ quan dân cử, đơn thư, báo chí)',
  hinhThucTiepNhan: 'Hình thức tiếp nhận',
  noiDungPhanAnh: 'Tóm tắt nội dung phản ánh',
  ngayNhan: 'Ngày tiếp nhận (dd/MM/yyyy)',
  loaiThongTin: 'Loại thông tin (phản ánh, kiến nghị, khiếu nại, tố cáo)',
  doiTuong: 'Tập thể, cá nhân bị phản ánh',
  coQuanNhan: 'Cơ quan, tổ chức nhận chuyển thông tin',
  ghiChuChuyen: 'Đề nghị kèm theo khi chuyển',
  ketLuan: 'Kết luận (có cơ sở, có cơ sở một phần, không có cơ sở)',
  noiDungKetLuan: 'Nội dung kết luận (hành vi, mức độ vi phạm)',
  bienPhapDang: 'Danh sách biện pháp xử lý về Đảng (lặp: {#bienPhapDang}{.}{/bienPhapDang})',
  bienPhapChinhQuyen: 'Danh sách biện pháp xử lý về chính quyền',
  bienPhapDoanThe: 'Danh sách biện pháp xử lý về đoàn thể',
  noiDungThongBao: 'Nội dung thông báo kết quả',
};

export function quyDinh1374Fields(f: CaseDocumentFacts, label: Labels): Fields {
  const s = f.steps;
  return {
    tieuDe: text(f.input.title) ?? f.title,
    nguonThongTin: label.of(f.input.source),
    hinhThucTiepNhan: label.of(f.input.channel),
    noiDungPhanAnh: text(f.input.summary),
    ngayNhan: day(f.input.receivedAt),
    loaiThongTin: label.of(at(s.CLASSIFY, 'infoType')),
    doiTuong: text(at(s.CLASSIFY, 'subject.name')),
    coQuanNhan: text(at(s.FORWARD, 'bodyName')),
    ghiChuChuyen: text(at(s.FORWARD, 'note')),
    ketLuan: label.of(at(s.CONCLUDE, 'finding')),
    noiDungKetLuan: text(at(s.CONCLUDE, 'summary')),
    bienPhapDang: list(at(s.CONCLUDE, 'measures.party')),
    bienPhapChinhQuyen: list(at(s.CONCLUDE, 'measures.government')),
    bienPhapDoanThe: list(at(s.CONCLUDE, 'measures.massOrganisation')),
    noiDungThongBao: text(at(s.NOTIFY, 'summary')),
  };
}
