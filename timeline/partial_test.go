package timeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// exampleInputs are the example articles of examples/geneva-2016 and
// testdata/multi (the same four articles again, under other paths), as
// inputs of Corpus.Read.
func exampleInputs(t testing.TB) []timeline.Input {
	t.Helper()
	var inputs []timeline.Input
	for _, pattern := range []string{"../examples/geneva-2016/article*.md", "../testdata/multi/*.md"} {
		paths, err := filepath.Glob(pattern)
		if err != nil || len(paths) < 4 {
			t.Fatalf("%s: %v, %v", pattern, paths, err)
		}
		for _, p := range paths {
			inputs = append(inputs, timeline.Input{Path: p})
		}
	}
	return inputs
}

// readPartial reads inputs into the partial timeline a build over them
// writes, through its JSON-lines form.
func readPartial(t testing.TB, inputs []timeline.Input, opts timeline.Options) *timeline.Partial {
	t.Helper()
	var buf bytes.Buffer
	pw := timeline.NewPartialWriter(&buf)
	var c timeline.Corpus
	if err := c.Stream(context.Background(), slices.Values(inputs), opts, pw.Write); err != nil {
		t.Fatal(err)
	}
	var p timeline.Partial
	if err := p.ReadJSONL("partial", &buf); err != nil {
		t.Fatal(err)
	}
	return &p
}

// renderAll renders a timeline in every format, one after the other.
func renderAll(t testing.TB, tl *timeline.Timeline) string {
	t.Helper()
	var buf bytes.Buffer
	for _, r := range []func(io.Writer, *timeline.Timeline) error{render.Markdown, render.JSON, render.HTML, render.CSV, render.ICS, render.TimelineJS} {
		if err := r(&buf, tl); err != nil {
			t.Fatal(err)
		}
	}
	return buf.String()
}

