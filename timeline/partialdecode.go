package timeline

import (
	"unsafe"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/jsonline"
)

// The records of a partial timeline are read by hand (internal/jsonline's
// Reader): decoding them with reflection took nearly half the time of a
// merge. A lineDecoder reads the records that programs write, as
// encoding/json reads them into a partialLine; for anything else (an
// unknown, repeated or null member, a member named in other case, an
// escape or number out of the plain kind) it declines, and encoding/json
// decides, with its error messages.

// A lineDecoder decodes the lines of a partial timeline one after
// another (decode). It reuses its records, which a line's record only
// points to until the next line, and the strings that repeat from an
// event to the next (its document's ID and digest), which it does not copy
// again.
type lineDecoder struct {
	r      jsonline.Reader
	header partialHeader
	source partialSource
	event  partialEvent
	skip   partialSkipped
	actors []partialActor
	cites  []partialCitation
	doc    string // the last event's document ID
	digest string // and its digest
	quote  string // the quote of the last event's citation (eventRecord)
	// last holds the last value of each of the members that repeat from
	// event to event (a date's type, a kind, a rule ...): eventRecord
	// keeps a value again only when it differs from the last.
	last [repeatedMembers]string
	// mem holds the strings of the events that eventRecord reads, and
	// the lists of all the events decoded (addEvent).
	mem eventMemory
	// events and sources are where decodeBatch decodes a chunk's.
	events  []DocEvent
	sources []DocSource
}

// decode decodes line into l as json.Unmarshal would, and reports whether
// it did; if not, l is partly set. l points into d until the next call.
func (d *lineDecoder) decode(line []byte, l *partialLine) bool {
	r := &d.r
	if d.eventRecord(line) {
		l.Event = &d.event
		return true
	}
	r.Reset(line)
	members := 0
	for key := range r.Members() {
		// A record is an object of one member: more, and encoding/json
		// tells what is wrong.
		if members++; members > 1 {
			r.Fail()
			break
		}
		switch string(key) {
		case "partial":
			d.header = partialHeader{}
			l.Partial = &d.header
			l.Partial.read(r)
		case "source":
			d.source = partialSource{}
			l.Source = &d.source
			l.Source.read(r)
		case "event":
			d.event = partialEvent{}
			l.Event = &d.event
			d.readEvent(r, l.Event)
		case "skipped":
			d.skip = partialSkipped{}
			l.Skipped = &d.skip
			l.Skipped.read(r)
		default:
			r.Fail()
		}
	}
	return r.End()
}

// eventRecord decodes line into d.event if it is an event record in the
// layout of appendEventRecord, byte for byte but for the values (most
// lines of a partial), and reports whether it is. It reads the members'
// names as the literal text between the values (jsonline.Reader.Expect)
// rather than one by one (Members): that took most of a merge's reading.
// It reads the values as decode does, so that where it answers, decode
// would answer the same, but keeps the strings in d.mem rather than one
// allocation each; a line in another layout decode reads.
func (d *lineDecoder) eventRecord(line []byte) bool {
	r := &d.r
	r.Reset(line)
	if !r.Expect(`{"event":{"digest":`) {
		return false
	}
	d.event = partialEvent{}
	e := &d.event
	e.Digest = r.Same(d.digest)
	d.digest = e.Digest
	d.readWhenLaid(r, &e.When)
	e.Text = d.laidString(r, `,"text":`)
	r.Expect(`,"expected":`)
	e.Expected = r.Bool()
	r.Expect(`,"actors":[`)
	e.Actors = d.readActorsLaid(r)
	e.Place = d.laidString(r, `,"place":`)
	e.Kind.Name = d.laidRepeat(r, `,"kind":{"name":`, lastKind)
	e.Kind.CAMEO = d.laidRepeat(r, `,"cameo":`, lastCAMEO)
	r.Expect(`},"source":`)
	e.Source.readLaid(r, d.doc)
	d.doc = e.Source.Doc
	// The one citation of an unmerged event, quoting its text.
	r.Expect(`},"citations":[`)
	d.cites = append(d.cites[:0], partialCitation{})
	c := &d.cites[0]
	c.readLaid(r, d.doc)
	r.Expect(`,"quote":`)
	d.quote = r.Same(e.Text)
	c.Quote = &d.quote
	e.Citations = d.cites
	return r.Expect(`}]}}`) && r.End()
}

