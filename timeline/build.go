package timeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/parallel"
	"github.com/timelinehq/timeline/internal/sentence"
	"github.com/timelinehq/timeline/internal/space"
)

// Options control Build.
type Options struct {
	// Title of the timeline; default: the title of a single document, else
	// "Timeline".
	Title string
	// DocType says how relative dates are anchored (default dates.News).
	DocType dates.DocType
	// Tagger finds dates; default dates.New().
	Tagger *dates.Tagger
	// Filter keeps only some of the merged events; the zero Filter keeps
	// all.
	Filter Filter
	// TopDates, if positive, keeps only the events on the TopDates days
	// that the sources report most (see TopDates).
	TopDates int

	// Jobs is how many documents are read and analysed at once (default:
	// runtime.GOMAXPROCS(0)). The result does not depend on it.
	Jobs int
	// Progress, if set, is called after each input is done, one call at a
	// time, with the inputs and bytes done so far.
	Progress func(Progress)
	// Warn, if set, is called, one call at a time and in input order, with
	// what the user should know about an input that was used all the same:
	// a publication date taken from a dateline or from the URL.
	Warn func(string)
}

// NoDateError reports a document without a publication date.
//
// Deprecated: Build no longer fails on such a document; it lists it in
// Timeline.Skipped.
type NoDateError struct {
	Doc string // the document's path or id
}

func (e *NoDateError) Error() string {
	return fmt.Sprintf("no publication date for %s: pass --published YYYY-MM-DD or add \"published:\" front matter", e.Doc)
}

// Build turns documents into one ordered timeline.
//
// Each DATE or TIME mention in an article sentence dates that sentence; the
// lead (first sentence) is also an event on the publication date. Durations
// and sets describe events and create none. Each event carries the actors
// and place internal/entity finds in its sentence (for the lead, also those
// of the title), the kind of the sentence (internal/kind, told by entity
// whether a meeting took place at home or away), and a citation of the
// sentence with its text.
//
// Events from different documents that report the same happening are then
// merged into one event citing each of them (see Merge); opts.Filter and
// opts.TopDates pick events from the result. Events are ordered by interval
// start, then interval end, then document (by publication date, then ID)
// and text order; PRESENT_REF sorts on the publication date, PAST_REF just
// before it and FUTURE_REF just after it. The result does not depend on the
// order of docs, nor on opts.Jobs.
//
// A document that cannot be used is left out and listed in
// Timeline.Skipped: one without a publication date (Document.Published),
// or with the ID or the text of another document that comes first in path
// order (see Partial.Timeline). Sources lists the others, with the number
// of events that cite each.
func Build(docs []*Document, opts Options) (*Timeline, error) {
	return BuildContext(context.Background(), docs, opts)
}

// BuildContext is Build that analyses the documents on opts.Jobs goroutines
// and gives up when ctx is done, returning ctx.Err().
func BuildContext(ctx context.Context, docs []*Document, opts Options) (*Timeline, error) {
	p, err := analyzeDocs(ctx, docs, opts, noDateField)
	if err != nil {
		return nil, err
	}
	return p.Timeline(opts)
}

// analyzeDocs returns the partial timeline of docs (nil ones left out),
// analysed on opts.Jobs goroutines. A document without a date is skipped
// with the reason noDate.
func analyzeDocs(ctx context.Context, docs []*Document, opts Options, noDate string) (*Partial, error) {
	tg := opts.Tagger
	if tg == nil {
		tg = dates.New()
	}
	p := &Partial{}
	i := 0
	next := func() (*Document, bool, error) {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		for i < len(docs) && docs[i] == nil {
			i++
		}
		if i == len(docs) {
			return nil, false, nil
		}
		i++
		return docs[i-1], true, nil
	}
	work := func(d *Document) unitResult {
		if ctx.Err() != nil {
			return unitResult{}
		}
		return unitResult{p: analyze(d, tg, opts.DocType, noDate, Digest), size: int64(len(d.Text))}
	}
	var done Progress
	emit := func(res unitResult) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Add(res.p)
		if opts.Progress != nil {
			done.Docs++
			done.Bytes += res.size
			opts.Progress(done)
		}
		return nil
	}
	if err := parallel.Ordered(jobsOf(opts), next, work, emit); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// analyze returns the partial timeline of one document: its source and its
