package render_test

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"testing"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// repeatedTimeline is sampleTimeline with its events repeated, from the
// off-th, to make n: IDs, ICS hashes and date labels repeat, runs of events
// under one heading cross chunk edges, and every other FUTURE_REF event
// cites an unknown source, so that TimelineJS leaves it out (the first
// event, when off is 9).
func repeatedTimeline(n, off int) *timeline.Timeline {
	t := sampleTimeline()
	events := t.Events
	t.Events = nil
	for i := range n {
		e := events[(i+off)%len(events)]
		if e.When.Value.Value == "FUTURE_REF" && i%2 == 0 {
			e.Source.Doc = "unknown"
		}
		t.Events = append(t.Events, e)
	}
	return t
}

// TestChunksSameBytes checks every writer that renders its events in
// chunks: cut into chunks of 1 to 7 events on four goroutines, a timeline
// gives the bytes it gives in one chunk on one goroutine.
func TestChunksSameBytes(t *testing.T) {
	whole := render.WithChunks(1<<30, 1)
	for _, size := range []int{1, 2, 3, 7} {
		for name, write := range render.WithChunks(size, 4) {
			for _, n := range []int{0, 1, 2, 3, 10, 11, 45} {
				for _, off := range []int{0, 9} {
					tl := repeatedTimeline(n, off)
					var want, got bytes.Buffer
					if err := whole[name](&want, tl); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if err := write(&got, tl); err != nil {
						t.Fatalf("%s in chunks of %d: %v", name, size, err)
					}
					if !bytes.Equal(got.Bytes(), want.Bytes()) {
						t.Errorf("%s of %d events from %d, in chunks of %d: differs from one chunk", name, n, off, size)
					}
				}
			}
		}
	}
}

// TestChunksOracle holds the writers that went over to chunks to what
// they wrote before (render.OldWriters), in chunks of 2 on four goroutines
// and in one chunk, on the sample timeline, repeated and rotated.
func TestChunksOracle(t *testing.T) {
	for _, c := range []map[string]func(io.Writer, *timeline.Timeline) error{
		render.WithChunks(2, 4), render.WithChunks(1<<30, 1),
	} {
		for name, old := range render.OldWriters {
			for _, tl := range []*timeline.Timeline{nil, {}, sampleTimeline(), repeatedTimeline(45, 0), repeatedTimeline(45, 9), bigTimeline(50)} {
				var want, got bytes.Buffer
				if err := old(&want, tl); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if err := c[name](&got, tl); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("%s of %v: differs from the old writer", name, eventCount(tl))
				}
			}
		}
	}
}

func eventCount(t *timeline.Timeline) string {
	if t == nil {
		return "nil"
	}
	return strconv.Itoa(len(t.Events)) + " events"
}

// failingWriter fails once it has taken n bytes.
type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

// TestChunksWriteError checks that a failed write stops every chunked
// writer and is returned, wherever in the output it happens.
func TestChunksWriteError(t *testing.T) {
	tl := repeatedTimeline(45, 0)
	for name, write := range render.WithChunks(2, 4) {
		var full bytes.Buffer
		if err := write(&full, tl); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, n := range []int{0, 100, full.Len() / 2, full.Len() - 1} {
			if err := write(&failingWriter{n}, tl); !errors.Is(err, errWrite) {
				t.Errorf("%s failing after %d of %d bytes: error %v, want %v", name, n, full.Len(), err, errWrite)
			}
		}
		if err := write(&failingWriter{full.Len()}, tl); err != nil {
			t.Errorf("%s: %v writing %d bytes to a writer that takes them", name, err, full.Len())
		}
	}
}
