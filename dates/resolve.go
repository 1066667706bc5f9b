package dates

import (
	"fmt"
	"strconv"
	"time"
)

// Tense is the tense of the sentence an expression stands in.
type Tense uint8

// Tenses, as cue words show them.
const (
	// Past: the sentence speaks of the past; a bare weekday, month or date is
	// the most recent one on or before the anchor, except a date or month
	// just ahead of it (see nearFuture).
	Past Tense = iota
	// Future: the first one on or after the anchor, except a quarter just
	// ended (see justEnded).
	Future
	// Unmarked: no cue either way. A bare weekday is still the most recent
	// one (news reports what happened), but a month, a date or a season is
	// the nearest one, with the past preferred: deadlines and scheduled
	// events ("payable Jan. 2", "expires Nov. 21") lie ahead.
	Unmarked
)

// Biases for unmarked tense: the next occurrence is taken when it is nearer
// than bias times the distance to the previous one.
const (
	newsBias      = 0.5
	narrativeBias = 2.0
)

// Resolve turns an expression into a value, anchored at anchor (for news,
// the publication date; the time of day is ignored). A bare weekday, month,
// season or quarter resolves to the most recent one on or before the anchor,
// or, when tense is Future, the first one on or after it. ok is false when
// the expression names no real date (Feb. 30).
func Resolve(e Expr, anchor time.Time, tense Tense) (v Value, ok bool) {
	return resolve(e, anchor, tense, newsBias)
}

// resolve is Resolve with the bias for unmarked tense: newsBias, or
// narrativeBias for narratives, which move forward in time.
func resolve(e Expr, anchor time.Time, tense Tense, bias float64) (v Value, ok bool) {
	anchor = day(anchor.Year(), int(anchor.Month()), anchor.Day())
	switch e.Kind {
	case Reference:
		v = Value{Type: Date, Value: e.Ref, Mod: e.Mod, Future: e.Ref == "FUTURE_REF"}
		return v, true
	case Span:
		return Value{Type: Duration, Value: e.Period, Mod: e.Mod, Grain: e.Grain}, true
	case Recurrence:
		return Value{Type: Set, Value: e.Period, Mod: e.Mod, Grain: e.Grain}, true
	case Relative:
		start, ok := shift(periodStart(anchor, e.Grain), e.Grain, e.Offset)
		if !ok {
			return Value{}, false
		}
		v = period(start, e.Grain)
	case Calendar:
		var ok bool
		v, ok = resolveCalendar(e, anchor, tense, bias)
		if !ok {
			return Value{}, false
		}
	default:
		return Value{}, false
	}
	v.Type = Date
	if e.WeekOf && v.Grain == GrainDay {
		v = period(periodStart(v.Start, GrainWeek), GrainWeek)
		v.Type = Date
	}
	if e.PartOfDay != "" || e.Clock {
		v = withTimeOfDay(v, e)
	}
	v.Mod = e.Mod
	v.Start, v.End = narrow(v.Start, v.End, e.Mod)
	v.Future = v.Start.After(anchor)
	return v, true
}

