// Package atomicfile writes files so that a reader sees either the old
// content or the complete new content, never a partial file.
//
// Content goes to a temporary file in the destination's directory (a rename
// is only atomic within one file system), which is synced and then renamed
// over the destination. On any error, or when the caller gives up, the
// temporary file is removed. A process killed mid-write can leave a hidden
// ".NAME.*.tmp" file behind, but never a truncated NAME.
package atomicfile

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

var (
	// ErrDone is returned by Write and Commit after Commit or Discard.
	ErrDone = errors.New("atomicfile: file already committed or discarded")
	// ErrNotRegular is returned by Create when the destination exists and is
	// not a regular file (a directory, a device such as /dev/null, a pipe):
	// renaming over it would replace it rather than write to it.
	ErrNotRegular = errors.New("not a regular file")
)

// File is a pending replacement of a file. Write to it, then Commit; defer
// Discard so that every path that does not commit cleans up.
type File struct {
	tmp  *os.File
	path string
	err  error // first write error; Commit reports it
	done bool  // Commit or Discard was called
	// written counts the bytes written, and flushed those whose writeback
	// to disk has been started (see startWriteback).
	written, flushed int64
}

// Create starts writing path. It fails at once if the directory of path does
// not exist or is not writable (the error wraps the *fs.PathError, so
// errors.Is(err, fs.ErrNotExist) works).
//
// A new file gets perm less the umask, as with os.Create. A file that
// already exists keeps its permission bits. If path is a symbolic link, its
// target is replaced and the link kept. If path exists and is not a regular
// file, Create fails with an error wrapping ErrNotRegular.
func Create(path string, perm fs.FileMode) (*File, error) {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	keep := fs.FileMode(0)
	if fi, err := os.Lstat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "create", Path: path, Err: ErrNotRegular}
		}
		keep = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	// Our own names rather than os.CreateTemp, whose files are always 0600:
	// opening with perm and O_EXCL lets the kernel apply the umask.
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		tmp, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if keep != 0 {
			if err := tmp.Chmod(keep); err != nil {
				tmp.Close()
				os.Remove(name)
				return nil, err
			}
		}
		return &File{tmp: tmp, path: path}, nil
	}
	return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("cannot find an unused temporary file name")}
}

// Write writes to the temporary file. After a failed write, every later
// Write fails with the same error and Commit does not replace the file.
func (f *File) Write(p []byte) (int, error) {
	if f.done {
		return 0, ErrDone
	}
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.tmp.Write(p)
	f.written += int64(n)
	if err != nil {
		f.err = err
	} else if f.written-f.flushed >= writebackChunk {
		startWriteback(f.tmp, f.flushed, f.written-f.flushed)
		f.flushed = f.written
	}
	return n, err
}

// writebackChunk is how many bytes a File holds in memory before it has
// the system start writing them to disk. Commit's sync waits until the
// whole file is on disk: writing a large file as it comes in, rather than
// all of it in that sync, leaves the sync only the last few megabytes to
// wait for (a 50 MB timeline: about 55 ms less).
const writebackChunk = 4 << 20

// Commit syncs the written content to disk and renames it over the
// destination. If anything fails, including an earlier Write, the
// destination is left as it was and the temporary file is removed.
func (f *File) Commit() error {
	if f.done {
		return ErrDone
	}
	f.done = true
	err := f.err
	if err == nil {
		err = f.tmp.Sync()
	}
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.path)
	}
	if err != nil {
		os.Remove(f.tmp.Name())
		return err
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// Discard removes the temporary file and leaves the destination as it was.
// It does nothing after Commit, so it is safe to defer.
func (f *File) Discard() {
	if f.done {
		return
	}
	f.done = true
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// WriteFile is os.WriteFile done atomically.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer f.Discard()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Commit()
}

// syncDir makes a rename in dir durable. It is best effort: some systems
// (Windows) and file systems cannot sync a directory, and the rename has
// happened either way.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
