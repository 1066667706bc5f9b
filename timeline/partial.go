package timeline

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/isodate"
	"github.com/timelinehq/timeline/internal/parallel"
)

// Partial is a timeline before its events are merged: the documents used,
// the events of each one exactly as Build finds them (unmerged, one
// citation each), and the inputs that could not be used. It is what one
// machine makes of its share of a corpus (Corpus.Stream, `timeline build
// --partial`); partials of any parts of a corpus combine into the partial
// of the whole with Add, in any order and grouping, and Timeline turns one
// into the same timeline a single Build over the whole corpus gives.
//
// A Partial is a multiset of records that refer to each other only by
// value: an event names its document by ID and text digest, so the records
// can be split, shuffled, concatenated and grouped in any way (the
// shuffle of a map-reduce job) as long as the final Timeline sees them
// all.
//
// # Format
//
// WriteJSONL and ReadJSONL (`timeline build --partial`, `timeline merge
// --partial`) write and read a partial as JSON lines, one record per line,
// each an object with one key that says what it is:
//
//	{"partial":{"version":1}}
//	{"source":{"id":"talks","title":"Talks in Geneva","published":"2016-08-26","path":"a.md","url":"","digest":"a3a808e2d0987b8001c3c306981ea6c6"}}
//	{"event":{"digest":"a3a808e2d0987b8001c3c306981ea6c6","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-26","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry and Lavrov met in Geneva on Friday.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"},{"name":"Lavrov","role":"","type":"person"}],"place":"Geneva","kind":{"name":"negotiation","cameo":"046"},"source":{"doc":"talks","sentence":1,"start":0,"end":41},"citations":[{"doc":"talks","sentence":1,"start":0,"end":41,"quote":"Kerry and Lavrov met in Geneva on Friday."}]}}
//	{"skipped":{"path":"corpus.jsonl:1","reason":"no publication date: pass --published or add \"published\""}}
//
// The records are:
//
//   - partial: the format version, PartialVersion. WriteJSONL starts with
//     it; it may stand anywhere (partials can be concatenated) and may be
//     left out, but another version is an error.
//   - source: a document used, with the fields of the JSON timeline's
//     sources but "events", and "digest", the digest of its text (Digest).
//   - event: an unmerged event of one document, with the fields of the JSON
//     timeline's events but "id", "when.label" and "date_conflict", and
//     "digest", its document's digest: the event belongs to the source
//     with the ID source.doc and that digest. "citations" holds one
//     citation, the source with its quote. when.start and when.end are
//     YYYY-MM-DD (-YYYY-MM-DD before the year 1, in astronomical years:
//     -0498 is 499 BC), or RFC 3339 timestamps when the interval does not
//     start or end at midnight UTC; when.future is the value's Future flag;
//     when.end_value, of a range of dates only, is When.EndValue.
//   - skipped: an input that could not be used, with why.
//
// Records refer to each other only by value, so the lines of partials can
// be concatenated, split and shuffled freely: a partial is the multiset of
// its lines. Documents given twice are sorted out only when the final
// timeline is made (Timeline). Unknown fields inside records are ignored;
// blank lines and white space around a record (the tab that Hadoop
// Streaming appends to a line without one) are allowed.
type Partial struct {
	Sources []DocSource
	Events  []DocEvent
	Skipped []SkippedDoc
}

// DocSource is a document of a Partial: its Source (Events is not used)
// and the digest of its text.
type DocSource struct {
	Source
	// Digest identifies the document's text (Document.Text): two documents
	// with the same digest are the same article (see Partial.Timeline).
	Digest string
}

// DocEvent is an event of a Partial: an unmerged event of one document,
// which Event.Source.Doc (the document ID) and Digest name.
type DocEvent struct {
	Event
	Digest string // the DocSource's Digest
}

// Digest returns the digest of a document text that DocSource.Digest and
// DocEvent.Digest hold: the first 16 bytes of its SHA-256, in hex.
func Digest(text string) string {
	// The hash reads the text's bytes in place: copying a whole text to a
	// []byte first would cost as much memory again.
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	return hex.EncodeToString(sum[:16])
}

// Add adds the records of q to p: p becomes the partial of both parts.
// Add is associative and commutative up to the order of the records, which
// Timeline and WriteJSONL do not depend on.
func (p *Partial) Add(q *Partial) {
	if q == nil {
		return
	}
	p.Sources = append(p.Sources, q.Sources...)
	p.Events = append(p.Events, q.Events...)
	p.Skipped = append(p.Skipped, q.Skipped...)
}

// docKey names a document of a partial.
type docKey struct{ id, digest string }

// candidate is a document of a partial with its events.
type candidate struct {
	src    DocSource
	runs   [][]DocEvent // its events, in runs of a part of the partial
	events int          // how many the runs hold
	copies int          // sources with the same ID and digest
}

// where is how messages name the document: its path, else its ID.
func (s *DocSource) where() string {
	if s.Path != "" {
		return s.Path
	}
	return s.ID
}