// events, which do not refer to its text (so that the text can be let go),
// or, if it has no publication date, the document as skipped with the
// reason noDate. digestOf makes the Digest of the text: Digest, or quickKey
// (see Corpus.NoDigests).
func analyze(d *Document, tg *dates.Tagger, docType dates.DocType, noDate string, digestOf func(string) string) *Partial {
	if d.Published.IsZero() {
		where := d.Path
		if where == "" {
			where = d.ID
		}
		return &Partial{Skipped: []SkippedDoc{{Path: where, Reason: noDate}}}
	}
	digest := digestOf(d.Text)
	p := &Partial{Sources: []DocSource{{
		Source: Source{ID: d.ID, Title: d.Title, Published: dayOf(d.Published), Path: d.Path, URL: d.URL},
		Digest: digest,
	}}}
	p.Events = documentEvents(d, tg, docType, digest)
	return p
}

// documentEvents returns the events of one document, with its digest: the
// lead, then one per DATE or TIME mention in an article sentence. A
// sentence gives one event per date: a second mention of the same date in
// it ("on Friday ... Friday's talks"), or the lead when its sentence names
// the publication day or a day of the week before (datedDays), would only
// repeat it. Events of the lead sentence report the news of the headline:
// the title's actors and place count for them.
//
// The events do not refer to the document's text, so that holding them
// does not hold the whole text: their strings (quote, phrase, place, actor
// names and roles) are copies, made once per sentence and shared by its
// events, in memory of the document's events (eventMemory).
func documentEvents(d *Document, tg *dates.Tagger, docType dates.DocType, digest string) []DocEvent {
	if len(d.Sentences) == 0 {
		return nil
	}
	pub := dayOf(d.Published)
	// The text is lower-cased once, for the entities and the dates both,
	// in a room used again by the next document.
	room := lowerRooms.Get().(*[]byte)
	prep := d.prepare(room)
	ents := entity.AnalyzeLowered(d.Title, d.Text, prep.Lower.String(), d.Sentences)
	defer func() {
		ents.Release() // the last to read the lower case
		lowerRooms.Put(room)
	}()
	var mem eventMemory
	// What the events of a sentence share, worked out for the sentence of
	// the latest mention (cur, of sentence curAt) and for the lead's
	// (lead): mentions come in text order, so that a sentence's events are
	// made one after another, the lead's last. A mention out of order
	// would have its sentence worked out again, to the same effect.
	var cur, lead sentenceEvents
	curAt, leadDone := -1, false
	sentence := func(si int) *sentenceEvents {
		switch {
		case si == 0:
			if !leadDone {
				lead.fill(d, 0, ents, &mem)
				leadDone = true
			}
			return &lead
		case si != curAt:
			words := cur.report.words[:0] // room kept for the next sentence
			cur = sentenceEvents{report: reported{words: words}}
			cur.fill(d, si, ents, &mem)
			curAt = si
		}
		return &cur
	}
	// event writes the event of sentence si, dated w, to *e: in place,
	// rather than returned and copied (a DocEvent is some 400 bytes).
	// w.Phrase is in mem already.
	event := func(e *DocEvent, si int, w When, expected bool) {
		s := sentence(si)
		actors := s.actors // the first event's; the others' are copies
		if s.taken {
			actors = mem.copyActors(s.actors)
		}
		s.taken = true
		*e = DocEvent{Event: Event{
			When:      w,
			Text:      s.cite.Quote,
			Expected:  expected,
			Source:    s.cite,
			Citations: mem.citation(s.cite),
			Actors:    actors,
			Place:     s.place,
			Kind:      s.kind,
		}, Digest: digest}
	}
	mentions := tg.TagPrepared(d.Text, prep, pub, docType)
	if docType == dates.News {
		if day, ok := wireDay(d, mentions, pub); ok {
			// "GENEVA, Aug. 26 (Reuters) -" in a story published on Aug. 27:
			// the text says "today" and "on Thursday" as of the day it was filed.
			pub = day
			mentions = tg.TagPrepared(d.Text, prep, pub, docType)
		}
	}
	n := 1
	for _, m := range mentions {
		if m.Type == dates.Date || m.Type == dates.Time {
			n++
		}
	}
	events := make([]DocEvent, 1, n) // [0]: the lead, if it is one
	mem.cites = make([]Citation, 0, n)
	mem.text = make([]byte, 0, textNeeded(d, mentions))
	sents := sentenceCursor{ss: d.Sentences}
	offences := offenceKinds()
	rangeTo := -1 // the last mention of the range an event dates already
	for k, m := range mentions {
		if m.Type != dates.Date && m.Type != dates.Time || k <= rangeTo {
			continue
		}
		si := sents.of(m.Start, m.End)
		if si < 0 {
			continue // in a title, caption or boilerplate line
		}
		if si == 0 && inWireDateline(d.Text, d.Sentences[0].Start, m) {
			continue // "GENEVA, Aug. 26 (Reuters) -": when the story was filed
		}
		if comparedSince(d.Text, d.Sentences[si].Start, m.Start) {
			continue // "the first talks since 2014": not when they took place
		}
		if attributive(d.Text, m) && datedOtherwise(d, mentions, k, si) {
			continue // "met on Monday to revive the 2015 deal": the deal's year
		}
		if refinedByTime(d, mentions, k, si) {
			continue // "at sunset on Monday": the evening's event says it all
		}
		w := When{Value: m.Value, Rule: m.Rule}
		if j := rangeEnd(d.Text, mentions, k, d.Sentences[si]); j > k {
			// "Oct. 3-4", "from Monday to Wednesday": one event, dated from the first day to the last
			rangeTo, m = j, joinRange(d.Text, m, &mentions[j])
			w.Value, w.EndValue = m.Value, mentions[j].Value.Value
		}
		if !datedAs(events[1:], si, w) {
			// a later day of a list is named with the list: "Sept. 8 and 10"
			events = append(events, DocEvent{})
			e := &events[len(events)-1]
			w.Phrase = mem.join(m.Lead, m.Text)
			event(e, si, w, m.Future)
			v := sentence(si).venue
			if k, ok := possessedKind(d.Text, m, v); ok {
				e.Kind = k // "Monday's attack", "the Oct. 7 attack", in a sentence of another event
			} else if r := &sentence(si).report; r.verbEnd >= 0 && e.Kind.CAMEO == statementCAMEO {
				if k, ok := r.kindAt(d.Text, d.Sentences[si], m, v); ok {
					e.Kind = k // "said the leaders would meet again on June 1"
				}
			} else if e.Kind == sentence(si).kind && r.verbEnd < 0 && r.inOtherClause(d.Text, d.Sentences[si], m) {
				if k, ok := r.otherClauseKind(d.Text, d.Sentences[si], m, v); ok {
					e.Kind = k // "phoned Merz on Sunday, and they will meet on Wednesday"
				}
			}
			if slices.Contains(offences, e.Kind.Name) {
				if k, ok := sentence(si).report.offenceKind(d.Text, d.Sentences[si], m, v); ok {
					e.Kind = k // "charged with gunning down Dr. Barnett Slepian last fall"
				}
			}
		}
	}
	if docType == dates.Narrative {
		return events[1:] // a history's first sentence is not news of its day
	}
	lv, _ := dates.Resolve(dates.Expr{Kind: dates.Calendar, Grain: dates.GrainDay, Year: pub.Year(), Month: int(pub.Month()), Day: pub.Day()}, pub, dates.Past)
	if dated(events[1:], 0, lv) || datedDays(events[1:], pub) {
		return events[1:]
	}
	event(&events[0], 0, When{Value: lv, Rule: "lead"}, false)
	return events
}

