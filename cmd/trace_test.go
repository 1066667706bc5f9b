package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStartTrace(t *testing.T) {
	stop, err := startTrace("")
	if err != nil {
		t.Fatal(err)
	}
	stop() // no trace, nothing to end

	file := filepath.Join(t.TempDir(), "run.trace")
	if stop, err = startTrace(file); err != nil {
		t.Fatal(err)
	}
	if code := Run([]string{"dates", "--published", "2016-08-26", "-"}, strings.NewReader("talks last month"), new(strings.Builder), new(strings.Builder)); code != exitOK {
		t.Fatalf("exit code %d", code)
	}
	stop()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "go 1.") {
		t.Errorf("%s does not start as a Go execution trace: %q", file, b[:min(len(b), 16)])
	}

	if _, err := startTrace(filepath.Join(t.TempDir(), "no", "such", "dir", "run.trace")); err == nil {
		t.Error("a trace file in a folder that does not exist was accepted")
	}
}
