package timeline

import (
	"io"
	"slices"
)

// Partials is the sum of partial timelines read from streams: what a
// Partial becomes when Partial.ReadJSONL adds them to it, and the same
// timeline (Timeline), but with each part of the events kept where it was
// decoded rather than copied into one slice. A large corpus's events are
// tens of megabytes (54 MB for 50 MB of news), which the copy touched
// again, and held twice until the next collection. The zero Partials is
// empty and ready to use.
type Partials struct {
	others Partial      // the sources and skipped inputs read, no events
	events [][]DocEvent // the events, in the parts read
}

// ReadJSONL reads a partial timeline from r, as Partial.ReadJSONL does,
// and adds its records to ps. The records read before an error stay in
// ps.
func (ps *Partials) ReadJSONL(name string, r io.Reader) error {
	return ps.readJSONL(name, r, chunkBytes, MaxJSONLine)
}

// readJSONL is ReadJSONL with chunks of about size bytes and lines of at
// most max bytes, which tests make small.
func (ps *Partials) readJSONL(name string, r io.Reader, size, max int) error {
	parts, err := readParts(name, r, size, max)
	ps.others.addOthers(parts)
	for i := range parts {
		if len(parts[i].Events) > 0 {
			ps.events = append(ps.events, parts[i].Events)
		}
	}
	return err
}

// Timeline builds the timeline of the partials read, as Partial.Timeline
// does, leaving ps as it is.
func (ps *Partials) Timeline(opts Options) (*Timeline, error) {
	return buildTimeline(ps.others.Sources, ps.events, ps.others.Skipped, opts)
}

// Partial returns the partials read as one Partial, in new slices: to
// write them as one (Partial.WriteJSONL), or add more.
func (ps *Partials) Partial() *Partial {
	return &Partial{
		Sources: slices.Clone(ps.others.Sources),
		Events:  slices.Concat(ps.events...),
		Skipped: slices.Clone(ps.others.Skipped),
	}
}