// dated reports whether one of events (a document's, in the order of its
// mentions) dates sentence si with v's value and modifier. A document has
// a few events: looking through them costs less than a map. Mentions come
// in text order (dates.Tagger.Tag), so that the events of si are the last
// ones when si's mentions are added; the lead's look goes through all.
func dated(events []DocEvent, si int, v dates.Value) bool {
	return datedAs(events, si, When{Value: v})
}

// datedAs is dated of a date w that may be a range: an event dates si
// with w when it has w's value, modifier and EndValue.
func datedAs(events []DocEvent, si int, w When) bool {
	v := &w.Value
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		if s := e.Source.Sentence - 1; s != si {
			if s < si {
				return false // the events of earlier sentences
			}
			continue
		}
		if e.When.Value.Value == v.Value && e.When.Value.Mod == v.Mod && e.When.EndValue == w.EndValue {
			return true
		}
	}
	return false
}

// leadWeek is how many days before its publication a lead's own date can
// be and still say the lead's news: "announced on Friday", in a story of
// Saturday, is the news of the story, not an older event it recalls.
const leadWeek = 7

// datedDays reports whether the lead sentence has an event of its own
// dated to a day (or a part of one, or an hour) in the week before pub, or
// on it: the lead's news then happened that day, and a second event of the
// lead on the publication day would only repeat it a day or more late.
// A coming date ("will meet on Monday") or an older one ("the 2015 deal",
// "on Aug. 1") leaves the lead on the publication day.
func datedDays(events []DocEvent, pub time.Time) bool {
	for i := range events {
		e := &events[i]
		if e.Source.Sentence != 1 {
			break // the events of the lead come first
		}
		v := e.When.Value
		if v.Grain == dates.GrainNone || v.Grain > dates.GrainDay || v.Future {
			continue
		}
		if d := dayOf(v.Start); !d.After(pub) && !d.Before(pub.AddDate(0, 0, -leadWeek)) {
			return true
		}
	}
	return false
}

