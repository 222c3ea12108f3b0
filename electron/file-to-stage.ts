import { MAX_IMPORT_BYTES } from '../api/imports';

// The longest name most file systems allow (NAME_MAX on Linux and macOS, NTFS's limit).
const MAX_FILE_NAME_LENGTH = 255;

export type FileToStage = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; message: string };

// True for a Uint8Array (a Buffer is one) from any realm: instanceof would miss one made in
// another context (the page's world, a vm sandbox), and isView reads a slot no plain object has.
const isByteArray = (value: unknown): value is Uint8Array =>
  ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';

// What both sides of relance:stage-file check before the bytes go further. Checked by hand, not
// with a schema: a schema would walk every byte of a file that may be 200 MB.
export const checkFileToStage = (fileName: unknown, bytes: unknown): FileToStage => {
  if (typeof fileName !== 'string' || fileName === '') return { ok: false, message: 'The file has no name. Choose it again.' };
  if (fileName.length > MAX_FILE_NAME_LENGTH) {
    return { ok: false, message: `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters. Rename the file and add it again.` };
  }
  if (!isByteArray(bytes)) return { ok: false, message: `${fileName} could not be read. Choose it again.` };
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, message: `${fileName} is larger than ${MAX_IMPORT_BYTES / 2 ** 20} MB. Split it into smaller files.` };
  }
  return { ok: true, fileName, bytes };
};
