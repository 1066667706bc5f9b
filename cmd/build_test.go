package cmd

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// runCmd runs timeline with args and standard input in, and returns its
// output, standard error and exit code.
func runCmd(t *testing.T, ctx context.Context, in io.Reader, args ...string) (string, string, int) {
	t.Helper()
	if in == nil {
		in = strings.NewReader("")
	}
	var stdout, stderr bytes.Buffer
	code := RunContext(ctx, args, in, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// exampleArticles are the example articles and the same articles again
// in testdata/multi, and a JSON-lines corpus of more.
func exampleArticles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../examples/geneva-2016/article*.md")
	if err != nil || len(paths) < 4 {
		t.Fatalf("examples: %v, %v", paths, err)
	}
	multi, _ := filepath.Glob("../testdata/multi/*.md")
	paths = append(paths, multi...)
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf(`{"id": "wire-%d", "title": "Wire %d", "text": "Kerry and Lavrov met in Geneva on Friday for talks number %d. Aid convoys reached Aleppo on Monday.", "published": "2016-09-%02d"}`, i, i, i, 1+i%28))
	}
	lines = append(lines, `{"id": "undated", "text": "Aid waited at the border on Tuesday."}`)
	corpus := filepath.Join(t.TempDir(), "wire.jsonl")
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")+"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	return append(paths, corpus)
}

var allFormats = []string{"markdown", "json", "html", "csv", "ics", "timelinejs"}

// buildAs runs timeline build args... --format format and fails the test on
// an exit code other than 0 and 3.
func buildAs(t *testing.T, format string, args ...string) string {
	t.Helper()
	out, stderr, code := runCmd(t, context.Background(), nil, append([]string{"build", "--format", format}, args...)...)
	if code != exitOK && code != exitPartial {
		t.Fatalf("build %q: exit %d: %s", args, code, stderr)
	}
	return out
}

// The output of build is the same, byte for byte, for any --jobs,
// GOMAXPROCS and order of the inputs.
func TestBuildDeterministic(t *testing.T) {
	inputs := exampleArticles(t)
	want := map[string]string{}
	for _, f := range allFormats {
		want[f] = buildAs(t, f, append([]string{"--jobs", "1"}, inputs...)...)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(1, 2))
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, jobs := range []string{"1", "2", "4"} {
			in := slices.Clone(inputs)
			rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
			for _, f := range []string{"markdown", "json"} {
				if got := buildAs(t, f, append([]string{"--jobs", jobs}, in...)...); got != want[f] {
					t.Errorf("GOMAXPROCS %d, --jobs %s, inputs %q: another %s timeline", procs, jobs, in, f)
				}
			}
		}
	}
	// The partial too.
	p1, _, code1 := runCmd(t, context.Background(), nil, append([]string{"build", "--partial", "--jobs", "1"}, inputs...)...)
	runtime.GOMAXPROCS(2)
	p2, _, code2 := runCmd(t, context.Background(), nil, append([]string{"build", "--partial", "--jobs", "3"}, inputs...)...)
	if p1 != p2 || code1 != exitOK || code2 != exitOK || !strings.Contains(p1, `"skipped"`) {
		t.Errorf("--partial differs with --jobs (exit %d, %d)", code1, code2)
	}
}