// textNeeded is about how many bytes of text the events of the mentions
// keep (eventMemory): the quotes of their sentences, their phrases, and
// room for a few names. It counts a sentence once for a run of its
// mentions, as documentEvents works it out.
func textNeeded(d *Document, mentions []dates.Mention) int {
	n := d.Sentences[0].Len() + namesNeeded // the lead's
	last := 0
	sents := sentenceCursor{ss: d.Sentences}
	for _, m := range mentions {
		if m.Type != dates.Date && m.Type != dates.Time {
			continue
		}
		if si := sents.of(m.Start, m.End); si >= 0 {
			n += len(m.Lead) + len(m.Text)
			if si != last {
				last = si
				n += d.Sentences[si].Len() + namesNeeded
			}
		}
	}
	return n
}

// namesNeeded is the room textNeeded leaves for the names of a sentence's
// place and actors.
const namesNeeded = 48

// sentenceEvents is what the events of one sentence share: its citation,
// actors, place and kind, with strings of their own (not parts of the
// document's text).
type sentenceEvents struct {
	cite   Citation
	actors []Actor // nil if none
	place  string
	kind   Kind
	venue  kind.Venue // of the sentence's events: home at a host's seat (kind.AtSeat)
	taken  bool       // whether an event has actors for its own
	report reported   // when the sentence reports a statement
}

