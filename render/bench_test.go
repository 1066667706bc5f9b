package render_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func benchmarkWriter(b *testing.B, write func(io.Writer, *timeline.Timeline) error) {
	t := bigTimeline(1000)
	var buf bytes.Buffer
	if err := write(&buf, t); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := write(&buf, t); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) { benchmarkWriter(b, render.Markdown) }

func BenchmarkJSON(b *testing.B) { benchmarkWriter(b, render.JSON) }