// compareDocSources is the order in which documents claim their ID and
// text: by path (ComparePaths), then ID, digest, publication date, title
// and URL.
func compareDocSources(a, b *DocSource) int {
	// cmp.Or would compare the rest every time; paths mostly decide.
	if c := ComparePaths(a.where(), b.where()); c != 0 {
		return c
	}
	return cmp.Or(
		strings.Compare(a.ID, b.ID),
		strings.Compare(a.Digest, b.Digest),
		a.Published.Compare(b.Published),
		strings.Compare(a.Title, b.Title),
		strings.Compare(a.URL, b.URL),
	)
}

// OrphanError reports events of a partial whose document has no source
// record: a part of the corpus is missing.
type OrphanError struct {
	Doc    string // the document ID the events cite
	Digest string
	Events int // how many events cite it
}

func (e *OrphanError) Error() string {
	return fmt.Sprintf("%d events cite document %q (digest %s), which no source record describes: merge the partials of every part of the corpus together", e.Events, e.Doc, e.Digest)
}

// Timeline builds the timeline of the partial, as Build does: the
// documents' events are merged (Merge), then opts.Filter and opts.TopDates
// pick events, events are numbered and sources counted. opts.Title is the
// title, else the title of the only document, else "Timeline". The other
// fields of opts do not apply.
//
// Documents that share an ID or a text (digest) are used once: of each such
// set, the document that comes first in path order (ComparePaths, then ID)
// is used and the others are listed in Skipped, as "duplicate id" or "same
// text as" the first document with that ID or text. Events of one document
// given more than once (the same ID and digest) count once. Skipped lists
// the partial's skipped inputs and those, in path order.
//
// The result depends only on the records of p, not on their order, so
// Timeline of a sum of partials (Add) does not depend on how the corpus
// was split. It fails with an *OrphanError if events cite a document that
// no source record describes.
func (p *Partial) Timeline(opts Options) (*Timeline, error) {
	return buildTimeline(p.Sources, [][]DocEvent{p.Events}, p.Skipped, opts)
}

// buildTimeline is Partial.Timeline of the partial with the sources, the
// events of all the parts of events, and the skipped inputs: a corpus's
// events stay in the parts Read made of them (Corpus.BuildContext), not
// copied into one slice to be merged.
func buildTimeline(sources []DocSource, events [][]DocEvent, skipped []SkippedDoc, opts Options) (*Timeline, error) {
	cands := newCandidates(sources)
	// Finding the candidates by key and choosing the documents to use
	// are both serial, and apart: the one writes the candidates' copies,
	// the other reads their sources (and sorts a list of its own).
	var byKey map[docKey]*candidate
	keyed := concurrently(jobsOf(opts), func() { byKey = candidatesByKey(cands) })
	used, skipped := claimDocs(slices.Clone(cands), skipped)
	keyed()
	orphans := addRuns(byKey, events, jobsOf(opts))
	if len(orphans) > 0 {
		errs := make([]error, len(orphans))
		for i, o := range orphans {
			errs[i] = o
		}
		return nil, errors.Join(errs...)
	}

	t := &Timeline{Title: opts.Title, Sources: make([]Source, 0, len(used))}
	n := 0
	for _, c := range used {
		n += c.events
	}
	all := make([]*Event, 0, n) // the given events, not copies: merge leaves them as they are
	for _, c := range used {
		t.Sources = append(t.Sources, c.src.Source)
		all = appendDocEvents(all, c.runs, c.copies > 1)
	}
	keying := startKeys(all, jobsOf(opts))
	// sortSources, beside keying. The sources used have IDs of their own
	// (claimDocs), so that no two compare alike: a sort that is not
	// stable, with fewer moves of these large structs, gives the same.
	parallel.SortFunc(t.Sources, compareSources, jobsOf(opts))
	merged := mergeKeyed(all, t.Sources, keying, jobsOf(opts))
	merged = opts.Filter.Apply(merged, t.Sources)
	if opts.TopDates > 0 {
		merged = TopDates(merged, t.Sources, opts.TopDates)
	}
	// They read and write apart: numberEvents (serial) the events'
	// IDs, countCitations (in parts) their citations.
	numbered := concurrently(jobsOf(opts), func() { numberEvents(merged) })
	countCitations(t.Sources, merged, jobsOf(opts))
	numbered()
	t.Events = merged
	if t.Title == "" {
		if len(used) == 1 && used[0].src.Title != "" {
			t.Title = used[0].src.Title
		} else {
			t.Title = "Timeline"
		}
	}
	t.Skipped = sortSkipped(skipped)
	return t, nil
}

// newCandidates returns the candidates of sources, in their order, with
// their publication days and no events, in one array.
func newCandidates(sources []DocSource) []*candidate {
	all := make([]candidate, len(sources))
	cands := make([]*candidate, len(sources))
	for i, s := range sources {
		c := &all[i]
		c.src = s
		c.src.Published = dayOf(s.Published)
		c.src.Events = 0
		cands[i] = c
	}
	return cands
}

// candidatesByKey returns the candidates by ID and digest, the first in
// document order (compareDocSources) among those of one key, and counts
// the copies of each key.
func candidatesByKey(cands []*candidate) map[docKey]*candidate {
	byKey := make(map[docKey]*candidate, len(cands))
	for _, c := range cands {
		k := docKey{c.src.ID, c.src.Digest}
		prev, ok := byKey[k]
		if ok {
			c.copies = prev.copies
		}
		c.copies++
		if !ok || compareDocSources(&c.src, &prev.src) < 0 {
			byKey[k] = c
		} else {
			prev.copies = c.copies
		}
	}
	return byKey
}

