import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hoso/core/config';
import { ErrorEnvelopeDto } from '@hoso/core/http/error-envelope.dto';
import { ApiModule } from './api.module';

/** Every tag a controller uses, with its Vietnamese description (the linter wants each described). */
const TAGS: Record<string, string> = {
  administration: 'Quản trị: đơn vị, người dùng, vai trò',
  audit: 'Kiểm tra: chuỗi băm, nhật ký truy cập, kết xuất, mốc ký',
  auth: 'Đăng nhập, làm mới, đăng xuất, đổi mật khẩu',
  cases: 'Vụ việc: tạo, tra cứu, các bước xử lý, hồ sơ, thời hạn, bảo vệ người tố cáo',
  discipline: 'Thẩm quyền thi hành kỷ luật',
  'document templates': 'Mẫu văn bản của cấp ủy: phiên bản theo ngày áp dụng, mẫu riêng của đơn vị, trường trộn',
  health: 'Tình trạng hoạt động của dịch vụ',
  'legal time': 'Thời gian pháp lý: lịch làm việc, quy tắc thời hạn',
  notifications: 'Thông báo của người dùng',
  organisations: 'Cây tổ chức theo thời gian: lịch sử, thành lập, hợp nhất, chia tách, sáp nhập, giải thể',
  people: 'Hồ sơ đảng viên và quá trình sinh hoạt',
  procedures: 'Các quy trình và phiên bản',
  reports: 'Báo cáo định kỳ của cấp ủy (Excel, Word) và chỉ tiêu',
  statistics: 'Thống kê, báo cáo',
};

/** The document's head: title, server, bearer security and every tag with its description. */
export function openApiHead(): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setTitle('hoso – Hồ sơ vụ việc của cấp ủy')
    .setDescription(
      'API quản lý vụ việc theo Quy định 1374-QĐ/TU và các quy trình liên quan. Lỗi trả về mã ổn định (code) và thông điệp tiếng Việt ' +
        '(lược đồ ErrorEnvelopeDto).',
    )
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', 'https://docs.npmjs.com/cli/configuring-npm/package-json#license')
    // Relative: the document is served by the API it describes, wherever that is deployed.
    .addServer('/', 'Máy chủ phục vụ tài liệu này')
    .addBearerAuth();
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  return builder.build();
}

/** The document of the routes `app` holds: operation ids are `<Controller>_<method>`, unique across controllers. */
export function buildDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, openApiHead(), {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    extraModels: [ErrorEnvelopeDto],
  });
}

/** Builds the document from the code alone: the module graph in preview mode instantiates no provider, so no database. */
export async function generateOpenApi(): Promise<OpenAPIObject> {
  const config = loadConfig({}, { NODE_ENV: 'test' });
  const dataSource = new DataSource({ type: 'postgres' });
  const app = await NestFactory.create(ApiModule.forRoot(config, dataSource), { preview: true, logger: false, abortOnError: false });
  try {
    return buildDocument(app);
  } finally {
    await app.close();
  }
}

/** Keys sorted at every level (arrays keep their order), two-space indent, a final newline: diffs stay small. */
export function serializeOpenApi(doc: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}