// resolveCalendar picks the occurrence of a partial calendar expression.
func resolveCalendar(e Expr, anchor time.Time, tense Tense, bias float64) (Value, bool) {
	if e.RelYear {
		e.Year = anchor.Year() + e.YearOffset
	}
	switch {
	case e.Grain == GrainDecade:
		return period(day(e.Decade*10, 1, 1), GrainDecade), true
	case e.Grain == GrainCentury:
		return period(day(e.Century*100, 1, 1), GrainCentury), true
	case e.Weekday != 0 && e.Month == 0 && e.Year == 0 && e.Nth == 0:
		if tense == Unmarked && bias == newsBias {
			tense = Past // news reports what happened: "said Friday"
		}
		v := resolveWeekday(e, anchor, tense, bias)
		if e.Grain == GrainWeekend {
			v = period(v.Start, GrainWeekend) // "the weekend": from its Saturday
		}
		return v, true
	}
	// Every other calendar expression is a period of its grain inside a year;
	// candidate is that period in a given year, if it exists.
	candidate := func(y int) (time.Time, bool) {
		switch e.Grain {
		case GrainYear:
			return day(y, 1, 1), true
		case GrainHalf:
			return day(y, (e.Part-1)*6+1, 1), e.Part >= 1 && e.Part <= 2
		case GrainQuarter:
			return day(y, (e.Part-1)*3+1, 1), e.Part >= 1 && e.Part <= 4
		case GrainSeason:
			m, ok := seasonStart[e.Season]
			return day(y, m, 1), ok
		case GrainMonth:
			return day(y, e.Month, 1), e.Month >= 1 && e.Month <= 12
		case GrainDay, GrainPartOfDay, GrainMinute, GrainHour:
			if e.Nth != 0 {
				return nthWeekday(y, e.Month, e.Nth, e.Weekday), true
			}
			if e.Month < 1 || e.Month > 12 || e.Day < 1 || e.Day > daysIn(y, e.Month) {
				return time.Time{}, false
			}
			return day(y, e.Month, e.Day), true
		}
		return time.Time{}, false
	}
	g := e.Grain
	if g == GrainPartOfDay || g == GrainMinute || g == GrainHour {
		g = GrainDay
	}
	if e.Year != 0 {
		start, ok := candidate(e.Year)
		if !ok {
			return Value{}, false
		}
		return period(start, g), true
	}
	// Year unknown. A weekday given with the day picks the year whose date
	// falls on it ("Monday, Oct. 26"), nearest the anchor first.
	if e.Weekday != 0 && e.Day != 0 {
		for _, dy := range []int{0, -1, 1, -2, 2, -3, 3} {
			if start, ok := candidate(anchor.Year() + dy); ok && isoWeekday(start) == e.Weekday {
				return period(start, g), true
			}
		}
	}
	// Otherwise choose among the neighbouring years by direction.
	dir := e.Dir
	if dir == DirAuto && tense == Unmarked {
		// The nearest occurrence, the past preferred by bias.
		var prev, next time.Time
		for y := anchor.Year() - 2; y <= anchor.Year()+2; y++ {
			start, ok := candidate(y)
			if !ok {
				continue
			}
			if !start.After(anchor) {
				prev = start
			} else if next.IsZero() {
				next = start
			}
		}
		switch {
		case prev.IsZero() && next.IsZero():
			return Value{}, false
		case prev.IsZero():
			return period(next, g), true
		case next.IsZero():
			return period(prev, g), true
		}
		back := anchor.Sub(periodEnd(prev, g)).Hours()
		ahead := next.Sub(anchor).Hours()
		if back > 0 && ahead < bias*back {
			return period(next, g), true
		}
		return period(prev, g), true
	}
	var best time.Time
	found := false
	for y := anchor.Year() - 2; y <= anchor.Year()+2; y++ {
		start, ok := candidate(y)
		if !ok {
			continue
		}
		end := periodEnd(start, g)
		var take bool
		switch {
		case dir == DirThis:
			take = y == anchor.Year()
		case dir == DirLast:
			take = end.Before(anchor) // keep the latest
		case dir == DirNext:
			take = start.After(anchor) && !found
		case tense == Future:
			take = !end.Before(anchor) && !found
		default:
			take = !start.After(anchor) // keep the latest on or before
		}
		if take {
			best, found = start, true
		}
	}
	if !found {
		return Value{}, false
	}
	if dir == DirAuto && tense == Past && (g == GrainDay || g == GrainMonth) {
		if next, ok := nearFuture(best, g, anchor, candidate); ok {
			return period(next, g), true
		}
	}
	if dir == DirAuto && tense == Future && g == GrainQuarter {
		if prev, ok := justEnded(best, g, anchor, candidate); ok {
			return period(prev, g), true
		}
	}
	return period(best, g), true
}

