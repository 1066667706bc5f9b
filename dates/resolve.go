package dates

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/internal/isodate"
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
	// Unmarked: no cue either way, or a modal alone. A weekday, a month, a
	// date or a season is the nearest one, with the past preferred: a
	// forecast for Sunday in a Saturday story, deadlines and scheduled
	// events ("payable Jan. 2", "expires Nov. 21") lie ahead.
	Unmarked
	// Term: Unmarked, with a word of limit or term just before the date
	// ("until", "by", "payable"), whatever the verbs say, or in the
	// infinitive of a verb of directing or intending ("were told to leave
	// on Sunday"): the nearest one, the past preferred: "gave them until
	// 9 a.m. Tuesday" in a story of Monday is the next day, "fought until
	// Tuesday" in a story of Thursday two days before.
	Term
	// Happened: Past, where the past verb nearest before the date is the
	// event's own ("the talks began on May 28"), not one of saying or
	// deciding, with no infinitive, modal or limit between: the date is the
	// most recent one, with no near-future exception (see nearFuture).
	Happened
	// Plan: Term, for a plan told in the past, the infinitive of a verb of
	// agreeing or directing ("had agreed to continue negotiations on
	// Wednesday"): the nearest one, neither side preferred, as the plan may
	// still lie ahead or have been carried out.
	Plan
)

// Biases for unmarked tense: the next occurrence is taken when it is nearer
// than bias times the distance to the previous one.
const (
	newsBias      = 0.5
	narrativeBias = 2.0
	planBias      = 1.0 // Plan: the nearer occurrence, the past on a tie
)

// Resolve turns an expression into a value, anchored at anchor (for news,
// the publication date; the time of day is ignored). A bare weekday, month,
// season or quarter resolves to the most recent one on or before the anchor
// when tense is Past, the first one on or after it when tense is Future,
// and the nearest one, the past preferred, when it is Unmarked or Term
// (see Tense). ok is false when the expression names no real date (Feb. 30).
func Resolve(e Expr, anchor time.Time, tense Tense) (v Value, ok bool) {
	return resolve(&e, anchor, tense, newsBias)
}

// resolve is Resolve with the bias for unmarked tense: newsBias, or
// narrativeBias for narratives, which move forward in time. It reads *e
// and never changes it; a pointer spares the copy of a large Expr.
func resolve(e *Expr, anchor time.Time, tense Tense, bias float64) (v Value, ok bool) {
	switch e.Kind {
	case Reference:
		v = Value{Type: Date, Value: e.Ref, Mod: e.Mod, Future: e.Ref == "FUTURE_REF"}
		return v, true
	case Span:
		return Value{Type: Duration, Value: e.Period, Mod: e.Mod, Grain: e.Grain}, true
	case Recurrence:
		return Value{Type: Set, Value: e.Period, Mod: e.Mod, Grain: e.Grain}, true
	}
	a := dateAt(anchor)
	var start date
	var g Grain
	switch e.Kind {
	case Relative:
		start, ok = a.startOf(e.Grain).shift(e.Grain, e.Offset)
		g = e.Grain
		if e.In != 0 {
			start, ok = (a + date(e.Days)).shift(e.Grain, e.Offset)
			start, g = start.startOf(e.In), e.In
		}
	case Calendar:
		start, g, ok = resolveCalendar(e, a, tense, bias)
	}
	if !ok {
		return Value{}, false
	}
	if e.WeekOf && g == GrainDay {
		start, g = start.startOf(GrainWeek), GrainWeek
	}
	if e.WeekendOf && g == GrainDay {
		if start.weekday() == 1 {
			start-- // Labor Day weekend: the Saturday and Sunday before the Monday
		}
		start, g = start.startOf(GrainWeekend), GrainWeekend
	}
	end := start.endOf(g)
	var buf [32]byte
	b := appendValue(buf[:0], start, g)
	v.Type = Date
	if e.Clock {
		b = zeroPad(append(zeroPad(append(b, 'T'), e.Hour, 2), ':'), e.Minute, 2)
		v.Type, g = Time, GrainMinute
	} else if e.PartOfDay != "" {
		b = append(append(b, 'T'), e.PartOfDay...)
		v.Type, g = Time, GrainPartOfDay
	}
	first, last := narrow(start, end, e.Mod)
	v.Value, v.Mod, v.Grain = string(b), e.Mod, g
	v.Start, v.End, v.Future = first.time(), last.time(), first > a
	return v, true
}

