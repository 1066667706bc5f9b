package atomicfile

import (
	"os"
	"syscall"
)

// syncFileRangeWrite is SYNC_FILE_RANGE_WRITE of sync_file_range(2): start
// writing the dirty pages of the range, without waiting for them.
const syncFileRangeWrite = 0x2

// startWriteback has the system start writing n bytes of f from off to
// disk, and returns without waiting. It is a hint: Commit's sync makes the
// file durable whether or not it worked, so its error is of no use.
func startWriteback(f *os.File, off, n int64) {
	_ = syscall.SyncFileRange(int(f.Fd()), off, n, syncFileRangeWrite)
}
