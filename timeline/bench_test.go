package timeline_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// BenchmarkBuildCorpus is `timeline build --format json` over the JSON-lines
// corpus named by $TIMELINE_CORPUS (none in the repository: it skips
// without one): read and analyse every line, merge, write the JSON
// timeline. Profile it to see where a build's time goes:
//
//	go run ./internal/benchcorpus -mb 20 ../shared/data/timeml > /tmp/corpus.jsonl
//	TIMELINE_CORPUS=/tmp/corpus.jsonl go test ./timeline -run XXX -bench BuildCorpus/jobs=1 -benchtime 1x -cpuprofile /tmp/cpu.prof
//	go tool pprof -top -cum timeline.test /tmp/cpu.prof | grep -E 'TagDoc|AnalyzeDoc|Timeline|JSON'
func BenchmarkBuildCorpus(b *testing.B) {
	path, size := benchCorpus(b)
	tg := dates.New()
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			opts := timeline.Options{Tagger: tg, Jobs: jobs}
			for b.Loop() {
				var c timeline.Corpus
				if err := c.Read(context.Background(), slices.Values([]timeline.Input{{Path: path}}), opts); err != nil {
					b.Fatal(err)
				}
				t, err := c.Build(opts)
				if err != nil {
					b.Fatal(err)
				}
				if err := render.JSON(io.Discard, t); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStreamCorpus is `timeline build --partial` over the corpus
// named by $TIMELINE_CORPUS, on one goroutine: read and analyse every
// line, write each document's records as it comes.
func BenchmarkStreamCorpus(b *testing.B) {
	path, size := benchCorpus(b)
	opts := timeline.Options{Tagger: dates.New(), Jobs: 1}
	b.SetBytes(size)
	for b.Loop() {
		var c timeline.Corpus
		pw := timeline.NewPartialWriter(io.Discard)
		if err := c.Stream(context.Background(), slices.Values([]timeline.Input{{Path: path}}), opts, pw.Write); err != nil {
			b.Fatal(err)
		}
	}
}

// benchCorpus returns the path and size of the corpus named by
// $TIMELINE_CORPUS, or skips the benchmark without one.
func benchCorpus(b *testing.B) (string, int64) {
	path := os.Getenv("TIMELINE_CORPUS")
	if path == "" {
		b.Skip("set TIMELINE_CORPUS to a JSON-lines corpus (go run ./internal/benchcorpus)")
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return path, fi.Size()
}