// resolveCalendar picks the occurrence of a partial calendar expression:
// the start of the period and its grain.
func resolveCalendar(e *Expr, a date, tense Tense, bias float64) (date, Grain, bool) {
	term, happened := tense == Term || tense == Plan, tense == Happened
	switch {
	case tense == Plan:
		tense, bias = Unmarked, planBias
	case term:
		tense = Unmarked
	case happened:
		tense = Past
	}
	ay, _, _ := a.ymd()
	year, known := e.fullYear(), e.Year != 0
	if e.RelYear {
		year, known = ay+e.YearOffset, true
	}
	switch {
	case e.Grain == GrainDecade:
		return dateOf(eraYear(e.Decade, 10, e.BC), 1, 1), GrainDecade, true
	case e.Grain == GrainCentury:
		return dateOf(eraYear(e.Century, 100, e.BC), 1, 1), GrainCentury, true
	case e.Weekday != 0 && e.Month == 0 && !known && e.Nth == 0:
		d := resolveWeekday(e, a, tense, bias) + date(e.Days)
		if e.Grain == GrainWeekend {
			return d, GrainWeekend, true // "the weekend": from its Saturday
		}
		if e.Grain == GrainWeek {
			return d.startOf(GrainWeek), GrainWeek, true // "midweek": the week of its Wednesday, from its Monday
		}
		return d, GrainDay, true
	}
	// Every other calendar expression is a period of its grain inside a year.
	g := e.Grain
	if g == GrainPartOfDay || g == GrainMinute || g == GrainHour {
		g = GrainDay
	}
	if known {
		start, ok := e.candidate(year)
		return start, g, ok
	}
	// Year unknown. A weekday given with the day picks the year whose date
	// falls on it ("Monday, Oct. 26"), nearest the anchor first.
	if e.Weekday != 0 && e.Day != 0 {
		if start, ok := weekdayYear(e, ay, tense); ok {
			return start, g, true
		}
	}
	// Otherwise choose among the neighbouring years by direction.
	dir := e.Dir
	if dir == DirAuto && tense == Unmarked {
		// The nearest occurrence, the past preferred by bias.
		var prev, next date
		hasPrev, hasNext := false, false
		for y := ay - 2; y <= ay+2; y++ {
			start, ok := e.candidate(y)
			if !ok {
				continue
			}
			if start <= a {
				prev, hasPrev = start, true
			} else if !hasNext {
				next, hasNext = start, true
			}
		}
		switch {
		case !hasPrev && !hasNext:
			return 0, g, false
		case !hasPrev:
			return next, g, true
		case !hasNext:
			return prev, g, true
		}
		back, ahead := a-prev.endOf(g), next-a // days
		if back > 0 && float64(ahead) < bias*float64(back) {
			return next, g, true
		}
		return prev, g, true
	}
	var best date
	found := false
	for y := ay - 2; y <= ay+2; y++ {
		start, ok := e.candidate(y)
		if !ok {
			continue
		}
		var take bool
		switch {
		case dir == DirThis:
			take = y == ay
		case dir == DirLast:
			take = start.endOf(g) < a // keep the latest
		case dir == DirNext:
			take = start > a && !found
		case dir == DirAhead:
			take = !found && start.endOf(g) >= a
		case tense == Future:
			end := start.endOf(g)
			if e.WeekOf || e.WeekendOf {
				end = start.startOf(GrainWeek).endOf(GrainWeek) // "set for the week of Aug. 22": the week holds the anchor
			}
			take = !found && end >= a
		default:
			take = start <= a // keep the latest on or before
		}
		if take {
			best, found = start, true
		}
	}
	if !found {
		return 0, g, false
	}
	if dir == DirAuto && tense == Past && !happened && (g == GrainDay || g == GrainMonth) {
		if next, ok := nearFuture(e, best, g, a); ok {
			return next, g, true
		}
	}
	if dir == DirAuto && tense == Future && g == GrainQuarter {
		if prev, ok := justEnded(e, best, g, a); ok {
			return prev, g, true
		}
	}
	return best, g, true
}

