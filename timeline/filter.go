package timeline

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
)

// Filter picks events from a timeline. Each field that is set narrows the
// selection; the zero Filter keeps every event.
type Filter struct {
	// Actors keeps the events with an actor that matches one of these
	// queries ("Kerry", "Russia", "UN"), as entity.Matches decides.
	Actors []string
	// Kinds keeps the events of one of these kinds (compared by name).
	Kinds []Kind
	// From and To keep the events whose date interval overlaps the days
	// From through To (inclusive; either may be zero for no bound). An
	// event without an interval (PRESENT_REF, PAST_REF, FUTURE_REF) is kept
	// only if the day it sorts on (see Build) is inside.
	From, To time.Time
}

// IsZero reports whether f keeps every event.
func (f Filter) IsZero() bool {
	return len(f.Actors) == 0 && len(f.Kinds) == 0 && f.From.IsZero() && f.To.IsZero()
}

// Apply returns the events f keeps, in the order given. sources gives the
// publication dates that events without an interval sort on.
func (f Filter) Apply(events []Event, sources []Source) []Event {
	if f.IsZero() {
		return events
	}
	idx := indexSourcesByID(sources)
	var out []Event
	for i := range events {
		if f.keep(&events[i], idx.published(&events[i])) {
			out = append(out, events[i])
		}
	}
	return out
}

// Keep reports whether f keeps e, whose Source was published on published.
func (f Filter) Keep(e *Event, published time.Time) bool { return f.keep(e, dayOf(published)) }

func (f Filter) keep(e *Event, pub time.Time) bool {
	if len(f.Kinds) > 0 && !slices.ContainsFunc(f.Kinds, func(k Kind) bool { return strings.EqualFold(k.Name, e.Kind.Name) }) {
		return false
	}
	if len(f.Actors) > 0 && !slices.ContainsFunc(e.Actors, func(a Actor) bool {
		return slices.ContainsFunc(f.Actors, func(q string) bool { return entity.Matches(entityActor(a), q) })
	}) {
		return false
	}
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	start, end := sortRange(e.When.Value, pub)
	if !e.When.HasInterval() && pub.IsZero() {
		return false // no day to place it on
	}
	if !f.From.IsZero() && end.Before(dayOf(f.From)) {
		return false
	}
	return f.To.IsZero() || !start.After(dayOf(f.To))
}

// TopDates keeps the events on the n days that the sources report most, in
// the order given; sources gives the publication dates.
//
// Only events dated to a day or finer count, on the day their interval
// starts; events of a coarser grain (a week, a month, "late August", a
// year) and those without an interval (FUTURE_REF ...) are left out of a
// top-dates summary. Each day D scores
//
//	score(D) = Σ 1 / (1 + |published(d) − D|)
//
// summed over the documents d that report an event on D (each document
// once per day), with the distance in days: a day counts more the more
// articles report it and the closer to it they were published, so the day
// of the news outweighs an anniversary mentioned in passing. A lead
// (Rule "lead") reports no date: it is placed on its publication day by
// convention, so it does not score, or every day an article came out would
// score 1; it is kept when its day is. The n best days are kept, ties going
// to the earlier day, with every event on them.
func TopDates(events []Event, sources []Source, n int) []Event {
	if n <= 0 {
		return nil
	}
	idx := indexSourcesByID(sources)
	score := make(map[time.Time]float64)
	docs := make(map[time.Time]map[string]bool)
	for i := range events {
		day, ok := eventDay(&events[i])
		if !ok {
			continue
		}
		if docs[day] == nil {
			docs[day] = make(map[string]bool)
		}
		e := &events[i]
		for _, c := range citations(e) {
			if docs[day][c.Doc] || e.When.Rule == "lead" && c.Doc == e.Source.Doc && c.Sentence == e.Source.Sentence {
				continue
			}
			docs[day][c.Doc] = true
			score[day] += 1 / (1 + math.Abs(float64(daysBetween(idx[c.Doc].published, day))))
		}
	}
	days := make([]time.Time, 0, len(score))
	for d := range score {
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b time.Time) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), a.Compare(b))
	})
	keep := make(map[time.Time]bool, n)
	for _, d := range days[:min(n, len(days))] {
		keep[d] = true
	}
	var out []Event
	for i := range events {
		if day, ok := eventDay(&events[i]); ok && keep[day] {
			out = append(out, events[i])
		}
	}
	return out
}

// eventDay returns the day an event is on, if it is dated to a day or
// finer.
func eventDay(e *Event) (time.Time, bool) {
	v := e.When.Value
	if !v.HasInterval() || v.Grain == dates.GrainNone || v.Grain > dates.GrainDay {
		return time.Time{}, false
	}
	return dayOf(v.Start), true
}

// citations returns e.Citations, or e.Source alone when it has none.
func citations(e *Event) []Citation {
	if len(e.Citations) > 0 {
		return e.Citations
	}
	return []Citation{e.Source}
}