// Shards built with --partial and merged, in any grouping, give the output
// of one build over the whole corpus, in every format.
func TestMergeShards(t *testing.T) {
	inputs := exampleArticles(t)
	dir := t.TempDir()
	partial := func(name string, args ...string) string {
		path := filepath.Join(dir, name)
		if _, stderr, code := runCmd(t, context.Background(), nil, append([]string{"build", "--partial", "-o", path}, args...)...); code != exitOK {
			t.Fatalf("build --partial %q: exit %d: %s", args, code, stderr)
		}
		return path
	}
	merge := func(args ...string) (string, int) {
		out, stderr, code := runCmd(t, context.Background(), nil, append([]string{"merge"}, args...)...)
		if code != exitOK && code != exitPartial {
			t.Fatalf("merge %q: exit %d: %s", args, code, stderr)
		}
		return out, code
	}
	mergePartial := func(name string, args ...string) string {
		path := filepath.Join(dir, name)
		if _, stderr, code := runCmd(t, context.Background(), nil, append([]string{"merge", "--partial", "-o", path}, args...)...); code != exitOK {
			t.Fatalf("merge --partial %q: exit %d: %s", args, code, stderr)
		}
		return path
	}
	split := func(n int) []string {
		var shards []string
		for i := range n {
			var part []string
			for j := i; j < len(inputs); j += n {
				part = append(part, inputs[j])
			}
			shards = append(shards, partial(fmt.Sprintf("shard%d-of-%d.jsonl", i+1, n), part...))
		}
		return shards
	}
	two, three := split(2), split(3)
	a, b, c := three[0], three[1], three[2]
	ab, bc, ca := mergePartial("ab.jsonl", a, b), mergePartial("bc.jsonl", b, c), mergePartial("ca.jsonl", c, a)
	groupings := map[string][]string{
		"2 shards":            two,
		"2 shards, c-b-a":     {two[1], two[0]},
		"3 shards":            three,
		"merge(merge(a,b),c)": {ab, c},
		"merge(a,merge(b,c))": {a, bc},
		"merge(c,b,a)":        {c, b, a},
		"merge(merge(c,a),b)": {ca, b},
	}
	for _, f := range allFormats {
		want := buildAs(t, f, inputs...)
		for name, partials := range groupings {
			if got, code := merge(append([]string{"--format", f}, partials...)...); got != want || code != exitPartial {
				t.Errorf("%s, %s: the merged timeline differs from one build (exit %d)", name, f, code)
			}
		}
	}
	// merge --partial writes the same bytes however the partials add up.
	abc1, _ := os.ReadFile(mergePartial("abc1.jsonl", ab, c))
	abc2, _ := os.ReadFile(mergePartial("abc2.jsonl", a, bc))
	abc3, _ := os.ReadFile(mergePartial("abc3.jsonl", c, b, a))
	abc4, _ := os.ReadFile(mergePartial("abc4.jsonl", two...))
	if !bytes.Equal(abc1, abc2) || !bytes.Equal(abc1, abc3) || !bytes.Equal(abc1, abc4) {
		t.Errorf("merge --partial differs with the grouping")
	}

	// Filters, --title, --top-dates and --front-matter apply at the merge;
	// standard input is a partial too.
	flags := []string{"--actor", "Kerry", "--from", "2016-08-01", "--top-dates", "3", "--title", "Syria", "--front-matter"}
	want := buildAs(t, "markdown", append(flags, inputs...)...)
	cat := strings.Join([]string{string(abc1)}, "")
	out, stderr, code := runCmd(t, context.Background(), strings.NewReader(cat), append([]string{"merge", "-"}, flags...)...)
	if out != want || code != exitPartial {
		t.Errorf("merge with filters from stdin: exit %d, %s; output differs: %v", code, stderr, out != want)
	}
}

// cancelReader cancels a context after it has given n bytes.
type cancelReader struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		c.cancel()
	}
	p = p[:min(len(p), 4096)]
	n, err := c.r.Read(p)
	c.n -= n
	return n, err
}

// Interrupted (Ctrl-C), build, merge and dates --jsonl stop, write
// nothing, and exit with code 130.
func TestInterrupted(t *testing.T) {
	var lines []string
	for i := range 3000 {
		lines = append(lines, fmt.Sprintf(`{"id": "w%d", "text": "Kerry and Lavrov met in Geneva on Friday. Talks go on next week.", "published": "2016-08-26"}`, i))
	}
	corpus := strings.Join(lines, "\n") + "\n"
	dir := t.TempDir()
	for _, args := range [][]string{
		{"build", "-o", filepath.Join(dir, "out.json"), "-"},
		{"build", "--jobs", "1", "-o", filepath.Join(dir, "out.md"), "-"},
		{"build", "--partial", "-o", filepath.Join(dir, "out.jsonl"), "-"},
		{"dates", "--jsonl", "-o", filepath.Join(dir, "mentions.jsonl"), "-"},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		in := &cancelReader{r: strings.NewReader(corpus), n: 64 << 10, cancel: cancel}
		out, stderr, code := runCmd(t, ctx, in, args...)
		cancel()
		if code != exitInterrupted || stderr != "timeline: interrupted; nothing was written\n" || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 130 and nothing written", args, code, out, stderr)
		}
	}
	// merge, interrupted before it starts.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, stderr, code := runCmd(t, ctx, strings.NewReader(`{"partial":{"version":1}}`), "merge", "-o", filepath.Join(dir, "t.md"), "-"); code != exitInterrupted {
		t.Errorf("merge: exit %d, %s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("interrupted runs left %q", names)
	}

	// --partial on standard output says what it had written.
	ctx, cancel = context.WithCancel(context.Background())
	in := &cancelReader{r: strings.NewReader(corpus), n: 200 << 10, cancel: cancel}
	out, stderr, code := runCmd(t, ctx, in, "build", "--partial", "-")
	cancel()
	if code != exitInterrupted || (out != "" && stderr != "timeline: interrupted; the partial timeline on standard output is incomplete\n") {
		t.Errorf("build --partial to stdout: exit %d, %d bytes, stderr %q", code, len(out), stderr)
	}
}

// TestOutputEstimate checks that outputEstimate, the room made for
// standard output, holds the JSON timeline (and so every other format) of
// the example articles, without being far larger.
func TestOutputEstimate(t *testing.T) {
	var c timeline.Corpus
	for _, p := range exampleArticles(t)[:4] {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !c.AddFile(p, b) {
			t.Fatalf("%s skipped", p)
		}
	}
	tl, err := c.Build(timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := render.JSON(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if est := outputEstimate(tl); est < buf.Len() || est > 2*buf.Len() {
		t.Errorf("outputEstimate = %d for %d bytes of JSON", est, buf.Len())
	}
}