// candidate returns the start of the period that a calendar expression
// without its year names in year y, if that period exists.
func (e *Expr) candidate(y int) (date, bool) {
	switch e.Grain {
	case GrainYear:
		return dateOf(y, 1, 1), true
	case GrainHalf:
		return dateOf(y, (e.Part-1)*6+1, 1), e.Part >= 1 && e.Part <= 2
	case GrainQuarter:
		return dateOf(y, (e.Part-1)*3+1, 1), e.Part >= 1 && e.Part <= 4
	case GrainSeason:
		m, ok := seasonStart(e.Season)
		return dateOf(y, m, 1), ok
	case GrainMonth:
		return dateOf(y, e.Month, 1), e.Month >= 1 && e.Month <= 12
	case GrainDay, GrainPartOfDay, GrainMinute, GrainHour:
		switch {
		case e.Easter:
			return easterSunday(y) + date(e.Days), true
		case e.Nth != 0:
			return nthWeekday(y, e.Month, e.Nth, e.Weekday) + date(e.Days), true
		}
		if e.Month < 1 || e.Month > 12 || e.Day < 1 || e.Day > isodate.DaysIn(y, time.Month(e.Month)) {
			return 0, false
		}
		return dateOf(y, e.Month, e.Day) + date(e.Days), true
	}
	return 0, false
}

// justEnded returns the occurrence of a quarter without a year that ended
// within nearFutureDays before the anchor a when the next one, next, starts
// more than six times as far ahead: in a future-tense sentence of late
// October, "a third-quarter loss" or "will report third-quarter results" is
// the quarter just ended, whose results are yet to come (companies report
// within about 45 days of a quarter's end), not next year's.
func justEnded(e *Expr, next date, g Grain, a date) (date, bool) {
	ay, _, _ := a.ymd()
	for y := ay; y >= ay-1; y-- {
		prev, ok := e.candidate(y)
		if !ok || prev.endOf(g) >= a {
			continue
		}
		back, ahead := a-prev.endOf(g), next-a // days
		if back <= nearFutureDays && back*6 < ahead {
			return prev, true
		}
		return 0, false
	}
	return 0, false
}

// nearFutureDays is how close ahead of the anchor a date or month without a
// year may lie to be read as this year's, even in a sentence in the past
// tense.
const nearFutureDays = 45

// nearFuture returns the next occurrence after the anchor a of a date or
// month without a year when it lies within nearFutureDays and the previous
// one, prev, lies more than six times as far back. News style (AP) gives
// the year of a date that is not in the current year, so "the Jan. 14
// deadline" in an article of Jan. 5 is nine days ahead, not a year back,
// whatever the tense of the verb ("Meissner gave no reason for the Jan. 14
// deadline", "Conseco said it is calling for the redemption on Dec. 7").
func nearFuture(e *Expr, prev date, g Grain, a date) (date, bool) {
	ay, _, _ := a.ymd()
	for y := ay; y <= ay+1; y++ {
		next, ok := e.candidate(y)
		if !ok || next <= a {
			continue
		}
		ahead, back := next-a, a-prev.endOf(g) // days
		if ahead <= nearFutureDays && ahead*6 < back {
			return next, true
		}
		return 0, false
	}
	return 0, false
}

// seasonStart returns the first month of a season (northern hemisphere) by
// its code.
func seasonStart(code string) (month int, ok bool) {
	switch code {
	case "SP":
		return 3, true
	case "SU":
		return 6, true
	case "FA":
		return 9, true
	case "WI":
		return 12, true
	}
	return 0, false
}

// seasonCodes is the code of the season that starts in each month, by month.
var seasonCodes = [13]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}

// resolveWeekday picks the date of a bare weekday.
func resolveWeekday(e *Expr, a date, tense Tense, bias float64) date {
	aw := a.weekday()
	diffBack := date((aw - e.Weekday + 7) % 7) // days back to the most recent one, 0 = today
	fwd := date((e.Weekday - aw + 7) % 7)      // days ahead to the next one, 0 = today
	if e.Dir == DirAuto && tense == Unmarked {
		if diffBack > 0 && float64(fwd) < bias*float64(diffBack) {
			return a + fwd
		}
		return a - diffBack
	}
	switch {
	case e.Dir == DirThis:
		return a + date(e.Weekday-aw)
	case e.Dir == DirLast:
		if diffBack == 0 {
			diffBack = 7
		}
		return a - diffBack
	case e.Dir == DirNext:
		if fwd == 0 {
			fwd = 7
		}
		return a + fwd
	case e.Dir == DirAhead || tense == Future:
		return a + fwd
	}
	return a - diffBack
}