// fill works out what the events of sentence si share, its strings copied
// into mem.
func (s *sentenceEvents) fill(d *Document, si int, ents *entity.Article, mem *eventMemory) {
	sp := d.Sentences[si]
	s.cite = Citation{Doc: d.ID, Sentence: si + 1, Start: sp.Start, End: sp.End, Quote: mem.collapse(d.Text[sp.Start:sp.End])}
	km, words := ents.KindMatch(si)
	s.venue = ents.Venue(si)
	if km.Meet && s.venue != kind.VenueHome && atSeat(d.Text[sp.Start:sp.End], words) {
		// "Modi met Trump at the White House": the host's seat is the venue.
		s.venue = kind.VenueHome
		km.Kind = classifyAt(d.Text[sp.Start:sp.End], words, s.venue)
	}
	s.kind = kindOf(km.Kind)
	s.report.verbEnd, s.report.quiet = -1, quietUnknown
	s.report.trigStart, s.report.trigEnd = sp.Start+km.Start, sp.Start+km.End // see reported
	if km.Reports() {
		s.report.verbEnd = sp.Start + km.End
	}
	switch {
	case km.Kind == kind.Other:
		s.report.words = s.report.words[:0] // no clause has a kind: no words needed
	case words != nil:
		s.report.words = append(s.report.words[:0], words...)
	default:
		s.report.words = nil
	}
	if si == 0 && d.Title != "" {
		// The lead reports the headline's news: a kind the title names
		// ("kick off Syria talks") is the lead's, unless the lead's own
		// trigger is stronger ("Israel launched airstrikes ..." under
		// "Israel strikes Iran as talks stall"); of a headline of two
		// clauses, the first ("Talks collapse; rebels shell city").
		if tm := kind.ExplainHeadlineArmed(d.Title, s.venue, titleStates(ents)); headlineFills(d.Title, tm, km) {
			s.kind = kindOf(tm.Kind)
		}
	}
	place := strings.TrimSpace(ents.Place(si))
	// The actors are copied into mem: read into a list on the stack, not
	// a copy of their own.
	var buf [8]entity.Actor
	var as []entity.Actor
	if si == 0 {
		as = ents.AppendLeadActors(buf[:0])
		if place == "" {
			place = titlePlace(d.Title, strings.TrimSpace(ents.TitlePlace()))
		}
	} else {
		as = ents.AppendActors(buf[:0], si)
	}
	s.place = mem.clone(place)
	s.actors = mem.actorsOf(as)
}

// titleStates returns what tells whether a word of the title names one of
// the states the title names, or its people ("Israel", "Israeli", "US":
// entity.Matches): the force of a headline's verb that is a noun too
// ("Israel strikes Iran"; kind.ExplainHeadlineArmed). It looks the
// title's actors up only when asked.
func titleStates(ents *entity.Article) func(word string) bool {
	var states []entity.Actor
	looked := false
	return func(word string) bool {
		if !looked {
			looked = true
			for _, a := range ents.TitleActors() {
				if a.Type == entity.State {
					states = append(states, a)
				}
			}
		}
		for _, a := range states {
			if entity.Matches(a, word) {
				return true
			}
		}
		return false
	}
}

// headlineFills reports whether the kind of a title, tm, is the lead's
// rather than lead, the kind of the lead's own sentence: when the title
// names more than a statement and the lead names nothing, or a statement,
// or a meeting (whose kind only its venue gave: "Kerry, Lavrov kick off
// Syria talks" makes "the top diplomats are meeting in Geneva" talks), or
// an event of a lower priority (data/kinds.txt), unless the title's
// trigger stands in a clause of background ("Israel strikes Hezbollah
// targets as ceasefire talks drag on" leaves "Israeli warplanes pounded
// Beirut" an attack; kind.IsBackground), or the lead's own event is one
// CAMEO has no code for (kind.Match.Uncoded: "The House voted to approve
// the bill" under "House passes debt deal" stays other).
func headlineFills(title string, tm, lead kind.Match) bool {
	if _, ok := moreThanStatement(tm.Kind); !ok || lead.Uncoded {
		return false
	}
	if _, ok := moreThanStatement(lead.Kind); !ok || lead.Meet {
		return true
	}
	return lead.Priority < tm.Priority && lastBackground(title, 0, tm.Start) < 0
}

// atSeat reports whether sentence puts its meeting at a host's seat
// (kind.AtSeat), from its words when they are at hand: those of a name
// that entity emptied ("White House") are read again from the sentence.
func atSeat(sentence string, words []kind.Word) bool {
	if words == nil {
		return kind.AtSeat(sentence)
	}
	var room [64]kind.Word
	ws := append(room[:0], words...)
	for i := range ws {
		if ws[i].Lower == "" && ws[i].End <= len(sentence) {
			ws[i].Lower = strings.ToLower(sentence[ws[i].Start:ws[i].End])
		}
	}
	return kind.AtSeatWords(ws)
}