// readWhenLaid reads a date into w as appendEventRecord lays it out,
// from its "value" to the "}" that closes it.
func (d *lineDecoder) readWhenLaid(r *jsonline.Reader, w *partialWhen) {
	w.Value = d.laidString(r, `,"when":{"value":`)
	w.Type = d.laidRepeat(r, `,"type":`, lastWhenType)
	r.Expect(`,"grain":`)
	g, ok := dates.ParseGrain(string(r.Text()))
	if !ok {
		r.Fail()
	}
	w.Grain = g
	w.Mod = d.laidRepeat(r, `,"mod":`, lastMod)
	// The interval's days are parsed (addEvent), not kept.
	w.Start = laidView(r, `,"start":`)
	w.End = laidView(r, `,"end":`)
	r.Expect(`,"future":`)
	w.Future = r.Bool()
	w.Phrase = d.laidString(r, `,"phrase":`)
	w.Rule = d.laidRepeat(r, `,"rule":`, lastRule)
	if r.Accept(`,"end_value":`) { // a range
		w.EndValue = d.mem.keep(r.Text())
	}
	r.Expect(`}`)
}

// readActorsLaid reads the actors of an event record as appendEventRecord
// lays them out, after the "[" that opens them, into d.actors, and
// returns them: an empty slice, not nil, for none, as readActors.
func (d *lineDecoder) readActorsLaid(r *jsonline.Reader) []partialActor {
	actors := d.actors[:0]
	if actors == nil {
		actors = []partialActor{}
	}
	for sep := `{"name":`; !r.Accept(`]`) && r.Expect(sep); sep = `,{"name":` {
		var a partialActor
		a.Name = d.mem.keep(r.Text())
		a.Role = d.laidString(r, `,"role":`)
		a.Type = d.laidRepeat(r, `,"type":`, lastActorType)
		r.Expect(`}`)
		actors = append(actors, a)
	}
	d.actors = actors
	return actors
}

// readLaid reads a citation as appendCitationFields lays it out, up to
// its quote; a document ID equal to doc is that string.
func (c *partialCitation) readLaid(r *jsonline.Reader, doc string) {
	r.Expect(`{"doc":`)
	c.Doc = r.Same(doc)
	c.Sentence = laidInt(r, `,"sentence":`)
	c.Start = laidInt(r, `,"start":`)
	c.End = laidInt(r, `,"end":`)
}

// laidString reads a string member of a record laid out as its writer
// lays it out: the text before its value, s (jsonline.Reader.Expect), and
// the string, which it keeps in d.mem.
func (d *lineDecoder) laidString(r *jsonline.Reader, s string) string {
	r.Expect(s)
	return d.mem.keep(r.Text())
}

// The members whose last values a lineDecoder keeps (lineDecoder.last).
const (
	lastWhenType = iota
	lastMod
	lastRule
	lastKind
	lastCAMEO
	lastActorType
	repeatedMembers
)

// laidRepeat is laidString of a member that often repeats the value it
// had in the last event (d.last[i]): that value, not a copy. Copied for
// every event, the types, kinds and rules of a large partial were
// megabytes of its events' memory.
func (d *lineDecoder) laidRepeat(r *jsonline.Reader, s string, i int) string {
	r.Expect(s)
	if t := r.Text(); string(t) != d.last[i] {
		d.last[i] = d.mem.keep(t)
	}
	return d.last[i]
}

// laidView is laidString of a value only read before the next line is
// decoded: the string is a view of the line's bytes (or of the text
// unescaped), not a copy.
func laidView(r *jsonline.Reader, s string) string {
	r.Expect(s)
	t := r.Text()
	return unsafe.String(unsafe.SliceData(t), len(t))
}

// laidInt is laidString of an integer (jsonline.Reader.Int).
func laidInt(r *jsonline.Reader, s string) int {
	r.Expect(s)
	return r.Int()
}

// seen marks member i of an object read, and fails r if it was read
// before: encoding/json decodes a repeated member into what the first one
// left, which a lineDecoder leaves to it.
func seen(r *jsonline.Reader, set *uint32, i int) {
	if *set&(1<<i) != 0 {
		r.Fail()
	}
	*set |= 1 << i
}

func (h *partialHeader) read(r *jsonline.Reader) {
	var set uint32
	for key := range r.Members() {
		switch string(key) {
		case "version":
			seen(r, &set, 0)
			h.Version = r.Int()
		default:
			r.Fail()
		}
	}
}

func (s *partialSource) read(r *jsonline.Reader) {
	readStrings(r, []string{"id", "title", "published", "path", "url", "digest"},
		&s.ID, &s.Title, &s.Published, &s.Path, &s.URL, &s.Digest)
}