// period returns the value of the period of grain g that starts on the day
// of start.
func period(start time.Time, g Grain) Value {
	d := dateAt(start)
	var buf [32]byte
	return Value{Grain: g, Value: string(appendValue(buf[:0], d, g)), Start: d.time(), End: d.endOf(g).time()}
}

// appendValue appends the TIMEX3 value of the period of grain g that starts
// on start: 2016-08-26, 2016-W34, 2016-W34-WE, 2016-08, 2016-SU, 2016-Q3,
// 2016-H2, 2016, 201 (a decade), 20 (a century). Before the common era,
// the year counts back after "BC", as TIMEX2 writes it: BC0499 (499 BC),
// BC0480-08, BC047 (the 470s BC), BC03 (the 300s BC), for the periods
// eraYear aligns. It appends nothing for other grains.
func appendValue(b []byte, start date, g Grain) []byte {
	y, m, d := start.ymd()
	if y < 1 && g >= GrainDay {
		b, y = append(b, 'B', 'C'), 1-y
	}
	switch g {
	case GrainDay:
		return zeroPad(append(zeroPad(append(zeroPad(b, y, 4), '-'), m, 2), '-'), d, 2)
	case GrainWeek, GrainWeekend:
		wy, w := start.isoWeek()
		if wy < 1 {
			wy = 1 - wy
		}
		b = zeroPad(append(zeroPad(b, wy, 4), '-', 'W'), w, 2)
		if g == GrainWeekend {
			b = append(b, "-WE"...)
		}
		return b
	case GrainMonth:
		return zeroPad(append(zeroPad(b, y, 4), '-'), m, 2)
	case GrainQuarter:
		return append(zeroPad(b, y, 4), '-', 'Q', byte('0'+(m-1)/3+1))
	case GrainHalf:
		return append(zeroPad(b, y, 4), '-', 'H', byte('0'+(m-1)/6+1))
	case GrainSeason:
		return append(append(zeroPad(b, y, 4), '-'), seasonCodes[m]...)
	case GrainYear:
		return zeroPad(b, y, 4)
	case GrainDecade:
		return zeroPad(b, y/10, 3)
	case GrainCentury:
		return zeroPad(b, y/100, 2)
	}
	return b
}

// zeroPad appends n in decimal with zeros in front to width digits, as
// fmt's %0*d does; it is the hot part of writing values, and writes the
// usual ones (years, months, days, weeks) byte by byte.
func zeroPad(b []byte, n, width int) []byte {
	switch {
	case width == 2 && uint(n) < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && uint(n) < 10000:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	return fmt.Appendf(b, "%0*d", width, n)
}

// periodStart returns the start (midnight UTC) of the period of grain g
// containing the day of t; t itself for a day or finer.
func periodStart(t time.Time, g Grain) time.Time {
	if g > GrainDay && g <= GrainCentury {
		return dateAt(t).startOf(g).time()
	}
	return t
}

// shift moves the day of a period start t by n periods of grain g, as
// t.AddDate does; ok is false for grains finer than a day.
func shift(t time.Time, g Grain, n int) (time.Time, bool) {
	d, ok := dateAt(t).shift(g, n)
	if !ok {
		return t, false
	}
	return d.time(), true
}

// narrow keeps the part of [start, end] that a START, MID or END modifier
// names: the first, middle or last third of its days.
func narrow(start, end date, mod Mod) (date, date) {
	n := end - start + 1
	if n < 3 {
		return start, end
	}
	switch mod {
	case ModStart:
		return start, start + n/3 - 1
	case ModMid:
		return start + n/3, start + 2*n/3 - 1
	case ModEnd:
		return start + 2*n/3, end
	}
	return start, end
}

// day returns midnight UTC of y-m-d, normalised as time.Date does.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// A date is a day of the proleptic Gregorian calendar, counted from
// 1970-01-01 (day 0; negative before). The resolver does its calendar
// arithmetic on dates: dateOf normalises a year, month and day exactly as
// time.Date does (month 13 is January of the next year, day 0 the last day
// of the month before), so dateOf(y, m+n, d) is AddDate(0, n, 0) and
// d+n is AddDate(0, 0, n); TestDateMatchesTime checks them against the time
// package day by day over thousands of years. Only the value's Start and
// End become time.Time, at the end.
type date int64

// dateOf returns the date of year y, month m, day d, normalised as
// time.Date normalises them.
func dateOf(y, m, d int) date {
	if m < 1 || m > 12 {
		// Month first, into the year, as time.Date does.
		m--
		y += m / 12
		m %= 12
		if m < 0 {
			m += 12
			y--
		}
		m++
	}
	if y <= -civilYears || y > 2_000_000 {
		return civilDate(y, m, d)
	}
	// C. Neri and L. Schneider's days from civil ("Euclidean affine
	// functions and their application to calendar algorithms", 2022), in
	// unsigned 32-bit arithmetic: a year from March, so that the leap day is
	// the last of it, counted from March 1 of year -civilYears.
	jf := uint32(0)
	if m <= 2 {
		jf = 1
	}
	yy := uint32(y+civilYears) - jf
	mm := uint32(m) + 12*jf
	c := yy / 100
	days := 1461*yy/4 - c + c/4 + (979*mm-2919)/32
	return date(days) + date(d-1) - civilDays
}

// Neri and Schneider's algorithms count days and years from March 1 of
// year -civilYears, a multiple of 400 years (146097 days) before 1970, so
// that they may be unsigned; civilDays is the day of 1970-01-01 so
// counted.
const (
	civilYears = 400 * 82
	civilDays  = 719468 + 146097*82
)

// civilDate is dateOf for any year, with H. Hinnant's days from civil, for
// the years out of the range of dateOf's unsigned arithmetic; m is 1 to 12.
func civilDate(y, m, d int) date {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400                     // [0, 399]
	doy := (153*((m+9)%12)+2)/5 + d - 1    // from March 1st; d may overflow the month
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096] for days inside the month
	return date(era)*146097 + date(doe) - 719468
}

