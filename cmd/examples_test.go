package cmd

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/golden"
)

// TestExamples keeps the rendered outputs in examples/ in step with the
// code: each is the output of the command shown in examples/README.md
// (go test ./cmd -update rewrites them).
func TestExamples(t *testing.T) {
	const dir = "../examples/geneva-2016/"
	for _, tc := range []struct {
		out  string
		args string
	}{
		{"timeline.md", "build " + dir + "article.md"},
		{"timeline.json", "build --format json " + dir + "article.md"},
		{"dates.txt", "dates " + dir + "article.md"},
		{"dates.json", "dates --format json " + dir + "article.md"},
		// timeline build examples/geneva-2016/article*.md: the talks and
		// three later reports of the same negotiation, merged.
		{"merged.md", "build " + articles(t, dir)},
		{"merged.json", "build --format json " + articles(t, dir)},
		{"merged.timelinejs.json", "build --format timelinejs " + articles(t, dir)},
		{"merged.html", "build --format html " + articles(t, dir)},
		{"merged.csv", "build --format csv " + articles(t, dir)},
		{"merged.ics", "build --format ics " + articles(t, dir)},
		{"article.tml", "dates --format timeml " + dir + "article.md"},
	} {
		t.Run(tc.out, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := Run(strings.Fields(tc.args), strings.NewReader(""), &stdout, &stderr); code != 0 && !strings.Contains(stderr.String(), "not in the calendar") {
				t.Fatalf("timeline %s: exit %d: %s", tc.args, code, stderr.String())
			}
			// Paths in the output are as the user typed them, from the repository root.
			got := bytes.ReplaceAll(stdout.Bytes(), []byte("../examples/"), []byte("examples/"))
			golden.Check(t, dir+tc.out, got)
		})
	}
}

// articles lists the example articles of dir (article*.md) as the shell
// expands the pattern.
func articles(t *testing.T, dir string) string {
	t.Helper()
	paths, err := filepath.Glob(dir + "article*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	return strings.Join(paths, " ")
}