// classifyAt returns the kind of sentence at venue v, from its words when
// they are at hand (KindMatch's), else from its text.
func classifyAt(sentence string, words []kind.Word, v kind.Venue) kind.Kind {
	if words != nil {
		return kind.ClassifyWords(words, v)
	}
	return kind.ClassifyWith(sentence, v)
}

// titlePlace returns the place of a title, place, as the lead's place,
// or "" when it is named only after a semicolon: a headline of two
// clauses, "Syrian army declares truce over; aid convoy hit near Aleppo",
// leads with the first, and the second's place is not the lead's.
func titlePlace(title, place string) string {
	if i := strings.IndexByte(title, ';'); i >= 0 && place != "" &&
		strings.Contains(title[i:], place) && !strings.Contains(title[:i], place) {
		return ""
	}
	return place
}

// kindOf converts a kind of internal/kind; the zero kind is "other".
func kindOf(k kind.Kind) Kind {
	if k.Name == "" {
		k = kind.Other
	}
	return Kind{Name: k.Name, CAMEO: k.CAMEO}
}

// entityActor converts an actor back for internal/entity's comparisons.
func entityActor(a Actor) entity.Actor { return entity.Actor{Name: a.Name, Role: a.Role, Type: a.Type} }

// sortSources orders sources by publication date, then ID.
func sortSources(ss []Source) {
	slices.SortStableFunc(ss, compareSources)
}

// compareSources is the order of sortSources.
func compareSources(a, b Source) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// sourceIndex maps source IDs to their publication date and their rank in
// publication order (then ID), whatever the order of sources.
type sourceIndex map[string]sourceInfo

type sourceInfo struct {
	published time.Time
	rank      int
}

func indexSourcesByID(sources []Source) sourceIndex {
	ss := sources
	if !slices.IsSortedFunc(ss, compareSources) { // as a timeline's are
		ss = slices.Clone(sources)
		sortSources(ss)
	}
	idx := make(sourceIndex, len(ss))
	for i, s := range ss {
		if _, dup := idx[s.ID]; !dup {
			idx[s.ID] = sourceInfo{published: dayOf(s.Published), rank: i}
		}
	}
	return idx
}

// published returns the publication day of the event's Source document,
// or zero if it is unknown.
func (idx sourceIndex) published(e *Event) time.Time { return idx[e.Source.Doc].published }

// sourceLookup looks up the documents of events one after another in an
// index, remembering the last: a document's events mostly come together,
// and share its ID's string, which compares at once with itself.
type sourceLookup struct {
	idx  sourceIndex
	doc  string
	info sourceInfo
	ok   bool
	seen bool // whether doc, info and ok are of a lookup
}

// get returns what idx holds of doc.
func (l *sourceLookup) get(doc string) (sourceInfo, bool) {
	if !l.seen || doc != l.doc {
		l.info, l.ok = l.idx[doc]
		l.doc, l.seen = doc, true
	}
	return l.info, l.ok
}