// ymd returns the year, month (1 to 12) and day of d.
func (d date) ymd() (y, m, day int) {
	if d < -civilDays || d >= 1<<30-civilDays {
		return d.civil()
	}
	// Neri and Schneider's civil from days (see dateOf).
	n1 := 4*uint32(d+civilDays) + 3
	c := n1 / 146097
	n2 := n1%146097 | 3
	p2 := 2939745 * uint64(n2)
	yy := 100*c + uint32(p2>>32)
	ny := uint32(p2) / 2939745 / 4 // day of the year from March 1st
	n3 := 2141*ny + 197913
	mm, dd := n3>>16, n3&0xffff/2141
	if ny >= 306 { // January or February: of the next year
		yy++
		mm -= 12
	}
	return int(yy) - civilYears, int(mm), int(dd) + 1
}

// civil is ymd for any date, with H. Hinnant's civil from days, for the
// dates out of the range of ymd's unsigned arithmetic.
func (d date) civil() (y, m, day int) {
	z := d + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := int(z - era*146097)                             // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365], from March 1st
	mp := (5*doy + 2) / 153                                // [0, 11], from March
	day = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + int(era)*400
	if m <= 2 {
		y++
	}
	return y, m, day
}

// dateAt returns the date of t's day in t's location.
func dateAt(t time.Time) date {
	if t.Location() == time.UTC {
		s := t.Unix()
		n := s / 86400
		if s < 0 && s%86400 != 0 {
			n--
		}
		return date(n)
	}
	y, m, d := t.Date()
	return dateOf(y, int(m), d)
}

// time returns midnight UTC of d, as time.Date(y, m, d, 0, 0, 0, 0,
// time.UTC) does.
func (d date) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// weekday returns d's ISO weekday: Monday = 1 .. Sunday = 7.
func (d date) weekday() int {
	w := int((d + 3) % 7) // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return w + 1
}

// isoWeek returns the ISO 8601 year and week of d, as time.Time.ISOWeek
// does: the week is the year's that holds its Thursday.
func (d date) isoWeek() (year, week int) {
	thu := d + date(4-d.weekday())
	year, _, _ = thu.ymd()
	return year, int(thu-dateOf(year, 1, 1))/7 + 1
}