// justEnded returns the occurrence of a quarter without a year that ended
// within nearFutureDays before the anchor when the next one, next, starts
// more than six times as far ahead: in a future-tense sentence of late
// October, "a third-quarter loss" or "will report third-quarter results" is
// the quarter just ended, whose results are yet to come (companies report
// within about 45 days of a quarter's end), not next year's.
func justEnded(next time.Time, g Grain, anchor time.Time, candidate func(int) (time.Time, bool)) (time.Time, bool) {
	for y := anchor.Year(); y >= anchor.Year()-1; y-- {
		prev, ok := candidate(y)
		if !ok || !periodEnd(prev, g).Before(anchor) {
			continue
		}
		back := anchor.Sub(periodEnd(prev, g)).Hours() / 24
		ahead := next.Sub(anchor).Hours() / 24
		if back <= nearFutureDays && back*6 < ahead {
			return prev, true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// nearFutureDays is how close ahead of the anchor a date or month without a
// year may lie to be read as this year's, even in a sentence in the past
// tense.
const nearFutureDays = 45

// nearFuture returns the next occurrence after the anchor of a date or
// month without a year when it lies within nearFutureDays and the previous
// one, prev, lies more than six times as far back. News style (AP) gives
// the year of a date that is not in the current year, so "the Jan. 14
// deadline" in an article of Jan. 5 is nine days ahead, not a year back,
// whatever the tense of the verb ("Meissner gave no reason for the Jan. 14
// deadline", "Conseco said it is calling for the redemption on Dec. 7").
func nearFuture(prev time.Time, g Grain, anchor time.Time, candidate func(int) (time.Time, bool)) (time.Time, bool) {
	for y := anchor.Year(); y <= anchor.Year()+1; y++ {
		next, ok := candidate(y)
		if !ok || !next.After(anchor) {
			continue
		}
		ahead := next.Sub(anchor).Hours() / 24
		back := anchor.Sub(periodEnd(prev, g)).Hours() / 24
		if ahead <= nearFutureDays && ahead*6 < back {
			return next, true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// seasonStart is the first month of each season (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// resolveWeekday picks the date of a bare weekday.
func resolveWeekday(e Expr, anchor time.Time, tense Tense, bias float64) Value {
	aw := isoWeekday(anchor)
	diffBack := (aw - e.Weekday + 7) % 7 // days back to the most recent one, 0 = today
	if e.Dir == DirAuto && tense == Unmarked {
		if fwd := (e.Weekday - aw + 7) % 7; diffBack > 0 && float64(fwd) < bias*float64(diffBack) {
			return period(anchor.AddDate(0, 0, fwd), GrainDay)
		}
		return period(anchor.AddDate(0, 0, -diffBack), GrainDay)
	}
	var d time.Time
	switch {
	case e.Dir == DirThis:
		d = anchor.AddDate(0, 0, e.Weekday-aw)
	case e.Dir == DirLast:
		if diffBack == 0 {
			diffBack = 7
		}
		d = anchor.AddDate(0, 0, -diffBack)
	case e.Dir == DirNext:
		fwd := (e.Weekday - aw + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		d = anchor.AddDate(0, 0, fwd)
	case tense == Future:
		d = anchor.AddDate(0, 0, (e.Weekday-aw+7)%7)
	default:
		d = anchor.AddDate(0, 0, -diffBack)
	}
	return period(d, GrainDay)
}

// withTimeOfDay turns a day value into a TIME value.
func withTimeOfDay(v Value, e Expr) Value {
	v.Type = Time
	if e.Clock {
		v.Value += fmt.Sprintf("T%02d:%02d", e.Hour, e.Minute)
		v.Grain = GrainMinute
	} else {
		v.Value += "T" + e.PartOfDay
		v.Grain = GrainPartOfDay
	}
	return v
}

// period returns the value of the period of grain g that starts at start.
func period(start time.Time, g Grain) Value {
	v := Value{Grain: g, Start: start, End: periodEnd(start, g)}
	y := start.Year()
	switch g {
	case GrainDay:
		v.Value = string(zeroPad(zeroPad(zeroPad(make([]byte, 0, 10), y, 4), int(start.Month()), 2, '-'), start.Day(), 2, '-'))
	case GrainWeek, GrainWeekend:
		wy, w := start.ISOWeek()
		v.Value = string(zeroPad(append(zeroPad(make([]byte, 0, 11), wy, 4), "-W"...), w, 2))
		if g == GrainWeekend {
			v.Value += "-WE"
		}
	case GrainMonth:
		v.Value = string(zeroPad(zeroPad(make([]byte, 0, 7), y, 4), int(start.Month()), 2, '-'))
	case GrainQuarter:
		v.Value = fmt.Sprintf("%04d-Q%d", y, (int(start.Month())-1)/3+1)
	case GrainHalf:
		v.Value = fmt.Sprintf("%04d-H%d", y, (int(start.Month())-1)/6+1)
	case GrainSeason:
		code := map[time.Month]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}[start.Month()]
		v.Value = fmt.Sprintf("%04d-%s", y, code)
	case GrainYear:
		v.Value = string(zeroPad(make([]byte, 0, 4), y, 4))
	case GrainDecade:
		v.Value = fmt.Sprintf("%03d", y/10)
	case GrainCentury:
		v.Value = fmt.Sprintf("%02d", y/100)
	}
	return v
}

// zeroPad appends the bytes of sep, then n in decimal with zeros in front
// to width digits, as fmt's %0*d does; it is the hot part of writing
// values.
func zeroPad(b []byte, n, width int, sep ...byte) []byte {
	b = append(b, sep...)
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n)
	}
	digits := 1
	for x := n; x >= 10; x /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// periodStart returns the start of the period of grain g containing t.
func periodStart(t time.Time, g Grain) time.Time {
	y, m := t.Year(), int(t.Month())
	switch g {
	case GrainWeek:
		return t.AddDate(0, 0, 1-isoWeekday(t))
	case GrainWeekend:
		return t.AddDate(0, 0, 6-isoWeekday(t))
	case GrainMonth:
		return day(y, m, 1)
	case GrainQuarter:
		return day(y, (m-1)/3*3+1, 1)
	case GrainHalf:
		return day(y, (m-1)/6*6+1, 1)
	case GrainSeason:
		// Winter spans the year boundary: January and February belong to the
		// winter that started the December before.
		switch {
		case m >= 12:
			return day(y, 12, 1)
		case m <= 2:
			return day(y-1, 12, 1)
		default:
			return day(y, (m-3)/3*3+3, 1)
		}
	case GrainYear:
		return day(y, 1, 1)
	case GrainDecade:
		return day(y-y%10, 1, 1)
	case GrainCentury:
		return day(y-y%100, 1, 1)
	}
	return t
}

// shift moves a period start by n periods of grain g.
func shift(t time.Time, g Grain, n int) (time.Time, bool) {
	switch g {
	case GrainDay:
		return t.AddDate(0, 0, n), true
	case GrainWeek, GrainWeekend:
		return t.AddDate(0, 0, 7*n), true
	case GrainMonth:
		return t.AddDate(0, n, 0), true
	case GrainSeason, GrainQuarter:
		return t.AddDate(0, 3*n, 0), true
	case GrainHalf:
		return t.AddDate(0, 6*n, 0), true
	case GrainYear:
		return t.AddDate(n, 0, 0), true
	case GrainDecade:
		return t.AddDate(10*n, 0, 0), true
	case GrainCentury:
		return t.AddDate(100*n, 0, 0), true
	}
	return t, false
}

// periodEnd returns the last day of the period of grain g starting at start.
func periodEnd(start time.Time, g Grain) time.Time {
	if g == GrainWeekend {
		return start.AddDate(0, 0, 1)
	}
	next, ok := shift(start, g, 1)
	if !ok {
		return start
	}
	return next.AddDate(0, 0, -1)
}

// narrow keeps the part of [start, end] that a START, MID or END modifier
// names: the first, middle or last third of its days.
func narrow(start, end time.Time, mod Mod) (time.Time, time.Time) {
	n := int(end.Sub(start).Hours()/24+0.5) + 1
	if n < 3 {
		return start, end
	}
	switch mod {
	case ModStart:
		return start, start.AddDate(0, 0, n/3-1)
	case ModMid:
		return start.AddDate(0, 0, n/3), start.AddDate(0, 0, 2*n/3-1)
	case ModEnd:
		return start.AddDate(0, 0, 2*n/3), end
	}
	return start, end
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// isoWeekday returns Monday = 1 .. Sunday = 7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// nthWeekday returns the nth ISO weekday wd of a month; n < 0 is the last.
func nthWeekday(y, m, n, wd int) time.Time {
	if n < 0 {
		last := day(y, m+1, 0)
		return last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7))
	}
	first := day(y, m, 1)
	return first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7+7*(n-1))
}