// timelineOrder returns the order of events in a timeline, as the places
// of events: order[i] is that of the event that comes i-th. Events are
// ordered by interval start, interval end, then the Source document
// (publication date, ID), the lead first, then sentence and the phrase's
// place in the text. It sorts on up to jobs goroutines.
func timelineOrder(events []*Event, idx sourceIndex, jobs int) []int32 {
	type key struct {
		start, end int64 // days as Unix times: they compare as the days do
		rank       int
		lead       bool
	}
	keys := make([]key, len(events))
	forParts(len(events), jobs, func(lo, hi int) {
		sources := sourceLookup{idx: idx}
		for i := lo; i < hi; i++ {
			e := events[i]
			info, ok := sources.get(e.Source.Doc)
			s, end := sortRange(e.When.Value, info.published)
			rank := info.rank
			if !ok {
				rank = len(idx)
			}
			keys[i] = key{start: s.Unix(), end: end.Unix(), rank: rank, lead: e.When.Rule == "lead"}
		}
	})
	order := make([]int32, len(events))
	for i := range order {
		order[i] = int32(i)
	}
	// order's elements are distinct: ending on them, the comparison tells
	// every two apart, and SortFunc gives the stable order.
	parallel.SortFunc(order, func(i, j int32) int {
		a, b := &keys[i], &keys[j]
		switch {
		case a.start != b.start:
			return cmp.Compare(a.start, b.start)
		case a.end != b.end:
			return cmp.Compare(a.end, b.end)
		case a.rank != b.rank:
			return cmp.Compare(a.rank, b.rank)
		}
		ea, eb := events[i], events[j]
		switch {
		case ea.Source.Doc != eb.Source.Doc:
			return strings.Compare(ea.Source.Doc, eb.Source.Doc)
		case a.lead != b.lead:
			if a.lead {
				return -1
			}
			return 1
		case ea.Source.Sentence != eb.Source.Sentence:
			return cmp.Compare(ea.Source.Sentence, eb.Source.Sentence)
		}
		// Found only for the few events that get this far: a search of
		// the text for every event took more than the sort.
		return cmp.Or(cmp.Compare(phrasePos(ea), phrasePos(eb)), compareEventContent(ea, eb), cmp.Compare(i, j))
	}, jobs)
	return order
}

// phrasePos is the place of e's phrase in its text (collapsed, as the text
// is), or -1: the order of the dates of one sentence.
func phrasePos(e *Event) int { return strings.Index(e.Text, space.Collapse(e.When.Phrase)) }

// compareEventContent orders events with nothing else to tell them apart
// by their date and phrase, so that sorting never depends on input order.
func compareEventContent(a, b *Event) int {
	return cmp.Or(
		strings.Compare(a.When.Value.Value, b.When.Value.Value),
		strings.Compare(string(a.When.Mod), string(b.When.Mod)),
		strings.Compare(a.When.Phrase, b.When.Phrase),
		strings.Compare(a.When.Rule, b.When.Rule),
		strings.Compare(a.Text, b.Text),
	)
}

// sortRange returns the interval an event sorts by, in days. References
// without an interval sort around the publication date.
func sortRange(v dates.Value, pub time.Time) (time.Time, time.Time) {
	if v.HasInterval() {
		return dayOf(v.Start), dayOf(v.End)
	}
	switch v.Value {
	case "PAST_REF":
		p := pub.AddDate(0, 0, -1)
		return p, p
	case "FUTURE_REF":
		p := pub.AddDate(0, 0, 1)
		return p, p
	}
	return pub, pub
}

// sentenceCursor finds the sentences of mentions that come in text order
// (dates.Tagger.Tag), as sentenceOf does, by walking forward through the
// sentences rather than searching all of them for each mention.
type sentenceCursor struct {
	ss    []sentence.Span
	i     int // the first sentence that may hold the next mention
	start int // the last mention's start
}

// of returns the index of the sentence containing [start, end), or -1.
// A mention that starts before the last one is looked up with sentenceOf.
func (c *sentenceCursor) of(start, end int) int {
	if start < c.start {
		return sentenceOf(c.ss, start, end)
	}
	c.start = start
	for c.i < len(c.ss) && c.ss[c.i].End <= start {
		c.i++
	}
	if c.i < len(c.ss) && c.ss[c.i].Start <= start && end <= c.ss[c.i].End {
		return c.i
	}
	return -1
}

// sentenceOf returns the index of the sentence containing [start, end), or -1.
func sentenceOf(ss []sentence.Span, start, end int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > start })
	if i < len(ss) && ss[i].Start <= start && end <= ss[i].End {
		return i
	}
	return -1
}

// dayOf returns the midnight UTC of t's calendar date (in t's location).
func dayOf(t time.Time) time.Time {
	// Most times are days already (interval starts and ends, publication
	// dates): those need not be taken apart and put together again.
	if t.Location() == time.UTC && t.Nanosecond() == 0 && t.Unix()%(24*60*60) == 0 {
		return t.Round(0)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