// startOf returns the start of the period of grain g containing d; d itself
// for a day or finer.
func (d date) startOf(g Grain) date {
	switch g {
	case GrainWeek:
		return d + date(1-d.weekday())
	case GrainWeekend:
		return d + date(6-d.weekday())
	}
	if g <= GrainWeek || g > GrainCentury {
		return d
	}
	y, m, _ := d.ymd()
	switch g {
	case GrainMonth:
		return dateOf(y, m, 1)
	case GrainQuarter:
		return dateOf(y, (m-1)/3*3+1, 1)
	case GrainHalf:
		return dateOf(y, (m-1)/6*6+1, 1)
	case GrainSeason:
		// Winter spans the year boundary: January and February belong to the
		// winter that started the December before.
		switch {
		case m >= 12:
			return dateOf(y, 12, 1)
		case m <= 2:
			return dateOf(y-1, 12, 1)
		default:
			return dateOf(y, (m-3)/3*3+3, 1)
		}
	case GrainYear:
		return dateOf(y, 1, 1)
	case GrainDecade:
		return dateOf(eraStart(y, 10), 1, 1)
	case GrainCentury:
		return dateOf(eraStart(y, 100), 1, 1)
	}
	return d
}

// eraStart returns the first year of the period of n years (10: a
// decade, 100: a century) that holds the astronomical year y, as its value
// names it: 1990 for 1994 (the 1990s). Before the common era the periods
// count back, so the first year is the highest year BC: 479 BC (-478) for
// 475 BC (-474), the 470s BC, which run from 479 to 470 BC.
func eraStart(y, n int) int {
	if y >= 1 {
		return eraYear(y/n, n, false)
	}
	return eraYear((1-y)/n, n, true)
}

// eraYear returns the astronomical first year of the period of n years
// numbered i (199 with n = 10: the 1990s), or, with bc, the one that
// counts back from the common era (47 with n = 10: the 470s BC, from 479
// BC, -478). The first periods of either era begin at its first year
// (AD 1, 1 BC), as there is no year 0 on either side.
func eraYear(i, n int, bc bool) int {
	if bc {
		return 1 - (i*n + n - 1)
	}
	return max(i*n, 1)
}

// shift moves d by n periods of grain g, as AddDate does: a month from
// January 31 is March 2 or 3, as time.Date normalises February 31. ok is
// false for grains finer than a day.
func (d date) shift(g Grain, n int) (date, bool) {
	switch g {
	case GrainDay:
		return d + date(n), true
	case GrainWeek, GrainWeekend:
		return d + date(7*n), true
	}
	months := 0
	switch g {
	case GrainMonth:
		months = n
	case GrainSeason, GrainQuarter:
		months = 3 * n
	case GrainHalf:
		months = 6 * n
	case GrainYear:
		months = 12 * n
	case GrainDecade:
		months = 120 * n
	case GrainCentury:
		months = 1200 * n
	default:
		return d, false
	}
	y, m, dd := d.ymd()
	return dateOf(y, m+months, dd), true
}

// endOf returns the last day of the period of grain g starting on d.
func (d date) endOf(g Grain) date {
	switch g {
	case GrainDay:
		return d
	case GrainWeekend:
		return d + 1
	case GrainWeek:
		return d + 6
	}
	next, ok := d.shift(g, 1)
	if !ok {
		return d
	}
	return next - 1
}

// easterSunday returns Easter Sunday of year y in the Gregorian calendar,
// by the anonymous Gregorian computus (Meeus/Jones/Butcher).
func easterSunday(y int) date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dateOf(y, month, day)
}

// nthWeekday returns the nth ISO weekday wd of a month; n < 0 is the last.
func nthWeekday(y, m, n, wd int) date {
	if n < 0 {
		last := dateOf(y, m+1, 0)
		return last - date((last.weekday()-wd+7)%7)
	}
	first := dateOf(y, m, 1)
	return first + date((wd-first.weekday()+7)%7+7*(n-1))
}

// weekdayYear returns the date of e, a day of a month with its weekday,
// in the year that puts it on that weekday: the anchor's year ay or the
// nearest one, by tense: the past looks back only ("the state was called
// on Saturday, Nov. 7" in a story of 2024 is 2020, not 2026 two years
// ahead), the future ahead only, an unmarked sentence both ways, the
// nearer first.
func weekdayYear(e *Expr, ay int, tense Tense) (date, bool) {
	steps := [...]int{0, -1, 1, -2, 2, -3, 3}
	switch tense {
	case Past, Happened:
		steps = [...]int{0, -1, -2, -3, -4, -5, -6}
	case Future:
		steps = [...]int{0, 1, 2, 3, 4, 5, 6}
	}
	for _, dy := range steps {
		if start, ok := e.candidate(ay + dy); ok && start.weekday() == e.Weekday {
			return start, true
		}
	}
	return 0, false
}