// addRuns gives the candidates of byKey their events, in runs, and
// returns the documents, if any, whose events have no candidate. The runs
// are found, and their candidates looked up, in pieces of the events on
// up to jobs goroutines (a walk over every event, some 5 ms for 20 MB of
// news); they are given in order after, so the result does not depend on
// jobs: a run cut by a piece's end is two runs, one after the other,
// which give the same events.
func addRuns(byKey map[docKey]*candidate, events [][]DocEvent, jobs int) []*OrphanError {
	pieces := events // on one goroutine, the parts whole
	if jobs > 1 {
		pieces = cutPieces(events, runPiece)
	}
	found := make([][]docRun, len(pieces))
	eachIndex(len(pieces), jobs, func(i int) { found[i] = findRuns(byKey, pieces[i]) })
	var orphans []*OrphanError
	orphanIdx := map[docKey]int{}
	for _, runs := range found {
		for _, r := range runs {
			if c := r.cand; c != nil {
				c.runs = append(c.runs, r.events)
				c.events += len(r.events)
				continue
			}
			k := docKey{r.events[0].Source.Doc, r.events[0].Digest}
			if j, seen := orphanIdx[k]; seen {
				orphans[j].Events += len(r.events)
			} else {
				orphanIdx[k] = len(orphans)
				orphans = append(orphans, &OrphanError{Doc: k.id, Digest: k.digest, Events: len(r.events)})
			}
		}
	}
	return orphans
}

// runPiece is the most events addRuns gives one goroutine at a time.
const runPiece = 16 << 10

// docRun is a run of events of one document and its candidate, nil if
// it has none.
type docRun struct {
	events []DocEvent
	cand   *candidate
}

// findRuns returns the runs of events of one document in events, with
// their candidates. The events of a document come one after another: a
// run of them is looked up at once, not event by event. Their strings are
// the document's, which compare at once.
func findRuns(byKey map[docKey]*candidate, events []DocEvent) []docRun {
	var runs []docRun
	for lo := 0; lo < len(events); {
		k := docKey{events[lo].Source.Doc, events[lo].Digest}
		hi := lo + 1
		for hi < len(events) && events[hi].Source.Doc == k.id && events[hi].Digest == k.digest {
			hi++
		}
		runs = append(runs, docRun{events[lo:hi], byKey[k]})
		lo = hi
	}
	return runs
}

