package render

import (
	"io"

	"github.com/timelinehq/timeline/timeline"
)

// WithChunks returns the writers that render their events in chunks, by
// format name, cutting the events into chunks of size on up to jobs
// goroutines whatever their number: tests run the parallel path on small
// timelines with them.
func WithChunks(size, jobs int) map[string]func(io.Writer, *timeline.Timeline) error {
	c := chunking{size: size, jobs: jobs}
	with := func(write func(io.Writer, *timeline.Timeline, chunking) error) func(io.Writer, *timeline.Timeline) error {
		return func(w io.Writer, t *timeline.Timeline) error { return write(w, t, c) }
	}
	return map[string]func(io.Writer, *timeline.Timeline) error{
		"json":       with(writeTimelineJSON),
		"markdown":   with(writeMarkdown),
		"html":       with(writeHTML),
		"csv":        with(writeCSV),
		"ics":        with(writeICS),
		"timelinejs": with(writeTimelineJS),
	}
}
