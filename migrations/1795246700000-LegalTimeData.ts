import { MigrationInterface, QueryRunner } from 'typeorm';

// The legal parameters of ../shared/domain/procedures.md §11.1 and §4.2, as rule rows with their source and
// confidence. A NULL value means "no legal deadline found": the engine shows it and lets a secretary set one.
// Voting thresholds are not time rules and live with the voting library. Also: audit_log made append-only.
const RULES = [
  {
    "id": "5cb40370-f3a3-5698-9ffc-58bdd3013d20",
    "key": "A.PRESS_EXPLAIN",
    "value": 10,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày thông tin được báo chí đăng tải",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2017-12-01",
    "legalBasis": "Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)",
    "sourceRef": "S2",
    "confidence": "STATED",
    "description": "Người đứng đầu cơ quan, đơn vị báo cáo giải trình thông tin báo chí phản ánh"
  },
  {
    "id": "d6cebf4e-02c6-5cc2-9d50-f2e1b26b3324",
    "key": "A.OFFICE_PROPOSE",
    "value": 7,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày nhận báo cáo giải trình",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2017-12-01",
    "legalBasis": "Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)",
    "sourceRef": "S2",
    "confidence": "STATED",
    "description": "Văn phòng cấp ủy báo cáo, đề xuất Thường trực hình thức xem xét"
  },
  {
    "id": "9ae4625b-0f7f-552a-88eb-cac2a916ad69",
    "key": "A.BTV_DIRECT",
    "value": 10,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày Văn phòng cấp ủy đề xuất",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2017-12-01",
    "legalBasis": "Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)",
    "sourceRef": "S2",
    "confidence": "STATED",
    "description": "Ban Thường vụ chỉ đạo xem xét, xử lý"
  },
  {
    "id": "00623a19-d8fa-580c-b871-1eb41a8583e9",
    "key": "A.CLEAR_VIOLATION_MAX",
    "value": 45,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Chưa xác định (văn bản nguồn bị cắt)",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2017-12-01",
    "legalBasis": "Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)",
    "sourceRef": "S2",
    "confidence": "STATED",
    "description": "Trường hợp vi phạm rõ: tối đa 45 ngày làm việc (hành động và mốc bắt đầu chưa xác định, Q1)"
  },
  {
    "id": "f8bbeda6-952a-5780-9738-bfed67e26bf9",
    "key": "A.FRONT_SUPERVISION_RESULT",
    "value": 20,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày nhận thông tin do Mặt trận, đoàn thể phản ánh",
    "extensionValue": 10,
    "extensionMaxCount": 1,
    "effectiveFrom": "2018-02-02",
    "legalBasis": "Quy định 124-QĐ/TW (2018), Điều 8",
    "sourceRef": "S30",
    "confidence": "STATED",
    "description": "Thông báo kết quả bằng văn bản khi thông tin đến từ giám sát của Mặt trận, đoàn thể; vụ việc phức tạp gia hạn đến tối đa 30 ngày làm việc"
  },
  {
    "id": "4d0edeb7-7c12-55ba-ad45-3f0387dccee3",
    "key": "A.OTHER_SOURCES_HANDLING",
    "value": null,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày tiếp nhận",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2017-12-01",
    "legalBasis": "Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)",
    "sourceRef": "Q1",
    "confidence": "NOT_FOUND",
    "description": "Thời hạn xử lý thông tin từ nguồn 1–3: chưa tìm thấy trong văn bản; cấp ủy tự đặt"
  },
  {
    "id": "a1febd9b-b562-5e59-92dc-ae3b153e5ccd",
    "key": "B1.TOCAO_CENTRAL_MANAGED",
    "value": 180,
    "unit": "CALENDAR_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày có quyết định thành lập đoàn/tổ",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "S22",
    "confidence": "STATED",
    "description": "Giải quyết tố cáo đối với cán bộ diện Trung ương quản lý"
  },
  {
    "id": "a4baac61-e2c7-5f8f-adbe-4297328df8bd",
    "key": "B1.TOCAO_GRASSROOTS",
    "value": 90,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày cơ quan có thẩm quyền nhận tố cáo",
    "extensionValue": 30,
    "extensionMaxCount": 1,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "S19",
    "confidence": "UNVERIFIED",
    "description": "Giải quyết tố cáo ở cấp cơ sở"
  },
  {
    "id": "ab4903a8-dec3-5e68-81e9-e31e81fe07a6",
    "key": "B1.TOCAO_PROVINCIAL",
    "value": null,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày cơ quan có thẩm quyền nhận tố cáo",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "Q2",
    "confidence": "NOT_FOUND",
    "description": "Giải quyết tố cáo cấp tỉnh: chưa tìm thấy thời hạn"
  },
  {
    "id": "6bbf54dc-4b43-534f-ab1b-39788501e56a",
    "key": "B1.TOCAO_UPPER_GRASSROOTS",
    "value": null,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày cơ quan có thẩm quyền nhận tố cáo",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "Q2",
    "confidence": "NOT_FOUND",
    "description": "Giải quyết tố cáo cấp trên cơ sở: chưa tìm thấy thời hạn"
  },
  {
    "id": "7fef1020-8879-5f5f-b94c-d092197ef735",
    "key": "B3.LIMIT_MEMBER_KHIEN_TRACH",
    "value": 60,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày có hành vi vi phạm (hoặc ngày chấm dứt hành vi)",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2022-07-06",
    "legalBasis": "Quy định 69-QĐ/TW ngày 06/7/2022 (sửa đổi bởi 264-QĐ/TW)",
    "sourceRef": "S9",
    "confidence": "STATED",
    "description": "Thời hiệu kỷ luật đảng viên: khiển trách"
  },
  {
    "id": "edb79b94-ff38-5d8e-abb2-3030e0bf14f6",
    "key": "B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC",
    "value": 120,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày có hành vi vi phạm (hoặc ngày chấm dứt hành vi)",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2022-07-06",
    "legalBasis": "Quy định 69-QĐ/TW ngày 06/7/2022 (sửa đổi bởi 264-QĐ/TW)",
    "sourceRef": "S9",
    "confidence": "STATED",
    "description": "Thời hiệu kỷ luật đảng viên: cảnh cáo, cách chức"
  },
  {
    "id": "08278451-0fbf-532b-87e2-d9b718eaae93",
    "key": "B3.LIMIT_MEMBER_KHAI_TRU",
    "value": null,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Không áp dụng",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2022-07-06",
    "legalBasis": "Quy định 69-QĐ/TW ngày 06/7/2022",
    "sourceRef": "S9",
    "confidence": "STATED",
    "description": "Khai trừ: không áp dụng thời hiệu"
  },
  {
    "id": "2c7925a8-496a-51a1-855d-8c64ad05cec6",
    "key": "B3.LIMIT_ORG_KHIEN_TRACH",
    "value": 60,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày có hành vi vi phạm (hoặc ngày chấm dứt hành vi)",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2022-07-06",
    "legalBasis": "Quy định 69-QĐ/TW ngày 06/7/2022",
    "sourceRef": "S11",
    "confidence": "INFERRED",
    "description": "Thời hiệu kỷ luật tổ chức đảng: khiển trách"
  },
  {
    "id": "2973bae2-3f9e-529d-9152-1309f9d45052",
    "key": "B3.LIMIT_ORG_CANH_CAO",
    "value": 120,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày có hành vi vi phạm (hoặc ngày chấm dứt hành vi)",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2022-07-06",
    "legalBasis": "Quy định 69-QĐ/TW ngày 06/7/2022",
    "sourceRef": "S11",
    "confidence": "INFERRED",
    "description": "Thời hiệu kỷ luật tổ chức đảng: cảnh cáo"
  },
  {
    "id": "f0a40ce9-3374-5e70-a5b1-31ec019f3103",
    "key": "B3.STATE_NOTICE_TO_PARTY",
    "value": 5,
    "unit": "CALENDAR_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày có quyết định xử lý của cơ quan nhà nước",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "S14",
    "confidence": "STATED",
    "description": "Cơ quan nhà nước thông báo cho tổ chức đảng"
  },
  {
    "id": "a6995f6c-a6fa-5729-8e1c-6948b13bba4c",
    "key": "B4.FILING_WINDOW",
    "value": 1,
    "unit": "MONTHS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày nhận quyết định kỷ luật",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "S24/S18",
    "confidence": "CONFLICT",
    "description": "Thời hạn khiếu nại kỷ luật: nguồn ghi \"một tháng\", \"30 ngày làm việc\" hoặc \"30 ngày\" (Q5); mặc định một tháng"
  },
  {
    "id": "d75735f9-5e4b-5031-b4d4-907c49fbb266",
    "key": "B4.RESOLVE",
    "value": null,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày nhận khiếu nại",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-30",
    "legalBasis": "Quy định 296-QĐ/TW ngày 30/5/2025",
    "sourceRef": "Q2",
    "confidence": "NOT_FOUND",
    "description": "Giải quyết khiếu nại kỷ luật: chưa tìm thấy thời hạn theo 296"
  },
  {
    "id": "a377ad32-82ca-5546-aa35-ad28374d7db7",
    "key": "C.CERT_VALIDITY",
    "value": 60,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày cấp giấy chứng nhận",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-06-09",
    "legalBasis": "Hướng dẫn 06-HD/TW ngày 09/6/2025",
    "sourceRef": "S18",
    "confidence": "UNVERIFIED",
    "description": "Giá trị giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng"
  },
  {
    "id": "e7e58dc2-95d1-57e7-90a2-9e8eda79ba76",
    "key": "C.DECISION_ADMIT",
    "value": 60,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày chi bộ có nghị quyết đề nghị kết nạp",
    "extensionValue": 30,
    "extensionMaxCount": 1,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025 (kế thừa 29-QĐ/TW)",
    "sourceRef": "S32",
    "confidence": "STATED",
    "description": "Cấp ủy có thẩm quyền xem xét, quyết định kết nạp"
  },
  {
    "id": "b2d84bd4-2814-5bd1-91fd-20d39c4be224",
    "key": "C.CEREMONY",
    "value": 30,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày nhận quyết định kết nạp",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025",
    "sourceRef": "S31",
    "confidence": "STATED",
    "description": "Tổ chức lễ kết nạp"
  },
  {
    "id": "efa28ca7-da8d-5da5-8c65-6b88c17edf10",
    "key": "C.PROBATION",
    "value": 12,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày lễ kết nạp",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025",
    "sourceRef": "S33",
    "confidence": "STATED",
    "description": "Thời gian dự bị"
  },
  {
    "id": "fa91417f-1b38-53e5-ab72-f3a0acb7e836",
    "key": "C.MEMBER_RECORD",
    "value": 30,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày lễ kết nạp",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-06-09",
    "legalBasis": "Hướng dẫn 06-HD/TW ngày 09/6/2025",
    "sourceRef": "S18",
    "confidence": "UNVERIFIED",
    "description": "Đảng viên khai lý lịch đảng viên"
  },
  {
    "id": "89c9c224-4237-5ff3-b172-531d390a54a4",
    "key": "C.RECOGNITION_CELL",
    "value": 30,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày đảng viên hết 12 tháng dự bị",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025",
    "sourceRef": "S33",
    "confidence": "STATED",
    "description": "Chi bộ xét công nhận đảng viên chính thức"
  },
  {
    "id": "7e09c1b6-874b-5ce7-8f75-71d00f3429a5",
    "key": "C.DECISION_RECOGNISE",
    "value": 30,
    "unit": "WORKING_DAYS",
    "startConvention": "NEXT_DAY",
    "startEvent": "Ngày chi bộ có nghị quyết đề nghị công nhận",
    "extensionValue": 30,
    "extensionMaxCount": 1,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025 (kế thừa 29-QĐ/TW)",
    "sourceRef": "S32",
    "confidence": "STATED",
    "description": "Cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức"
  },
  {
    "id": "de9ae3c8-bdf1-5f36-9406-8ea55a738baf",
    "key": "C.INTRODUCER_COWORK",
    "value": 12,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày bắt đầu cùng công tác, học tập, cư trú",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-05-26",
    "legalBasis": "Quy định 294-QĐ/TW ngày 26/5/2025",
    "sourceRef": "S44",
    "confidence": "STATED",
    "description": "Người giới thiệu phải cùng công tác, học tập, cư trú với người vào Đảng"
  },
  {
    "id": "62d7429d-7231-52c6-a2bc-2ea4cacbb667",
    "key": "C.READMIT_MIN_GAP",
    "value": 36,
    "unit": "MONTHS",
    "startConvention": "SAME_DAY",
    "startEvent": "Ngày ra khỏi Đảng",
    "extensionValue": null,
    "extensionMaxCount": 0,
    "effectiveFrom": "2025-01-20",
    "legalBasis": "Quy định 232-QĐ/TW ngày 20/1/2025",
    "sourceRef": "S40",
    "confidence": "STATED",
    "description": "Khoảng cách tối thiểu để xét kết nạp lại"
  }
];

export class LegalTimeData1795246700000 implements MigrationInterface {
  name = 'LegalTimeData1795246700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The audit log of administrative commands is append-only, like the case timeline.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    for (const r of RULES) {
      await queryRunner.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [r.id, r.key, r.value, r.unit, r.startConvention, r.startEvent, r.extensionValue, r.extensionMaxCount, r.effectiveFrom,
          r.legalBasis, r.sourceRef, r.confidence, r.description],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [RULES.map((r) => r.id)]);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
  }
}
