package atomicfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback has the system start writing n bytes of f from off to
// disk (sync_file_range(2) with SYNC_FILE_RANGE_WRITE), and returns without
// waiting. It is a hint: Commit's sync makes the file durable whether or
// not it worked, so its error is of no use. x/sys/unix rather than syscall,
// whose SyncFileRange is missing on some Linux ports (32-bit ARM).
func startWriteback(f *os.File, off, n int64) {
	_ = unix.SyncFileRange(int(f.Fd()), off, n, unix.SYNC_FILE_RANGE_WRITE)
}
