import type { ApiError, Result, StagedFile } from '../api';
import { DomainError } from '../core/errors';
import { checkFileToStage } from './file-to-stage';
import { assertTrustedSender, type SenderEvent } from './invoke-handler';
import { failedUnexpectedly, forbidden } from './ipc-results';

type StageFile = (fileName: string, bytes: Uint8Array) => StagedFile | Promise<StagedFile>;

const toApiError = (error: DomainError): ApiError => ({
  code: error.code,
  message: error.message,
  ...(error.issues ? { issues: error.issues } : {}),
});

// The main side of relance:stage-file, the desktop twin of POST /api/files: sender, then name
// and bytes, then core. Like the invoke handler it answers with a Result and never throws,
// because ipcMain.handle would pass on only the message of a thrown error.
export const createStageFileHandler =
  (stageFile: StageFile, onUnexpected: (error: unknown) => void = (error) => console.error(error)) =>
  async (event: SenderEvent, fileName: unknown, bytes: unknown): Promise<Result<StagedFile>> => {
    try {
      if (!assertTrustedSender(event)) return forbidden;
      const file = checkFileToStage(fileName, bytes);
      if (!file.ok) return { ok: false, error: { code: 'VALIDATION', message: file.message } };
      return { ok: true, value: await stageFile(file.fileName, file.bytes) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: toApiError(error) };
      // A destroyed frame can throw from the senderFrame getter; that too is an answer, not a crash.
      onUnexpected(error);
      return failedUnexpectedly;
    }
  };
