package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

// names lists the entries of dir, so tests can check no temporary file is
// left behind.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestWriteFileCreates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := WriteFile(path, []byte("{}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != "{}\n" {
		t.Errorf("content = %q, want %q", got, "{}\n")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.json"}) {
		t.Errorf("directory holds %q, want only out.json", got)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
		}
	}
}

func TestWriteFileReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := os.WriteFile(path, []byte("old content, longer than the new"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != "new" {
		t.Errorf("content = %q, want %q", got, "new")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.md"}) {
		t.Errorf("directory holds %q, want only out.md", got)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("mode = %v, want the old file's 0600", fi.Mode().Perm())
		}
	}
}

func TestNothingVisibleBeforeCommit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Discard()
	if _, err := f.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != "old" {
		t.Errorf("before Commit, content = %q, want %q", got, "old")
	}
	if n := len(names(t, dir)); n != 2 {
		t.Errorf("before Commit, directory holds %d entries, want the file and its temporary", n)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != "new" {
		t.Errorf("after Commit, content = %q, want %q", got, "new")
	}
	if _, err := f.Write([]byte("more")); !errors.Is(err, ErrDone) {
		t.Errorf("Write after Commit = %v, want ErrDone", err)
	}
	if err := f.Commit(); !errors.Is(err, ErrDone) {
		t.Errorf("second Commit = %v, want ErrDone", err)
	}
}

func TestDiscardLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	f, err := Create(filepath.Join(dir, "out.json"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("partial")); err != nil {
		t.Fatal(err)
	}
	f.Discard()
	f.Discard() // idempotent
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("after Discard, directory holds %q, want nothing", got)
	}
}

func TestDiscardKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new"))
	f.Discard()
	if got := readString(t, path); got != "old" {
		t.Errorf("content = %q, want %q", got, "old")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.json"}) {
		t.Errorf("directory holds %q, want only out.json", got)
	}
}

func TestCreateInMissingDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := Create(filepath.Join(dir, "missing", "out.json"), 0o644)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Create = %v, want an error wrapping fs.ErrNotExist", err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("directory holds %q, want nothing", got)
	}
}

func TestWriteErrorRemovesTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	f, err := Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.tmp.Close() // make the next write fail
	if _, err := f.Write([]byte("data")); err == nil {
		t.Fatal("Write to a closed file succeeded")
	}
	if _, err := f.Write([]byte("more")); err == nil {
		t.Error("Write after a failed Write succeeded")
	}
	if err := f.Commit(); err == nil {
		t.Error("Commit after a failed Write succeeded")
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("directory holds %q, want nothing", got)
	}
}

func TestRenameErrorRemovesTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	f, err := Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("data"))
	// A non-empty directory now stands where the file should go, so the
	// rename fails.
	if err := os.MkdirAll(filepath.Join(path, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err == nil {
		t.Fatal("Commit over a non-empty directory succeeded")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.json"}) {
		t.Errorf("directory holds %q, want only the out.json directory", got)
	}
}

func TestCreateRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(path, 0o644); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("Create over a directory = %v, want ErrNotRegular", err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"sub"}) {
		t.Errorf("directory holds %q, want only sub", got)
	}
}

func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.json")
	link := filepath.Join(dir, "link.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.json", link); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	if err := WriteFile(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("link.json is no longer a symbolic link (%v)", err)
	}
	if got := readString(t, target); got != "new" {
		t.Errorf("target content = %q, want %q", got, "new")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"link.json", "target.json"}) {
		t.Errorf("directory holds %q, want link.json and target.json", got)
	}
}

// A file larger than writebackChunk, written in pieces that do not divide
// it, has its writeback started on the way and its whole content in place.
func TestWriteLargeFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	f, err := Create(path, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Discard()
	piece := make([]byte, 100_003)
	var want []byte
	for i := 0; len(want) < 2*writebackChunk+1; i++ {
		for j := range piece {
			piece[j] = byte(i + j)
		}
		if _, err := f.Write(piece); err != nil {
			t.Fatal(err)
		}
		want = append(want, piece...)
	}
	if f.flushed == 0 || f.flushed > f.written {
		t.Errorf("writeback started for %d of %d bytes", f.flushed, f.written)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != string(want) {
		t.Errorf("content differs from the %d bytes written (%d bytes)", len(want), len(got))
	}
}