func buildInputs(t testing.TB, inputs []timeline.Input, opts timeline.Options) *timeline.Timeline {
	t.Helper()
	var c timeline.Corpus
	if err := c.Read(context.Background(), slices.Values(inputs), opts); err != nil {
		t.Fatal(err)
	}
	tl, err := c.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func mustTimeline(t testing.TB, p *timeline.Partial, opts timeline.Options) *timeline.Timeline {
	t.Helper()
	tl, err := p.Timeline(opts)
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// Shards built apart and merged in any grouping give the timeline of one
// build over the whole corpus, byte for byte, in every format.
func TestPartialShards(t *testing.T) {
	inputs := exampleInputs(t)
	opts := timeline.Options{}
	whole := buildInputs(t, inputs, opts)
	want := renderAll(t, whole)
	// testdata/multi repeats the articles of the example, which are
	// used, in path order: each shard split below has some of each.
	if len(whole.Sources) != 4 || len(whole.Skipped) != 4 || len(whole.Events) < 20 {
		t.Fatalf("whole corpus: %d sources, %d skipped, %d events", len(whole.Sources), len(whole.Skipped), len(whole.Events))
	}

	// The partial of the whole corpus, read back, is the same timeline.
	if got := mustTimeline(t, readPartial(t, inputs, opts), opts); !reflect.DeepEqual(got, whole) {
		t.Errorf("timeline of the partial differs from the build")
	}

	for _, n := range []int{2, 3} {
		var shards []*timeline.Partial
		for i := range n {
			var part []timeline.Input
			for j := i; j < len(inputs); j += n {
				part = append(part, inputs[j])
			}
			shards = append(shards, readPartial(t, part, opts))
		}
		sum := func(ps ...*timeline.Partial) *timeline.Partial {
			var s timeline.Partial
			for _, p := range ps {
				s.Add(p)
			}
			return &s
		}
		// merge writes and reads partials: a reducer's output.
		merged := func(ps ...*timeline.Partial) *timeline.Partial {
			var buf bytes.Buffer
			if err := sum(ps...).WriteJSONL(&buf); err != nil {
				t.Fatal(err)
			}
			var p timeline.Partial
			if err := p.ReadJSONL("merged", &buf); err != nil {
				t.Fatal(err)
			}
			return &p
		}
		reversed := slices.Clone(shards)
		slices.Reverse(reversed)
		groupings := map[string]*timeline.Partial{"in order": sum(shards...), "reversed": sum(reversed...)}
		if n == 3 {
			a, b, c := shards[0], shards[1], shards[2]
			groupings["(a+b)+c"] = merged(merged(a, b), c)
			groupings["a+(b+c)"] = merged(a, merged(b, c))
			groupings["c+b+a"] = merged(c, b, a)
			groupings["(c+a)+b"] = merged(merged(c, a), b)
		}
		var partials []string
		for name, p := range groupings {
			tl := mustTimeline(t, p, opts)
			if got := renderAll(t, tl); got != want {
				t.Errorf("%d shards, %s: the merged timeline differs from one build", n, name)
			}
			var buf bytes.Buffer
			if err := p.WriteJSONL(&buf); err != nil {
				t.Fatal(err)
			}
			partials = append(partials, buf.String())
		}
		for _, p := range partials[1:] {
			if p != partials[0] {
				t.Errorf("%d shards: partials added up in different ways are written differently", n)
			}
		}
	}

	// The filters, the title and --top-dates apply at the merge.
	opts = timeline.Options{Title: "Syria", TopDates: 3, Filter: timeline.Filter{Actors: []string{"Kerry"}, From: day(2016, 8, 1)}}
	if got, want := renderAll(t, mustTimeline(t, readPartial(t, inputs, timeline.Options{}), opts)), renderAll(t, buildInputs(t, inputs, opts)); got != want {
		t.Errorf("filtered: the merged timeline differs from one build")
	}
}

// The lines of partials can be shuffled and split in any way: the records
// refer to each other by value.
func TestPartialShuffledLines(t *testing.T) {
	inputs := exampleInputs(t)
	var buf bytes.Buffer
	if err := readPartial(t, inputs, timeline.Options{}).WriteJSONL(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	lines = lines[:len(lines)-1] // "" after the last line end
	want := renderAll(t, buildInputs(t, inputs, timeline.Options{}))
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5 {
		rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
		// Two streams, a tab after some lines (Hadoop Streaming), blank lines.
		cut := rng.IntN(len(lines))
		var p timeline.Partial
		first := strings.Join(lines[:cut], "")
		second := strings.ReplaceAll(strings.Join(lines[cut:], "\n"), "}}\n", "}}\t\n")
		if err := p.ReadJSONL("a", strings.NewReader(first)); err != nil {
			t.Fatal(err)
		}
		if err := p.ReadJSONL("b", strings.NewReader(second)); err != nil {
			t.Fatal(err)
		}
		if got := renderAll(t, mustTimeline(t, &p, timeline.Options{})); got != want {
			t.Fatalf("shuffled partial gives another timeline")
		}

		// Each half through a reducer (merge --partial), which passes on
		// events whose source is in the other half.
		var reduced bytes.Buffer
		for _, half := range []string{first, second} {
			var h timeline.Partial
			if err := h.ReadJSONL("half", strings.NewReader(half)); err != nil {
				t.Fatal(err)
			}
			if err := h.WriteJSONL(&reduced); err != nil {
				t.Fatal(err)
			}
		}
		var r timeline.Partial
		if err := r.ReadJSONL("reduced", &reduced); err != nil {
			t.Fatal(err)
		}
		if got := renderAll(t, mustTimeline(t, &r, timeline.Options{})); got != want {
			t.Fatalf("halves merged apart give another timeline")
		}
	}
}

// Documents given twice, across partials or in one, are used once, the
// first in path order, and the result does not depend on how the corpus is
// split, nor on the order of the inputs.
func TestPartialDuplicates(t *testing.T) {
	dir := t.TempDir()
	write := func(name, id, text string) timeline.Input {
		path := filepath.Join(dir, name)
		front := "---\npublished: 2016-08-26\n"
		if id != "" {
			front += "id: " + id + "\n"
		}
		if err := os.WriteFile(path, []byte(front+"---\n"+text+"\n"), 0o666); err != nil {
			t.Fatal(err)
		}
		return timeline.Input{Path: path}
	}
	talks := "Kerry and Lavrov met in Geneva on Friday."
	inputs := []timeline.Input{
		write("a.md", "talks", talks),
		write("b.md", "", talks),                                          // same text as a.md
		write("c.md", "talks", "Kerry met Lavrov in Geneva on Thursday."), // same id as a.md
		write("d.md", "truce", "The truce took hold on Monday."),
		write("e.md", "other", "The truce took hold on Monday."), // same text as d.md
		{Path: filepath.Join(dir, "d.md")},                       // d.md again
	}
	whole := buildInputs(t, inputs, timeline.Options{})
	var got []string
	for _, s := range whole.Skipped {
		got = append(got, strings.TrimPrefix(s.Path, dir+"/")+": "+strings.ReplaceAll(s.Reason, dir+"/", ""))
	}
	want := []string{
		"b.md: same text as a.md",
		`c.md: duplicate id "talks", already used by a.md: give each document its own id`,
		`d.md: duplicate id "truce", already used by d.md: give each document its own id`,
		"e.md: same text as d.md",
	}
	if !slices.Equal(got, want) {
		t.Errorf("skipped:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(whole.Sources) != 2 {
		t.Errorf("sources %+v, want a.md and d.md", whole.Sources)
	}
	wantText := renderAll(t, whole)
	// Read's keys of this process tell the texts apart as digests do.
	quick := timeline.Corpus{NoDigests: true}
	if err := quick.Read(context.Background(), slices.Values(inputs), timeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if tl, err := quick.Build(timeline.Options{}); err != nil || renderAll(t, tl) != wantText {
		t.Errorf("with NoDigests: %v, or another timeline", err)
	}
	// Those keys must not leave the process: written, no other process's
	// partial could match them.
	qp, err := quick.Partial(context.Background(), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := qp.WriteJSONL(io.Discard); err == nil || !strings.Contains(err.Error(), "NoDigests") {
		t.Errorf("WriteJSONL of a NoDigests partial: %v, want it refused", err)
	}
	if err := timeline.NewPartialWriter(io.Discard).Write(qp); err == nil || !strings.Contains(err.Error(), "NoDigests") {
		t.Errorf("PartialWriter.Write of a NoDigests partial: %v, want it refused", err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20 {
		in := slices.Clone(inputs)
		rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if got := renderAll(t, buildInputs(t, in, timeline.Options{})); got != wantText {
			t.Fatalf("order %v: another timeline", in)
		}
		cut := rng.IntN(len(in))
		p := readPartial(t, in[:cut], timeline.Options{})
		p.Add(readPartial(t, in[cut:], timeline.Options{}))
		if got := renderAll(t, mustTimeline(t, p, timeline.Options{})); got != wantText {
			t.Fatalf("split %v | %v: another timeline", in[:cut], in[cut:])
		}
	}
}

func TestPartialErrors(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{"{\"partial\":{\"version\":2}}\n", "p:1: partial timeline version 2, want 1"},
		{"\n\n{\"id\":\"x\",\"text\":\"y\"}\n", `p:3: not a partial timeline record: want an object with one of "partial", "source", "event" or "skipped"`},
		{"{\"source\":{\"id\":\"x\"},\"skipped\":{\"path\":\"y\"}}", "p:1: not a partial timeline record: want an object"},
		{"{\n", "p:1: not a partial timeline record: invalid JSON"},
		{"{\"source\":{\"id\":\"x\",\"published\":\"26/08/2016\"}}", `p:1: source "x": invalid published "26/08/2016"`},
		{"{\"source\":{\"id\":\"x\",\"published\":\"0001-01-01\"}}", `p:1: source "x": invalid published "0001-01-01"`},
		{"{\"event\":{\"source\":{\"doc\":\"x\",\"sentence\":1},\"citations\":[]}}", "p:1: event: 0 citations: an event of a partial timeline is unmerged"},
		{"{\"event\":{\"source\":{\"doc\":\"x\",\"sentence\":1},\"citations\":[{\"doc\":\"x\",\"sentence\":2}]}}", "p:1: event: its citation is not its \"source\""},
		{"{\"event\":{\"when\":{\"start\":\"x\"},\"source\":{\"doc\":\"x\"},\"citations\":[{\"doc\":\"x\"}]}}", "p:1: event: invalid when.start \"x\""},
		{"{\"event\":{\"when\":{\"grain\":\"fortnight\"},\"source\":{\"doc\":\"x\"},\"citations\":[{\"doc\":\"x\"}]}}", "p:1: not a partial timeline record: invalid JSON: dates: unknown grain"},
	} {
		var p timeline.Partial
		err := p.ReadJSONL("p", strings.NewReader(tc.in))
		var pe *timeline.PartialError
		if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("ReadJSONL(%q) = %v, want %s...", tc.in, err, tc.err)
		}
	}

	// Events without their source: a part of the corpus is missing.
	p := readPartial(t, exampleInputs(t)[:2], timeline.Options{})
	p.Sources = p.Sources[1:]
	_, err := p.Timeline(timeline.Options{})
	var oe *timeline.OrphanError
	if !errors.As(err, &oe) || oe.Events == 0 || !strings.Contains(err.Error(), "which no source record describes") {
		t.Errorf("Timeline without a source: %v", err)
	}
}

// Partials are decoded in batches on several goroutines: a bad line far
// into a long partial is reported with its number, after the records
// before it (and none after it), however many goroutines decode.
func TestPartialErrorAfterManyLines(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var in strings.Builder
	const bad = 150 // line number of the bad line; batches hold 64 lines
	for n := 1; n < 300; n++ {
		switch {
		case n == bad:
			in.WriteString("{\"source\":{\"id\":\"x\",\"published\":\"yesterday\"}}\n")
		case n%7 == 0:
			in.WriteString("\n")
		default:
			fmt.Fprintf(&in, "{\"skipped\":{\"path\":\"%d.md\",\"reason\":\"r\"}}\n", n)
		}
	}
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		var p timeline.Partial
		err := p.ReadJSONL("p", strings.NewReader(in.String()))
		var pe *timeline.PartialError
		if !errors.As(err, &pe) || pe.Line != bad || pe.Path != "p" {
			t.Fatalf("GOMAXPROCS %d: ReadJSONL = %v, want an error at p:%d", procs, err, bad)
		}
		want := bad - 1 - (bad-1)/7 // the records before the bad line
		if len(p.Skipped) != want || p.Skipped[len(p.Skipped)-1].Path != "149.md" {
			t.Errorf("GOMAXPROCS %d: %d records read before the error, want %d ending with 149.md", procs, len(p.Skipped), want)
		}
	}
}

// Read gives the same timeline whatever the number of jobs, GOMAXPROCS and
// the order of the inputs.
func TestReadDeterministic(t *testing.T) {
	inputs := exampleInputs(t)
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	var lines []string
	for i := range 40 {
		lines = append(lines, fmt.Sprintf(`{"id": "wire-%d", "text": "Kerry and Lavrov met in Geneva on Friday for talks number %d. Aid convoys reached Aleppo on Monday, %d days later.", "published": "2016-09-%02d"}`, i, i, i, 1+i%28))
	}
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")), 0o666); err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, timeline.Input{Path: corpus})
	want := renderAll(t, buildInputs(t, inputs, timeline.Options{Jobs: 1}))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(9, 10))
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, jobs := range []int{0, 1, 2, 3, 8} {
			in := slices.Clone(inputs)
			rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
			if got := renderAll(t, buildInputs(t, in, timeline.Options{Jobs: jobs})); got != want {
				t.Errorf("GOMAXPROCS %d, %d jobs: another timeline", procs, jobs)
			}
		}
	}
}

// A build cancelled midway stops, returns context.Canceled and hands on
// nothing after it.
func TestReadCancel(t *testing.T) {
	inputs := exampleInputs(t)
	for range 10 {
		inputs = append(inputs, inputs[:8]...)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var emitted, afterCancel atomic.Int32
	var cancelled atomic.Bool
	var c timeline.Corpus
	opts := timeline.Options{Jobs: 2, Progress: func(p timeline.Progress) {
		if p.Docs == 5 {
			cancel()
			cancelled.Store(true)
		}
	}}
	err := c.Stream(ctx, slices.Values(inputs), opts, func(*timeline.Partial) error {
		emitted.Add(1)
		if cancelled.Load() {
			afterCancel.Add(1)
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Stream = %v, want context.Canceled", err)
	}
	if n := emitted.Load(); n >= int32(len(inputs)) || afterCancel.Load() > 1 {
		t.Errorf("%d of %d inputs handed on, %d after the cancellation", n, len(inputs), afterCancel.Load())
	}

	// Build and Read too.
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	if err := c.Read(ctx, slices.Values(inputs), timeline.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Read = %v, want context.Canceled", err)
	}
	if _, err := timeline.BuildContext(ctx, readMulti(t), timeline.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("BuildContext = %v, want context.Canceled", err)
	}
	if _, err := c.BuildContext(ctx, timeline.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Corpus.BuildContext = %v, want context.Canceled", err)
	}
}

// Read takes files, JSON-lines corpora, standard input, pages and inputs to
// skip, in any input format, and counts the bytes it reads.
func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
		return path
	}
	article := "---\npublished: 2016-08-26\n---\nKerry and Lavrov met in Geneva on Friday.\n"
	page := "<!doctype html><html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2016-09-10\"></head><body><article><p>Kerry and Lavrov agreed on a truce on Friday.</p></article></body></html>"
	jsonl := "{\"id\": \"w1\", \"text\": \"Aid reached Aleppo on Monday.\", \"published\": \"2016-09-13\"}\r\n\n{\"text\": \"undated\"}\n"
	files := map[string]string{
		"a.md": write("a.md", article), "page.html": write("page.html", page), "page.txt": write("page.txt", page),
		"c.jsonl": write("c.jsonl", jsonl), "lines.txt": write("lines.txt", jsonl),
	}
	stdin := func(s string) func() (io.ReadCloser, error) {
		return func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(s)), nil }
	}
	for _, tc := range []struct {
		name   string
		inputs []timeline.Input
		want   []string // sources and skipped inputs, by path
	}{
		{"auto", []timeline.Input{{Path: files["a.md"]}, {Path: files["page.html"]}, {Path: files["page.txt"]}, {Path: files["c.jsonl"]}},
			[]string{"source a.md 2016-08-26", "source page.html 2016-09-10", "source page.txt 2016-09-10", "source c.jsonl:1 2016-09-13", "skip c.jsonl:3"}},
		{"jsonl", []timeline.Input{{Path: files["lines.txt"], Format: timeline.InputJSONL}}, []string{"source lines.txt:1 2016-09-13", "skip lines.txt:3"}},
		{"text", []timeline.Input{{Path: files["page.html"], Format: timeline.InputText}}, []string{"skip page.html"}},
		{"html", []timeline.Input{{Path: files["page.txt"], Format: timeline.InputHTML}}, []string{"source page.txt 2016-09-10"}},
		{"stdin article", []timeline.Input{{Path: "-", Open: stdin(article)}}, []string{"source - 2016-08-26"}},
		{"stdin page", []timeline.Input{{Path: "-", Open: stdin(page)}}, []string{"source - 2016-09-10"}},
		{"stdin jsonl", []timeline.Input{{Path: "-", Open: stdin("\ufeff  \n" + jsonl)}}, []string{"source stdin:2 2016-09-13", "skip stdin:4"}},
		{"skip", []timeline.Input{{Path: "x.jpg", Skip: "not an article file (.jpg)"}, {Path: filepath.Join(dir, "nosuch.md")}, {Path: filepath.Join(dir, "nosuch.jsonl")}},
			[]string{"skip x.jpg", "skip nosuch.md", "skip nosuch.jsonl"}},
	} {
		var c timeline.Corpus
		var last timeline.Progress
		err := c.Read(context.Background(), slices.Values(tc.inputs), timeline.Options{Progress: func(p timeline.Progress) { last = p }})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		p, err := c.Partial(context.Background(), timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range p.Sources {
			got = append(got, fmt.Sprintf("source %s %s", filepath.Base(s.Path), s.Published.Format(time.DateOnly)))
		}
		for _, s := range p.Skipped {
			got = append(got, "skip "+filepath.Base(s.Path))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		var size int64
		for _, in := range tc.inputs {
			if fi, err := os.Stat(in.Path); err == nil {
				size += fi.Size()
			}
		}
		if tc.name != "skip" && !strings.HasPrefix(tc.name, "stdin") && last.Bytes != size {
			t.Errorf("%s: progress says %d bytes, the files have %d", tc.name, last.Bytes, size)
		}
		if last.Docs != len(got) {
			t.Errorf("%s: progress says %d inputs done, want %d", tc.name, last.Docs, len(got))
		}
	}

	// Events do not hold on to their document's text.
	var c timeline.Corpus
	if err := c.Read(context.Background(), slices.Values([]timeline.Input{{Path: files["a.md"]}}), timeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if tl, err := c.Build(timeline.Options{}); err != nil || len(tl.Events) != 1 || tl.Events[0].When.Phrase != "Friday" {
		t.Errorf("timeline of a.md: %v, %+v", err, tl)
	}
}

func TestComparePaths(t *testing.T) {
	paths := []string{"a", "a.jsonl:1", "a.jsonl:2", "a.jsonl:10", "a.jsonl:010", "a01", "a1", "a2", "b/c.md", "b10", "corpus.jsonl:9", "corpus.jsonl:10"}
	sorted := slices.Clone(paths)
	slices.SortFunc(sorted, timeline.ComparePaths)
	want := []string{"a", "a.jsonl:1", "a.jsonl:2", "a.jsonl:010", "a.jsonl:10", "a01", "a1", "a2", "b/c.md", "b10", "corpus.jsonl:9", "corpus.jsonl:10"}
	if !slices.Equal(sorted, want) {
		t.Errorf("sorted:\n%q\nwant\n%q", sorted, want)
	}
	for _, a := range paths {
		for _, b := range paths {
			if c := timeline.ComparePaths(a, b); (c == 0) != (a == b) || c != -timeline.ComparePaths(b, a) {
				t.Errorf("ComparePaths(%q, %q) = %d", a, b, c)
			}
		}
	}
}

// BenchmarkBuild builds the timeline of the articles of testdata/multi.
func BenchmarkBuild(b *testing.B) {
	docs := readMulti(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	tg := dates.New()
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if _, err := timeline.Build(docs, timeline.Options{Tagger: tg, Jobs: jobs}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPartialJSONL checks that reading a partial never panics, and that
// what it reads is written in a canonical form that reads back the same.
func FuzzPartialJSONL(f *testing.F) {
	f.Add(`{"partial":{"version":1}}
{"source":{"id":"talks","title":"Talks","published":"2016-08-26","path":"a.md","url":"","digest":"ab"}}
{"event":{"digest":"ab","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-26T15:00:59Z","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry met Lavrov on Friday.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"}],"place":"Geneva","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"talks","sentence":1,"start":0,"end":27},"citations":[{"doc":"talks","sentence":1,"start":0,"end":27,"quote":"Kerry met Lavrov on Friday."}]}}
{"skipped":{"path":"b.md","reason":"no publication date"}}`)
	f.Add("{\"source\":{\"id\":\"x\",\"published\":\"2016-02-29\"}}\t\n\n{\"partial\":{\"version\":1}}")
	f.Add(`{"source":{"id":"r","title":"","published":"2026-09-20","path":"","url":"","digest":"cd"}}
{"event":{"digest":"cd","when":{"value":"2026-10-03","type":"DATE","grain":"day","mod":"","start":"2026-10-03","end":"2026-10-04","future":true,"phrase":"Oct. 3-4","rule":"month_day","end_value":"2026-10-04"},"text":"Leaders meet on Oct. 3-4.","expected":true,"actors":[],"place":"","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"r","sentence":1,"start":0,"end":25},"citations":[{"doc":"r","sentence":1,"start":0,"end":25,"quote":"Leaders meet on Oct. 3-4."}]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		var p timeline.Partial
		if err := p.ReadJSONL("f", strings.NewReader(in)); err != nil {
			return
		}
		var once, twice bytes.Buffer
		if err := p.WriteJSONL(&once); err != nil {
			t.Fatal(err)
		}
		var q timeline.Partial
		if err := q.ReadJSONL("once", bytes.NewReader(once.Bytes())); err != nil {
			t.Fatalf("reading back what WriteJSONL wrote: %v\n%s", err, once.String())
		}
		if err := q.WriteJSONL(&twice); err != nil {
			t.Fatal(err)
		}
		if once.String() != twice.String() {
			t.Fatalf("written twice differently:\n%s\n%s", once.String(), twice.String())
		}
		if _, err := p.Timeline(timeline.Options{}); err != nil {
			var oe *timeline.OrphanError
			if !errors.As(err, &oe) {
				t.Fatalf("Timeline: %v", err)
			}
		}
	})
}

// Digest is the first 16 bytes of the text's SHA-256, in hex: the value
// partial timelines hold, which must not change between versions.
func TestDigest(t *testing.T) {
	for text, want := range map[string]string{
		"":                        "e3b0c44298fc1c149afbf4c8996fb924", // sha256sum of nothing
		"abc":                     "ba7816bf8f01cfea414140de5dae2223", // FIPS 180-2's example
		strings.Repeat("a", 1000): "41edece42d63e8d9bf515a9ba6932e1c", // sha256sum of 1000 "a"
	} {
		if got := timeline.Digest(text); got != want {
			t.Errorf("Digest(%.10q...) = %s, want %s", text, got, want)
		}
	}
}

// StreamEncoded with PartialWriter.Encode and WriteEncoded writes what
// Stream with PartialWriter.Write writes, on one job or three, and hands
// emit each partial with its own records.
func TestStreamEncoded(t *testing.T) {
	inputs := append(exampleInputs(t), timeline.Input{Path: "no-such-file.md"}) // a skipped input too
	var want bytes.Buffer
	pw := timeline.NewPartialWriter(&want)
	var c timeline.Corpus
	if err := c.Stream(context.Background(), slices.Values(inputs), timeline.Options{Jobs: 1}, pw.Write); err != nil {
		t.Fatal(err)
	}
	for _, jobs := range []int{1, 3} {
		var got bytes.Buffer
		pw := timeline.NewPartialWriter(&got)
		n := 0
		err := c.StreamEncoded(context.Background(), slices.Values(inputs), timeline.Options{Jobs: jobs}, pw.Encode, func(p *timeline.Partial, records []byte) error {
			n++
			if lines := bytes.Count(records, []byte("\n")); lines != len(p.Sources)+len(p.Events)+len(p.Skipped) {
				t.Errorf("jobs %d: %d records for a partial of %d sources, %d events, %d skipped", jobs, lines, len(p.Sources), len(p.Events), len(p.Skipped))
			}
			return pw.WriteEncoded(records)
		})
		if err != nil {
			t.Fatal(err)
		}
		if n != len(inputs) {
			t.Errorf("jobs %d: emit called %d times for %d inputs", jobs, n, len(inputs))
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("jobs %d: StreamEncoded wrote other bytes than Stream", jobs)
		}
	}
}

// Build merges the events of a corpus where Read and Add left them (added
// documents, and documents read before and after a call to Partial, which
// gathers) into the timeline of the partial Partial returns.
func TestBuildReadParts(t *testing.T) {
	inputs := exampleInputs(t)
	ctx := context.Background()
	var c timeline.Corpus
	if err := c.Read(ctx, slices.Values(inputs[:3]), timeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Partial(ctx, timeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := c.Read(ctx, slices.Values(append(inputs[3:], timeline.Input{Path: "nosuch.md"})), timeline.Options{}); err != nil {
		t.Fatal(err)
	}
	c.Add(timeline.NewDocument("added", "", "Kerry met Lavrov in Geneva on Friday.", time.Date(2016, 8, 27, 0, 0, 0, 0, time.UTC), ""))
	got, err := c.Build(timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Partial(ctx, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sources) != len(inputs)+1 || len(p.Skipped) != 1 {
		t.Fatalf("partial of %d sources and %d skipped inputs, want %d and 1", len(p.Sources), len(p.Skipped), len(inputs)+1)
	}
	if renderAll(t, got) != renderAll(t, mustTimeline(t, p, timeline.Options{})) {
		t.Error("Build and the timeline of Partial differ")
	}
}

// The memory of a JSON line goes to another line once its document is
// read: what a document keeps is its own, whatever the lines after it.
func TestReadRecyclesLines(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, `{"id":"d%d","published":"2016-08-26","text":"Talks number %d opened in Geneva on Friday.%s"}`+"\n", i, i, strings.Repeat(" Kerry spoke.", i%17))
	}
	lines := b.String()
	in := timeline.Input{Path: "c.jsonl", Format: timeline.InputJSONL, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(lines)), nil
	}}
	tl := buildInputs(t, []timeline.Input{in}, timeline.Options{Jobs: 4})
	n := 0
	for _, e := range tl.Events {
		for _, c := range e.Citations {
			if want := "Talks number " + strings.TrimPrefix(c.Doc, "d") + " opened"; !strings.HasPrefix(c.Quote, want) {
				t.Fatalf("%s cites %q", c.Doc, c.Quote)
			}
			n++
		}
	}
	if n < 300 {
		t.Errorf("%d citations, want one for each of the 300 documents at least", n)
	}
}