// readStrings reads an object of string members, the member names[i] into
// fields[i]; another member fails r.
func readStrings(r *jsonline.Reader, names []string, fields ...*string) {
	var set uint32
next:
	for key := range r.Members() {
		for i, name := range names {
			if string(key) == name {
				seen(r, &set, i)
				*fields[i] = r.String()
				continue next
			}
		}
		r.Fail()
	}
}

func (s *partialSkipped) read(r *jsonline.Reader) {
	readStrings(r, []string{"path", "reason"}, &s.Path, &s.Reason)
}

func (d *lineDecoder) readEvent(r *jsonline.Reader, e *partialEvent) {
	var set uint32
	for key := range r.Members() {
		switch string(key) {
		case "digest":
			seen(r, &set, 0)
			e.Digest = r.Same(d.digest)
			d.digest = e.Digest
		case "when":
			seen(r, &set, 1)
			e.When.read(r)
		case "text":
			seen(r, &set, 2)
			e.Text = r.String()
		case "expected":
			seen(r, &set, 3)
			e.Expected = r.Bool()
		case "actors":
			seen(r, &set, 4)
			d.actors = readActors(r, d.actors[:0])
			e.Actors = d.actors
		case "place":
			seen(r, &set, 5)
			e.Place = r.String()
		case "kind":
			seen(r, &set, 6)
			e.Kind.read(r)
		case "source":
			seen(r, &set, 7)
			e.Source.read(r, d.doc, "")
			d.doc = e.Source.Doc
		case "citations":
			seen(r, &set, 8)
			d.cites = d.readCitations(r, e, d.cites[:0])
			e.Citations = d.cites
		default:
			r.Fail()
		}
	}
}

func (w *partialWhen) read(r *jsonline.Reader) {
	var set uint32
	for key := range r.Members() {
		var i int
		var f *string
		switch string(key) {
		case "value":
			i, f = 0, &w.Value
		case "type":
			i, f = 1, &w.Type
		case "grain":
			seen(r, &set, 2)
			// Grain's UnmarshalText, whose error encoding/json reports.
			g, ok := dates.ParseGrain(string(r.Text()))
			if !ok {
				r.Fail()
			}
			w.Grain = g
			continue
		case "mod":
			i, f = 3, &w.Mod
		case "start":
			i, f = 4, &w.Start
		case "end":
			i, f = 5, &w.End
		case "future":
			seen(r, &set, 6)
			w.Future = r.Bool()
			continue
		case "phrase":
			i, f = 7, &w.Phrase
		case "rule":
			i, f = 8, &w.Rule
		case "end_value":
			i, f = 9, &w.EndValue
		default:
			r.Fail()
			return
		}
		seen(r, &set, i)
		*f = r.String()
	}
}

// readActors reads an array of actors into actors[:0]. An empty array is
// an empty slice, not nil, as encoding/json makes it.
func readActors(r *jsonline.Reader, actors []partialActor) []partialActor {
	if actors == nil {
		actors = []partialActor{}
	}
	for range r.Elements() {
		var a partialActor
		readStrings(r, []string{"name", "role", "type"}, &a.Name, &a.Role, &a.Type)
		actors = append(actors, a)
	}
	return actors
}

func (k *partialKind) read(r *jsonline.Reader) {
	readStrings(r, []string{"name", "cameo"}, &k.Name, &k.CAMEO)
}

// read reads a citation; a document ID equal to doc, or a quote equal to
// text, is that string.
func (c *partialCitation) read(r *jsonline.Reader, doc, text string) {
	var set uint32
	for key := range r.Members() {
		switch string(key) {
		case "doc":
			seen(r, &set, 0)
			c.Doc = r.Same(doc)
		case "sentence":
			seen(r, &set, 1)
			c.Sentence = r.Int()
		case "start":
			seen(r, &set, 2)
			c.Start = r.Int()
		case "end":
			seen(r, &set, 3)
			c.End = r.Int()
		case "quote":
			seen(r, &set, 4)
			q := r.Same(text)
			c.Quote = &q
		default:
			r.Fail()
		}
	}
}

// readCitations reads the citations of e into cites[:0], an empty array as
// an empty slice. An event's citation is mostly its source, quoting its
// text.
func (d *lineDecoder) readCitations(r *jsonline.Reader, e *partialEvent, cites []partialCitation) []partialCitation {
	if cites == nil {
		cites = []partialCitation{}
	}
	for range r.Elements() {
		var c partialCitation
		c.read(r, d.doc, e.Text)
		cites = append(cites, c)
	}
	return cites
}
