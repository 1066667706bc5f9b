package render_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// benchmarkWriter runs write on timelines of 1,000 events (written on one
// goroutine) and 20,000 (in chunks on GOMAXPROCS goroutines).
func benchmarkWriter(b *testing.B, write func(io.Writer, *timeline.Timeline) error) {
	for _, n := range []int{1000, 20000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			t := bigTimeline(n)
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
		})
	}
}

func BenchmarkMarkdown(b *testing.B) { benchmarkWriter(b, render.Markdown) }

func BenchmarkJSON(b *testing.B) { benchmarkWriter(b, render.JSON) }

func BenchmarkHTML(b *testing.B) { benchmarkWriter(b, render.HTML) }

func BenchmarkCSV(b *testing.B) { benchmarkWriter(b, render.CSV) }

func BenchmarkICS(b *testing.B) { benchmarkWriter(b, render.ICS) }

func BenchmarkTimelineJS(b *testing.B) { benchmarkWriter(b, render.TimelineJS) }