// eachIndex calls f(i) for i from 0 to n-1 on up to jobs goroutines,
// each taking the next i not yet taken.
func eachIndex(n, jobs int, f func(i int)) {
	if jobs < 2 || n < 2 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(jobs, n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// cutPieces returns the parts of events cut into pieces of at most size
// events, in order.
func cutPieces(events [][]DocEvent, size int) [][]DocEvent {
	var pieces [][]DocEvent
	for _, part := range events {
		for lo := 0; lo < len(part); lo += size {
			pieces = append(pieces, part[lo:min(lo+size, len(part))])
		}
	}
	return pieces
}

// claimDocs returns the candidates to use, in path order, and skipped
// with those it leaves out. The documents claim their ID and text in path
// order; a document whose ID or text an earlier one claimed (used or not)
// is skipped. Whether a document is used thus depends only on the set of
// documents, however the corpus was split. It sorts cands and reads only
// their sources.
func claimDocs(cands []*candidate, skipped []SkippedDoc) ([]*candidate, []SkippedDoc) {
	slices.SortStableFunc(cands, func(a, b *candidate) int { return compareDocSources(&a.src, &b.src) })
	skipped = slices.Clone(skipped)
	firstID := make(map[string]string, len(cands))
	firstText := make(map[string]string, len(cands))
	var used []*candidate
	for _, c := range cands {
		s := &c.src
		idFirst, dupID := firstID[s.ID]
		textFirst, dupText := firstText[s.Digest]
		if !dupID {
			firstID[s.ID] = s.where()
		}
		if !dupText && s.Digest != "" {
			firstText[s.Digest] = s.where()
		}
		switch {
		case dupID:
			skipped = append(skipped, SkippedDoc{Path: s.where(), Reason: fmt.Sprintf("duplicate id %q, already used by %s: give each document its own id", s.ID, idFirst)})
		case dupText && s.Digest != "":
			skipped = append(skipped, SkippedDoc{Path: s.where(), Reason: "same text as " + textFirst})
		default:
			used = append(used, c)
		}
	}
	return used, skipped
}

// numberEvents sets the IDs of events: "e1", "e2" ... in order. The IDs
// are parts of one string, one allocation for a timeline's tens of
// thousands of events rather than one each.
func numberEvents(events []Event) {
	var b []byte
	ends := make([]int, len(events))
	for i := range events {
		b = strconv.AppendInt(append(b, 'e'), int64(i+1), 10)
		ends[i] = len(b)
	}
	ids, start := string(b), 0
	for i := range events {
		events[i].ID = ids[start:ends[i]]
		start = ends[i]
	}
}

// countCitations sets the number of events that cite each source. The
// events are counted in parts on up to jobs goroutines (a corpus's
// timeline has hundreds of thousands of citations, some 10 ms on one
// core), each part into counts of its own by source, which are then added.
func countCitations(sources []Source, events []Event, jobs int) {
	at := make(map[string]int, len(sources)) // ID -> its first source
	for i := len(sources) - 1; i >= 0; i-- {
		at[sources[i].ID] = i
	}
	total := make([]int, len(sources))
	var mu sync.Mutex
	// The counts of a part, once added, count the next part: a part's
	// own counts, for each of 16 parts of a corpus's events, were 3 MB.
	var free [][]int
	forParts(len(events), jobs, func(lo, hi int) {
		mu.Lock()
		var part []int
		if n := len(free); n > 0 {
			part, free = free[n-1], free[:n-1]
		}
		mu.Unlock()
		part = citationCounts(part, at, len(sources), events[lo:hi])
		mu.Lock()
		defer mu.Unlock()
		for i, n := range part {
			total[i] += n
		}
		free = append(free, part)
	})
	for i := range sources {
		sources[i].Events = total[at[sources[i].ID]]
	}
}

// citationCounts counts the citations of events by source, of n (at: a
// source's place by its ID), in count, made or cleared; citations of
// other documents are not counted.
func citationCounts(count []int, at map[string]int, n int, events []Event) []int {
	if count == nil {
		count = make([]int, n)
	} else {
		clear(count)
	}
	last, src := "", -1 // the document of the last citation, and its source (-1: none)
	for i := range events {
		for _, c := range events[i].Citations {
			if c.Doc != last || src < 0 {
				last = c.Doc
				if j, ok := at[last]; ok {
					src = j
				} else {
					src = -1
					continue
				}
			}
			count[src]++
		}
	}
	return count
}

// appendDocEvents appends the events of one document, in runs, to out.
// If the document was given more than once (copies), events that are
// exactly the same count once.
func appendDocEvents(out []*Event, runs [][]DocEvent, copies bool) []*Event {
	var seen map[string]bool
	if copies {
		seen = make(map[string]bool)
	}
	for _, run := range runs {
		for i := range run {
			e := &run[i]
			if copies {
				// One document's events always differ in sentence, date
				// or phrase; an event seen before is the same document
				// again.
				b := appendEventRecord(nil, e)
				if seen[string(b)] {
					continue
				}
				seen[string(b)] = true
			}
			out = append(out, &e.Event)
		}
	}
	return out
}

// sortSkipped orders skipped inputs by path (ComparePaths), then reason.
func sortSkipped(s []SkippedDoc) []SkippedDoc {
	slices.SortStableFunc(s, func(a, b SkippedDoc) int {
		return cmp.Or(ComparePaths(a.Path, b.Path), strings.Compare(a.Reason, b.Reason))
	})
	return s
}

// ComparePaths orders input paths as people list files: byte by byte,
// except that runs of digits compare as numbers, so that "corpus.jsonl:9"
// comes before "corpus.jsonl:10". Paths that differ only in leading zeros
// are ordered byte by byte.
func ComparePaths(a, b string) int {
	// The paths of a corpus mostly share a long prefix ("corpus.jsonl:"):
	// it is skipped at once, but for the digits it ends in, which may
	// start a number that goes on differently.
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && isDigit(a[n-1]) {
		n--
	}
	i, j := n, n
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			ei, ej := i, j
			for ei < len(a) && isDigit(a[ei]) {
				ei++
			}
			for ej < len(b) && isDigit(b[ej]) {
				ej++
			}
			na, nb := strings.TrimLeft(a[i:ei], "0"), strings.TrimLeft(b[j:ej], "0")
			if c := cmp.Or(cmp.Compare(len(na), len(nb)), strings.Compare(na, nb)); c != 0 {
				return c
			}
			i, j = ei, ej
			continue
		}
		if a[i] != b[j] {
			return cmp.Compare(a[i], b[j])
		}
		i++
		j++
	}
	return cmp.Or(cmp.Compare(len(a)-i, len(b)-j), strings.Compare(a, b))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// PartialVersion is the version of the partial timeline format that
// WriteJSONL writes and ReadJSONL reads.
const PartialVersion = 1

// partialLine is one record of the partial timeline format (see Partial).
type partialLine struct {
	Partial *partialHeader  `json:"partial,omitempty"`
	Source  *partialSource  `json:"source,omitempty"`
	Event   *partialEvent   `json:"event,omitempty"`
	Skipped *partialSkipped `json:"skipped,omitempty"`
}

type partialHeader struct {
	Version int `json:"version"`
}

type partialSource struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Path      string `json:"path"`
	URL       string `json:"url"`
	Digest    string `json:"digest"`
}

type partialEvent struct {
	Digest    string            `json:"digest"`
	When      partialWhen       `json:"when"`
	Text      string            `json:"text"`
	Expected  bool              `json:"expected"`
	Actors    []partialActor    `json:"actors"`
	Place     string            `json:"place"`
	Kind      partialKind       `json:"kind"`
	Source    partialCitation   `json:"source"`
	Citations []partialCitation `json:"citations"`
}

