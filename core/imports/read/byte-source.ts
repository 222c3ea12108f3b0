import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

// The bytes of a file, read a stretch at a time: a delimited file is decoded and parsed in
// pieces (decode-text.ts), so a 45 MB export need not sit in memory whole while it is imported.
export type ByteSource = { size: number; read: (from: number, to: number) => Uint8Array };

export const bytesSource = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: (from, to) => bytes.subarray(from, to) });

// Reads go through a block of 1 MiB, the file opened and closed for each: nothing to leak when
// an import stops half-way, and a few dozen system calls for a large file.
export const fileSource = (path: string, blockSize = 2 ** 20): ByteSource => {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  let block = new Uint8Array(0);
  let blockStart = 0;
  const read = (from: number, to: number): Uint8Array => {
    const end = Math.min(to, size);
    if (from >= blockStart && end <= blockStart + block.length) return block.subarray(from - blockStart, end - blockStart);
    block = new Uint8Array(Math.max(blockSize, end - from));
    blockStart = from;
    const file = openSync(path, 'r');
    try {
      let filled = 0;
      while (filled < block.length) {
        const count = readSync(file, block, filled, block.length - filled, from + filled);
        if (count === 0) break;
        filled += count;
      }
      block = block.subarray(0, filled);
    } finally {
      closeSync(file);
    }
    return block.subarray(0, end - from);
  };
  return { size, read };
};
