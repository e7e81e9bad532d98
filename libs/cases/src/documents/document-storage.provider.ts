import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { DirectoryDocumentStorage } from './directory-storage';
import { DOCUMENT_STORAGE } from './document-storage';

/** The documents' store: a directory (DOCUMENT_DIR), shared by uploads, downloads and the retention sweep. */
export const documentStorageProvider: Provider = {
  provide: DOCUMENT_STORAGE,
  inject: [APP_CONFIG],
  useFactory: (config: EnvDto) => new DirectoryDocumentStorage(config.DOCUMENT_DIR),
};
