package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A failed run with -o leaves neither the output file nor a temporary file.
func TestFailedRunLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"build", "-o", filepath.Join(dir, "out.md"), filepath.Join(dir, "nosuch.txt")},
		{"dates", "-o", filepath.Join(dir, "out.json"), filepath.Join(dir, "nosuch.txt")},
		{"dates", "--jsonl", "-o", filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "nosuch.jsonl")},
	} {
		var stdout, stderr strings.Builder
		if code := Run(args, strings.NewReader(""), &stdout, &stderr); code != exitError {
			t.Errorf("%q: exit code %d, want %d; stderr:\n%s", args, code, exitError, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("%q: stdout %q, want nothing", args, stdout.String())
		}
		if !strings.Contains(stderr.String(), "nosuch") {
			t.Errorf("%q: stderr %q does not name the missing file", args, stderr.String())
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %q, want nothing", names)
	}
}