type partialWhen struct {
	Value  string      `json:"value"`
	Type   string      `json:"type"`
	Grain  dates.Grain `json:"grain"`
	Mod    string      `json:"mod"`
	Start  string      `json:"start"`
	End    string      `json:"end"`
	Future bool        `json:"future"`
	Phrase string      `json:"phrase"`
	Rule   string      `json:"rule"`
	// EndValue is When.EndValue, written for a range only.
	EndValue string `json:"end_value,omitempty"`
}

type partialActor struct {
	Name string `json:"name"`
	Role string `json:"role"`
	Type string `json:"type"`
}

type partialKind struct {
	Name  string `json:"name"`
	CAMEO string `json:"cameo"`
}

type partialCitation struct {
	Doc      string  `json:"doc"`
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Quote    *string `json:"quote,omitempty"`
}

type partialSkipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func parseInstant(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := parseDay(s); err == nil {
		return t, nil
	}
	if t, ok := parseDayBC(s); ok {
		return t, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// parseDayBC reads a day before the year 1 as time's AppendFormat writes
// it, in astronomical years with a sign: -0498-01-01 is Jan. 1, 499 BC
// (dates values such as BC0499). A year and its negative are leap years
// alike, so the day is checked as that of the positive year.
func parseDayBC(s string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(s, "-")
	if !ok {
		return time.Time{}, false
	}
	t, ok := isodate.Parse(rest)
	if !ok {
		return time.Time{}, false
	}
	return time.Date(-t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// parseDay is time.Parse(time.DateOnly, s), quicker for the days of a
// partial, YYYY-MM-DD, which are most of its dates.
func parseDay(s string) (time.Time, error) {
	if t, ok := isodate.Parse(s); ok {
		return t, nil
	}
	return time.Parse(time.DateOnly, s) // the errors, and what else it takes
}

// PartialWriter writes a partial timeline as JSON lines (see
// Partial.WriteJSONL), record by record, so that a build can write each
// document's records as soon as they are known.
type PartialWriter struct {
	w   io.Writer
	buf []byte
	err error
}

// NewPartialWriter starts a partial timeline on w: it writes the version
// record.
func NewPartialWriter(w io.Writer) *PartialWriter {
	pw := &PartialWriter{w: w}
	pw.buf = appendHeaderRecord(pw.buf)
	pw.flush()
	return pw
}

func (pw *PartialWriter) flush() error {
	if pw.err == nil && len(pw.buf) > 0 {
		_, pw.err = pw.w.Write(pw.buf)
	}
	pw.buf = pw.buf[:0]
	return pw.err
}

// Write writes the records of p in the order they are in: sources, events,
// skipped inputs. It returns the first error of any write so far.
func (pw *PartialWriter) Write(p *Partial) error {
	if pw.err != nil {
		return pw.err
	}
	if err := p.checkDigests(); err != nil {
		return err
	}
	pw.buf = appendRecords(pw.buf, p)
	return pw.flush()
}

// Encode returns the records Write would write for p. It does not write
// them, and may be called from any goroutine, for WriteEncoded to write
// later.
func (pw *PartialWriter) Encode(p *Partial) []byte { return appendRecords(nil, p) }

// WriteEncoded writes records returned by Encode. It returns the first
// error of any write so far.
func (pw *PartialWriter) WriteEncoded(records []byte) error {
	if pw.err == nil {
		_, pw.err = pw.w.Write(records)
	}
	return pw.err
}

// checkDigests refuses a partial read with Corpus.NoDigests: its sources
// carry keys of this process (quickKey), which no other process could
// match, so that written out they would break Merge's duplicate finding.
func (p *Partial) checkDigests() error {
	for i := range p.Sources {
		if strings.HasPrefix(p.Sources[i].Digest, quickPrefix) {
			return fmt.Errorf("timeline: the partial of %s was read with Corpus.NoDigests, whose text keys hold in this process only: read it without NoDigests to write it", p.Sources[i].where())
		}
	}
	return nil
}

// appendRecords appends the records of p to b: sources, events, skipped
// inputs.
func appendRecords(b []byte, p *Partial) []byte {
	for i := range p.Sources {
		b = appendSourceRecord(b, &p.Sources[i])
	}
	for i := range p.Events {
		b = appendEventRecord(b, &p.Events[i])
	}
	for i := range p.Skipped {
		b = appendSkippedRecord(b, &p.Skipped[i])
	}
	return b
}

// WriteJSONL writes p in the partial timeline format (below) in a canonical
// order: the version record, the sources by path (ComparePaths), the
// events by document and place in it, the skipped inputs by path. Records
// that compare equal are written in the order of their bytes, so the
// output depends only on the multiset of records: any two ways of adding
// up the same partials write the same bytes.
func (p *Partial) WriteJSONL(w io.Writer) error {
	if err := p.checkDigests(); err != nil {
		return err
	}
	type line struct {
		rec  []byte
		src  *DocSource
		ev   *DocEvent
		skip *SkippedDoc
	}
	sources := make([]line, len(p.Sources))
	for i := range p.Sources {
		sources[i] = line{src: &p.Sources[i], rec: appendSourceRecord(nil, &p.Sources[i])}
	}
	slices.SortFunc(sources, func(a, b line) int {
		return cmp.Or(compareDocSources(a.src, b.src), bytes.Compare(a.rec, b.rec))
	})
	events := make([]line, len(p.Events))
	for i := range p.Events {
		events[i] = line{ev: &p.Events[i], rec: appendEventRecord(nil, &p.Events[i])}
	}
	slices.SortFunc(events, func(a, b line) int {
		x, y := a.ev, b.ev
		return cmp.Or(
			strings.Compare(x.Source.Doc, y.Source.Doc),
			strings.Compare(x.Digest, y.Digest),
			compareCitations(x.Source, y.Source),
			bytes.Compare(a.rec, b.rec),
		)
	})
	skipped := make([]line, len(p.Skipped))
	for i := range p.Skipped {
		skipped[i] = line{skip: &p.Skipped[i], rec: appendSkippedRecord(nil, &p.Skipped[i])}
	}
	slices.SortFunc(skipped, func(a, b line) int {
		return cmp.Or(ComparePaths(a.skip.Path, b.skip.Path), bytes.Compare(a.rec, b.rec))
	})

	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(appendHeaderRecord(nil))
	for _, group := range [][]line{sources, events, skipped} {
		for _, l := range group {
			bw.Write(l.rec)
		}
	}
	return bw.Flush()
}

// PartialError reports a line of a partial timeline that cannot be read.
type PartialError struct {
	Path string // the stream's name
	Line int    // 1-based
	Msg  string
	Err  error // the underlying cause, if any
}

func (e *PartialError) Error() string {
	s := fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *PartialError) Unwrap() error { return e.Err }

// ReadJSONL reads a partial timeline (see WriteJSONL) from r and adds its
// records to p. name says where r comes from, for errors. Lines of several
// partials may be mixed in any order. A line that is not a record of the
// format is an error (*PartialError, naming the line): partials are made by
// programs, and a damaged one must not go unnoticed. The records read
// before the error stay in p.
//
// The stream is cut into chunks of whole lines, which up to GOMAXPROCS
// goroutines split and decode, each taking the next chunk as soon as it is
// free; the records are added in order at the end.
func (p *Partial) ReadJSONL(name string, r io.Reader) error {
	return p.readJSONL(name, r, chunkBytes, MaxJSONLine)
}

// chunkBytes is about how much of a partial a chunk holds: a few
// milliseconds of decoding, enough that handing chunks over costs little,
// few enough that the last chunk keeps the other cores waiting little.
const chunkBytes = 256 << 10

// readJSONL is ReadJSONL with chunks of about size bytes and lines of at
// most max bytes (with their newline), which tests make small.
func (p *Partial) readJSONL(name string, r io.Reader, size, max int) error {
	parts, err := readParts(name, r, size, max)
	// The parts' records are added all at once: appended part by part,
	// the events were copied again and again as the slice grew.
	p.addAll(parts, runtime.GOMAXPROCS(0))
	return err
}

// readParts reads a partial timeline from r as ReadJSONL does, in chunks
// of about size bytes, lines of at most max bytes (with their newline),
// and returns the records of each chunk, in order, up to the first line
// that is not a record, and that line's error (naming the stream name).
func readParts(name string, r io.Reader, size, max int) ([]Partial, error) {
	jobs := runtime.GOMAXPROCS(0)
	todo := make(chan *lineBatch, jobs)
	var failed atomic.Bool // a chunk holds a bad line: read no further
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			var d lineDecoder
			for lb := range todo {
				d.decodeBatch(lb, max)
				if lb.err != nil {
					failed.Store(true)
				}
				b := lb.data[:0]
				chunkBuffers.Put(&b)
				lb.data = nil
			}
		})
	}
	batches, tail := cutChunks(r, todo, size, max, &failed)
	close(todo)
	wg.Wait()

	// The first bad line, if any, ends the records; its number is that in
	// its chunk after the lines of the chunks before it.
	parts := make([]Partial, 0, len(batches))
	lines := 0
	for _, lb := range batches {
		parts = append(parts, lb.recs)
		if lb.err != nil {
			lb.err.Path, lb.err.Line = name, lines+lb.err.Line
			return parts, lb.err
		}
		lines += lb.lines
	}
	if tail != nil {
		tail.Path, tail.Line = name, lines+1
		return parts, tail
	}
	return parts, nil
}

// addAll adds the records of parts to p, growing p's slices once. The
// events, tens of megabytes of them, are copied by up to jobs goroutines:
// copied by one, with the page faults of the new slice, they were a
// serial stretch of a merge.
func (p *Partial) addAll(parts []Partial, jobs int) {
	p.addOthers(parts)
	ne := 0
	for i := range parts {
		ne += len(parts[i].Events)
	}
	at := make([]int, len(parts)+1) // where the events of parts[i] go
	at[0] = len(p.Events)
	for i := range parts {
		at[i+1] = at[i] + len(parts[i].Events)
	}
	events := slices.Grow(p.Events, ne)[:at[len(parts)]]
	var wg sync.WaitGroup
	for w := range min(jobs, len(parts)) {
		wg.Go(func() {
			for i := w; i < len(parts); i += jobs {
				copy(events[at[i]:at[i+1]], parts[i].Events)
			}
		})
	}
	wg.Wait()
	p.Events = events
}

// addOthers adds the sources and skipped inputs of parts to p, growing
// p's slices once.
func (p *Partial) addOthers(parts []Partial) {
	ns, nk := 0, 0
	for i := range parts {
		ns += len(parts[i].Sources)
		nk += len(parts[i].Skipped)
	}
	p.Sources = slices.Grow(p.Sources, ns)
	p.Skipped = slices.Grow(p.Skipped, nk)
	for i := range parts {
		p.Sources = append(p.Sources, parts[i].Sources...)
		p.Skipped = append(p.Skipped, parts[i].Skipped...)
	}
}

// A lineBatch is a chunk of a partial timeline: whole lines, decoded
// together; then how many lines it has, their records up to the first
// line that is not one, in order, and that line's error, whose Line counts
// from the chunk's first line.
type lineBatch struct {
	data  []byte
	lines int
	recs  Partial
	err   *PartialError
}

// chunkBuffers holds the buffers of chunks decoded, for the next chunks.
var chunkBuffers = sync.Pool{New: func() any { return new([]byte) }}

// cutChunks reads r and sends it to todo in chunks of whole lines of about
// size bytes, until the end of r, an error, a line longer than max, or
// stop. It returns the chunks in order, and the error that ended the
// reading early, if any, whose Line is to be set to that after the
// chunks' lines.
func cutChunks(r io.Reader, todo chan<- *lineBatch, size, max int, stop *atomic.Bool) ([]*lineBatch, *PartialError) {
	var batches []*lineBatch
	var carry []byte // a line begun at the end of the last chunk
	for !stop.Load() {
		buf := *chunkBuffers.Get().(*[]byte)
		if cap(buf) < len(carry)+size {
			// Room for a longer line carried over than this one, so
			// that the buffer serves again when it comes back.
			buf = make([]byte, 0, len(carry)+size+size/16)
		}
		buf = append(buf[:0], carry...) // a copy: carry may be in buf, the last chunk's buffer
		cut, err := readChunk(r, &buf, max)
		carry = buf[cut:]
		if cut > 0 {
			lb := &lineBatch{data: buf[:cut]}
			batches = append(batches, lb)
			todo <- lb
		}
		switch {
		case err == io.EOF:
			return batches, nil
		case err != nil:
			return batches, &PartialError{Msg: "cannot read", Err: err}
		case cut == 0:
			// No newline within max bytes and one: a line too long,
			// read to its end first as a reader of lines reads it,
			// which may fail.
			if err := skipLine(r, buf); err != nil {
				return batches, &PartialError{Msg: "cannot read", Err: err}
			}
			return batches, &PartialError{Msg: fmt.Sprintf("line longer than %d MiB", max>>20)}
		}
	}
	return batches, nil
}

// readChunk reads r into the free capacity of *buf, growing it while it
// holds no whole line, up to max+1 bytes, and returns how many bytes of
// whole lines it holds: up to its last newline, or all of it at the end of
// r (err io.EOF).
func readChunk(r io.Reader, buf *[]byte, max int) (cut int, err error) {
	b := *buf
	defer func() { *buf = b }()
	for {
		for len(b) < cap(b) && err == nil {
			var n int
			n, err = r.Read(b[len(b):cap(b)])
			b = b[:len(b)+n]
		}
		if err == io.EOF {
			return len(b), err
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 || err != nil || len(b) > max {
			return i + 1, err
		}
		b = slices.Grow(b, min(cap(b), max+1-len(b)))
	}
}

// skipLine reads r up to the end of a line, into buf, and returns the
// error that stopped it before, if any.
func skipLine(r io.Reader, buf []byte) error {
	for {
		n, err := r.Read(buf[:cap(buf)])
		if bytes.IndexByte(buf[:n], '\n') >= 0 || err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// decodeBatch splits lb into lines and decodes them, up to the first that
// is not a record or is longer than max bytes with its newline.
func (d *lineDecoder) decodeBatch(lb *lineBatch, max int) {
	// The events and sources are decoded into d's own slices, grown to
	// hold a chunk's, then copied into slices of their number: the events
	// of the chunks that merge keeps (Partials) keep the capacity they are
	// made with, and room for one a line, sources too, left 10 MB unused
	// for 50 MB of news; sources grown by appends, 5 MB more.
	lb.recs.Events, lb.recs.Sources = d.events[:0], d.sources[:0]
	defer func() {
		d.events, d.sources = lb.recs.Events[:0], lb.recs.Sources[:0]
		lb.recs.Events, lb.recs.Sources = clip(lb.recs.Events), clip(lb.recs.Sources)
	}()
	for rest := lb.data; len(rest) > 0; {
		line := rest
		size := len(line)
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest, size = rest[:i], rest[i+1:], i+1
		} else {
			rest = nil
		}
		lb.lines++
		if size > max {
			lb.err = &PartialError{Line: lb.lines, Msg: fmt.Sprintf("line longer than %d MiB", max>>20)}
			return
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := d.decodeRecord(line, &lb.recs); err != nil {
			err.Line = lb.lines
			lb.err = err
			return
		}
	}
}

// clip returns a copy of s in an array of its length; nil if s is
// empty.
func clip[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// decodeRecord decodes the record of one line and adds it to p.
func (d *lineDecoder) decodeRecord(line []byte, p *Partial) *PartialError {
	var l partialLine
	if !d.decode(line, &l) {
		l = partialLine{}
		if err := decodeLineStd(line, &l); err != nil {
			return err
		}
	}
	return l.addTo(p, &d.mem)
}

// decodeLineStd decodes line into l with encoding/json, for the lines
// lineDecoder declines, and says what is wrong with them.
func decodeLineStd(line []byte, l *partialLine) *PartialError {
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(l); err != nil {
		return &PartialError{Msg: "not a partial timeline record: " + describeJSONError(err)}
	}
	if dec.More() {
		return &PartialError{Msg: "not a partial timeline record: more than one JSON value on the line"}
	}
	return nil
}

// addTo checks a decoded line and adds its record to p, an event's lists
// in mem.
func (l *partialLine) addTo(p *Partial, mem *eventMemory) *PartialError {
	n := 0
	for _, set := range []bool{l.Partial != nil, l.Source != nil, l.Event != nil, l.Skipped != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return &PartialError{Msg: `not a partial timeline record: want an object with one of "partial", "source", "event" or "skipped"; is this the output of timeline build --partial?`}
	}
	switch {
	case l.Partial != nil:
		if l.Partial.Version != PartialVersion {
			return &PartialError{Msg: fmt.Sprintf("partial timeline version %d, want %d: build the partials with this version of timeline", l.Partial.Version, PartialVersion)}
		}
	case l.Source != nil:
		s := l.Source
		pub, err := parseDay(s.Published)
		if err != nil || pub.IsZero() { // 0001-01-01 is the zero time, "no date" everywhere
			return &PartialError{Msg: fmt.Sprintf("source %q: invalid published %q: want YYYY-MM-DD", s.ID, s.Published)}
		}
		if s.ID == "" {
			return &PartialError{Msg: `source without "id"`}
		}
		p.Sources = append(p.Sources, DocSource{
			Source: Source{ID: s.ID, Title: s.Title, Published: pub, Path: s.Path, URL: s.URL},
			Digest: s.Digest,
		})
	case l.Event != nil:
		if err := p.addEvent(l.Event, mem); err != nil {
			return &PartialError{Msg: "event: " + err.Error()}
		}
	case l.Skipped != nil:
		p.Skipped = append(p.Skipped, SkippedDoc{Path: l.Skipped.Path, Reason: l.Skipped.Reason})
	}
	return nil
}

// addEvent adds the event of r to p, its citations and actors in mem (its
// strings are r's).
func (p *Partial) addEvent(r *partialEvent, mem *eventMemory) error {
	src := Citation{Doc: r.Source.Doc, Sentence: r.Source.Sentence, Start: r.Source.Start, End: r.Source.End}
	if src.Doc == "" {
		return errors.New(`no "source" document`)
	}
	if len(r.Citations) != 1 {
		return fmt.Errorf("%d citations: an event of a partial timeline is unmerged and has one, its source", len(r.Citations))
	}
	c := r.Citations[0]
	if c.Doc != src.Doc || c.Sentence != src.Sentence || c.Start != src.Start || c.End != src.End {
		return errors.New(`its citation is not its "source"`)
	}
	if c.Quote != nil {
		src.Quote = *c.Quote
	}
	if src.Quote == r.Text {
		src.Quote = r.Text // one string for both
	}
	start, err := parseInstant(r.When.Start)
	if err != nil {
		return fmt.Errorf("invalid when.start %q", r.When.Start)
	}
	end := start // the interval of one day or instant, as most are
	if r.When.End != r.When.Start {
		if end, err = parseInstant(r.When.End); err != nil {
			return fmt.Errorf("invalid when.end %q", r.When.End)
		}
	}
	// The event is made in its place: it is large, and most lines are
	// events.
	p.Events = append(p.Events, DocEvent{})
	de := &p.Events[len(p.Events)-1]
	*de = DocEvent{Event: Event{
		When: When{
			Value: dates.Value{
				Type: dates.Type(r.When.Type), Value: r.When.Value, Mod: dates.Mod(r.When.Mod), Grain: r.When.Grain,
				Start: start, End: end, Future: r.When.Future,
			},
			Phrase:   r.When.Phrase,
			Rule:     r.When.Rule,
			EndValue: r.When.EndValue,
		},
		Text:      r.Text,
		Expected:  r.Expected,
		Source:    src,
		Citations: mem.citation(src),
		Place:     r.Place,
		Kind:      Kind{Name: r.Kind.Name, CAMEO: r.Kind.CAMEO},
	}, Digest: r.Digest}
	if len(r.Actors) > 0 {
		de.Actors = mem.actorList(len(r.Actors))
		for i, a := range r.Actors {
			de.Actors[i] = Actor{Name: a.Name, Role: a.Role, Type: a.Type}
		}
	}
	return nil
}
