package render

import (
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

// Label returns a human date label that keeps the value's grain, with AP
// style month abbreviations ("Aug.", "Sept.", but "March" to "July" in full):
//
//	2016-08-26        Fri. Aug. 26, 2016
//	2016-W34          week of Aug. 22, 2016   (the Monday of the ISO week)
//	2016-W34-WE       weekend of Aug. 27, 2016
//	2016-08           Aug. 2016               (START: early Aug. 2016, MID: mid-Aug. 2016)
//	2016-SU           summer 2016
//	2016-Q3           Q3 2016
//	2016-H1           first half of 2016
//	2016              2016                    (START: early 2016, MID: mid-2016)
//	201               the 2010s
//	20                the 21st century
//	2016-08-26T15:00  Fri. Aug. 26, 2016, 3:00 p.m.
//	2016-08-26TMO     Fri. Aug. 26, 2016, morning
//	PT48H             48 hours                (MORE_THAN: more than 48 hours)
//	XXXX-WXX-5        every Friday            (a SET)
//	P1W               weekly                  (a SET)
//	FUTURE_REF        in the future           (PAST_REF: in the past; PRESENT_REF: now)
//
// APPROX, BEFORE and AFTER read "about", "before" and "after". A value whose
// TIMEX3 string cannot be read is labeled from its interval and grain, and
// failing that is returned as written; Label never fails.
func Label(v dates.Value) string {
	l, ok := labelValue(v)
	if !ok {
		if !v.HasInterval() {
			return v.Value
		}
		l = labelInterval(v.Start, v.Grain)
	}
	return l.withMod(v.Mod)
}

// shape says how a positional modifier (START, MID, END) attaches to a label.
type shape int

const (
	shapeNone  shape = iota // durations and references: positional mods are dropped
	shapeBare               // early Aug. 2016, mid-Aug. 2016, late Aug. 2016
	shapeThe                // the early 2010s, the mid-2010s
	shapeSpan               // early in the week of Aug. 22, 2016
	shapeDay                // early on Fri. Aug. 26, 2016
	shapeFixed              // already modified by the rule that built it
)

// label is a label before its modifier: head is left alone, a positional
// modifier goes in front of tail ("Fri. Aug. 26, 2016, " + "early morning").
type label struct {
	head, tail string
	shape      shape
}

func bare(s string) label { return label{tail: s, shape: shapeBare} }

func (l label) withMod(m dates.Mod) string {
	tail := l.tail
	switch m {
	case dates.ModStart, dates.ModMid, dates.ModEnd:
		tail = positional(tail, m, l.shape)
	case dates.ModNone:
	default:
		return modPrefix(m, l.shape) + l.head + tail
	}
	return l.head + tail
}

func positional(s string, m dates.Mod, sh shape) string {
	i := 0 // index of m among START, MID, END
	switch m {
	case dates.ModMid:
		i = 1
	case dates.ModEnd:
		i = 2
	}
	switch sh {
	case shapeBare:
		return [...]string{"early ", "mid-", "late "}[i] + s
	case shapeThe:
		rest, _ := strings.CutPrefix(s, "the ")
		return "the " + [...]string{"early ", "mid-", "late "}[i] + rest
	case shapeSpan:
		return [...]string{"early in the ", "in the middle of the ", "late in the "}[i] + s
	case shapeDay:
		return [...]string{"early on ", "midday on ", "late on "}[i] + s
	}
	return s
}

func modPrefix(m dates.Mod, sh shape) string {
	switch m {
	case dates.ModApprox:
		return "about "
	case dates.ModBefore:
		return "before "
	case dates.ModAfter:
		return "after "
	case dates.ModOnOrAfter:
		return "on or after "
	case dates.ModMoreThan:
		return "more than "
	case dates.ModLessThan:
		return "less than "
	case dates.ModEqOrMore:
		if sh == shapeNone {
			return "at least "
		}
		return "on or after "
	case dates.ModEqOrLess:
		if sh == shapeNone {
			return "no more than "
		}
		return "on or before "
	}
	return ""
}

// labelValue labels v from its TIMEX3 value string.
func labelValue(v dates.Value) (label, bool) {
	s := v.Value
	switch s {
	case "":
		return label{}, false
	case "PRESENT_REF":
		return label{tail: "now"}, true
	case "PAST_REF":
		return label{tail: "in the past"}, true
	case "FUTURE_REF":
		return label{tail: "in the future"}, true
	}
	if v.Type == dates.Set {
		if l, ok := labelSet(s); ok {
			return l, true
		}
	}
	if strings.HasPrefix(s, "P") {
		w, ok := durationWords(s)
		return label{tail: w}, ok
	}
	return labelDate(s)
}

// labelDate labels a TIMEX3 date or time value such as 2016-08-26T15:00.
// A value before the common era, as TIMEX2 writes it (BC0499, BC0480-04,
// BC047, BC03), reads as the same value of its year counted back, with
// "BC" after the year: "499 BC", "April 480 BC", "the 470s BC", "the 4th
// century BC", "Aug. 2, 480 BC" (without a weekday, which the calendar
// of the time did not have).
func labelDate(s string) (label, bool) {
	if rest, ok := strings.CutPrefix(s, "BC"); ok {
		return labelEra(rest, " BC")
	}
	return labelEra(s, "")
}

// labelEra is labelDate of s, a value without its era, with era (" BC"
// or "") written after its year.
func labelEra(s, era string) (label, bool) {
	datePart, timePart, hasTime := strings.Cut(s, "T")
	var f [3]string
	n := splitDate(datePart, &f)
	year, yearOK := number(f[0], 4)
	if !yearOK && f[0] != "XXXX" {
		if n > 1 || hasTime {
			return label{}, false
		}
		if d, ok := number(f[0], 3); ok {
			return label{tail: "the " + strconv.Itoa(d*10) + "s" + era, shape: shapeThe}, true
		}
		if c, ok := number(f[0], 2); ok {
			return label{tail: "the " + ordinal(c+1) + " century" + era, shape: shapeThe}, true
		}
		return label{}, false
	}
	if hasTime && n != 3 {
		return label{}, false
	}
	switch n {
	case 1:
		if !yearOK {
			return label{}, false
		}
		return bare(strconv.Itoa(year) + era), true
	case 2:
		suffix := "" // " 2016", or "" when the year is unknown
		if yearOK {
			suffix = " " + strconv.Itoa(year) + era
		}
		if m, ok := number(f[1], 2); ok && m >= 1 && m <= 12 {
			if !yearOK {
				return bare(time.Month(m).String()), true
			}
			return bare(monthAbbr(time.Month(m)) + suffix), true
		}
		if !yearOK {
			return label{}, false
		}
		if name := seasonName(f[1]); name != "" { // before weeks: WI is winter
			return bare(name + suffix), true
		}
		if w, ok := strings.CutPrefix(f[1], "W"); ok && era == "" { // no weeks before the common era
			mon, ok := isoWeekMonday(year, w)
			if !ok {
				return label{}, false
			}
			return label{tail: "week of " + dayLabel(mon, false), shape: shapeSpan}, true
		}
		if q, ok := strings.CutPrefix(f[1], "Q"); ok && len(q) == 1 && q >= "1" && q <= "4" {
			return bare("Q" + q + suffix), true
		}
		switch f[1] {
		case "H1":
			return label{tail: "first half of" + suffix, shape: shapeSpan}, true
		case "H2":
			return label{tail: "second half of" + suffix, shape: shapeSpan}, true
		}
		return label{}, false
	case 3:
		day, ok := dayOf(year, yearOK, f[1], f[2])
		if !ok {
			if w, isWeek := strings.CutPrefix(f[1], "W"); isWeek && yearOK && f[2] == "WE" && !hasTime && era == "" {
				mon, ok := isoWeekMonday(year, w)
				if !ok {
					return label{}, false
				}
				return label{tail: "weekend of " + dayLabel(mon.AddDate(0, 0, 5), false), shape: shapeSpan}, true
			}
			return label{}, false
		}
		d := dayLabel(day, yearOK && era == "") + era
		if !yearOK {
			d = monthAbbr(day.Month()) + " " + strconv.Itoa(day.Day())
		}
		if !hasTime {
			return label{tail: d, shape: shapeDay}, true
		}
		if pod := partOfDay(timePart); pod != "" {
			return label{head: d + ", ", tail: pod, shape: shapeBare}, true
		}
		clock, ok := clockLabel(timePart)
		if !ok {
			return label{}, false
		}
		return label{tail: d + ", " + clock, shape: shapeDay}, true
	}
	return label{}, false
}

// splitDate splits the date part of a TIMEX3 value at its dashes into f,
// as strings.Split does but without making a slice, and returns how many
// fields there are; only the first three are kept.
func splitDate(s string, f *[3]string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '-')
		if i < 0 {
			break
		}
		if n < len(f) {
			f[n] = s[:i]
		}
		s = s[i+1:]
		n++
	}
	if n < len(f) {
		f[n] = s
	}
	return n + 1
}

// dayOf reads a calendar day from a month and day field ("08", "26") or an
// ISO week and weekday ("W34", "5"). Without a known year it uses 2000, a
// leap year, so that Feb. 29 is accepted.
func dayOf(year int, yearOK bool, f1, f2 string) (time.Time, bool) {
	if !yearOK {
		year = 2000
	}
	if w, ok := strings.CutPrefix(f1, "W"); ok && yearOK {
		wd, ok := number(f2, 1)
		if !ok || wd < 1 || wd > 7 {
			return time.Time{}, false
		}
		mon, ok := isoWeekMonday(year, w)
		return mon.AddDate(0, 0, wd-1), ok
	}
	m, ok1 := number(f1, 2)
	d, ok2 := number(f2, 2)
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // Feb. 30 and the like normalize into the next month
		return time.Time{}, false
	}
	return t, true
}

// isoWeekMonday returns the Monday of ISO week w ("34") of year.
func isoWeekMonday(year int, w string) (time.Time, bool) {
	n, ok := number(w, 2)
	if !ok || n < 1 || n > 53 {
		return time.Time{}, false
	}
	jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
	week1 := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	mon := week1.AddDate(0, 0, 7*(n-1))
	if y, wk := mon.ISOWeek(); y != year || wk != n { // week 53 of a 52-week year
		return time.Time{}, false
	}
	return mon, true
}

// labelInterval labels an interval from its first instant and grain, for
// values whose TIMEX3 string Label cannot read.
func labelInterval(t time.Time, g dates.Grain) label {
	y := strconv.Itoa(t.Year())
	switch g {
	case dates.GrainSecond, dates.GrainMinute, dates.GrainHour:
		clock := clockWords(t.Hour(), t.Minute(), t.Second(), g == dates.GrainSecond)
		return label{tail: dayLabel(t, true) + ", " + clock, shape: shapeDay}
	case dates.GrainPartOfDay:
		pod := "night"
		switch h := t.Hour(); {
		case h >= 5 && h < 12:
			pod = "morning"
		case h >= 12 && h < 17:
			pod = "afternoon"
		case h >= 17 && h < 21:
			pod = "evening"
		}
		return label{head: dayLabel(t, true) + ", ", tail: pod, shape: shapeBare}
	case dates.GrainWeek:
		mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return label{tail: "week of " + dayLabel(mon, false), shape: shapeSpan}
	case dates.GrainWeekend:
		sat := t.AddDate(0, 0, -((int(t.Weekday())+6)%7)+5)
		return label{tail: "weekend of " + dayLabel(sat, false), shape: shapeSpan}
	case dates.GrainMonth:
		return bare(monthAbbr(t.Month()) + " " + y)
	case dates.GrainSeason:
		year, code := t.Year(), "WI"
		switch t.Month() {
		case time.March, time.April, time.May:
			code = "SP"
		case time.June, time.July, time.August:
			code = "SU"
		case time.September, time.October, time.November:
			code = "FA"
		case time.January, time.February:
			year-- // winter 2016 runs from December 2016
		}
		return bare(seasonName(code) + " " + strconv.Itoa(year))
	case dates.GrainQuarter:
		return bare("Q" + strconv.Itoa((int(t.Month())+2)/3) + " " + y)
	case dates.GrainHalf:
		if t.Month() <= time.June {
			return label{tail: "first half of " + y, shape: shapeSpan}
		}
		return label{tail: "second half of " + y, shape: shapeSpan}
	case dates.GrainYear:
		return bare(y)
	case dates.GrainDecade:
		return label{tail: "the " + strconv.Itoa(t.Year()/10*10) + "s", shape: shapeThe}
	case dates.GrainCentury:
		return label{tail: "the " + ordinal(t.Year()/100+1) + " century", shape: shapeThe}
	}
	return label{tail: dayLabel(t, true), shape: shapeDay}
}

// dayLabel formats a day as "Fri. Aug. 26, 2016", or "Aug. 26, 2016" without
// the weekday. It reads the date once and makes one string.
func dayLabel(t time.Time, weekday bool) string {
	y, m, d := t.Date()
	b := make([]byte, 0, 24)
	if weekday {
		b = append(append(b, weekdayAbbr(t.Weekday())...), ' ')
	}
	b = append(append(b, monthAbbr(m)...), ' ')
	b = append(strconv.AppendInt(b, int64(d), 10), ", "...)
	return string(strconv.AppendInt(b, int64(y), 10))
}

// clockLabel formats the time part of a TIMEX3 value ("15:00", "09:30:05Z",
// "15") in AP style: "3:00 p.m.", "9:30:05 a.m. UTC", "noon".
func clockLabel(s string) (string, bool) {
	zone := ""
	switch {
	case strings.HasSuffix(s, "Z"):
		s, zone = s[:len(s)-1], " UTC"
	case strings.LastIndexAny(s, "+-") > 0:
		i := strings.LastIndexAny(s, "+-")
		s, zone = s[:i], " UTC"+s[i:]
	}
	f := strings.Split(s, ":")
	if len(f) > 3 {
		return "", false
	}
	var hms [3]int
	for i, x := range f {
		if i == 2 { // seconds may carry a fraction; drop it
			x, _, _ = strings.Cut(x, ".")
		}
		n, ok := number(x, 2)
		if !ok {
			return "", false
		}
		hms[i] = n
	}
	if hms[0] > 24 || hms[1] > 59 || hms[2] > 60 {
		return "", false
	}
	return clockWords(hms[0], hms[1], hms[2], len(f) == 3) + zone, true
}

func clockWords(h, m, sec int, seconds bool) string {
	if m == 0 && sec == 0 {
		switch h {
		case 0, 24:
			return "midnight"
		case 12:
			return "noon"
		}
	}
	ampm := "a.m."
	if h >= 12 && h < 24 {
		ampm = "p.m."
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	s := strconv.Itoa(h12) + ":" + twoDigits(m)
	if seconds {
		s += ":" + twoDigits(sec)
	}
	return s + " " + ampm
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// partOfDay names a TIMEX3 part of day ("MO"), or returns "".
func partOfDay(code string) string {
	switch code {
	case "MO":
		return "morning"
	case "MI":
		return "midday"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	case "DT":
		return "daytime"
	}
	return ""
}

// seasonName names a TIMEX3 season ("SU"), or returns "".
func seasonName(code string) string {
	switch code {
	case "SP":
		return "spring"
	case "SU":
		return "summer"
	case "FA":
		return "fall"
	case "WI":
		return "winter"
	}
	return ""
}

// AP style abbreviations: months of five letters or fewer are spelled out,
// September is "Sept.", and weekdays take three letters.
var (
	monthAbbrs = [...]string{"Jan.", "Feb.", "March", "April", "May", "June",
		"July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	weekdayAbbrs = [...]string{"Sun.", "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat."}
)

func monthAbbr(m time.Month) string     { return monthAbbrs[(m+11)%12] }
func weekdayAbbr(d time.Weekday) string { return weekdayAbbrs[d%7] }

// ordinal returns "1st", "2nd", "3rd", "4th", "11th", "21st" ...
func ordinal(n int) string {
	suffix := "th"
	switch n % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if n%100 >= 11 && n%100 <= 13 {
		suffix = "th"
	}
	return strconv.Itoa(n) + suffix
}

// number parses s as exactly width ASCII digits.
func number(s string, width int) (int, bool) {
	if len(s) != width {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// WhenLabel is the Label of an event's date, which may be a range of dates
// (timeline.When.IsRange): the labels of its first and last dates joined
// by an en dash, the words at the end, or else at the start, that they
// share written once:
//
//	Oct. 3-4                   Sat. Oct. 3 – Sun. Oct. 4, 2026
//	March to June              March – June 2026
//	from 9 a.m. to 5 p.m.      Tue. Sept. 22, 2026, 9:00 a.m. – 5:00 p.m.
//	from 1990 to 1995          1990 – 1995
func WhenLabel(w *timeline.When) string {
	first := Label(w.Value)
	if !w.IsRange() {
		return first
	}
	end := dates.Value{Type: w.Type, Value: w.EndValue, Grain: w.Grain, Start: w.End, End: w.End}
	return joinLabels(first, Label(end))
}

// rangeDash joins the labels of the first and last dates of a range.
const rangeDash = " – "

// joinLabels joins first and last, the labels of the ends of a range,
// with rangeDash: the year they end with in common ("2026" of "Sat. Oct.
// 3, 2026" and "Sun. Oct. 4, 2026") is written only after last; else the
// day they start with in common, up to its comma ("Tue. Sept. 22, 2026,"
// of two times of a day), only before first.
func joinLabels(first, last string) string {
	a, b := strings.Fields(first), strings.Fields(last)
	n := 0 // words in common at the end
	for n < len(a)-1 && n < len(b)-1 && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && !startsWithDigit(a[len(a)-n]) {
		n-- // "p.m." of "3:00 p.m." and "6:00 p.m." is no year
	}
	if n > 0 {
		head := strings.TrimSuffix(strings.Join(a[:len(a)-n], " "), ",")
		return head + rangeDash + last
	}
	day := 0 // words in common at the start, up to one that ends in a comma
	for i := 0; i < len(a)-1 && i < len(b)-1 && a[i] == b[i]; i++ {
		if strings.HasSuffix(a[i], ",") {
			day = i + 1
		}
	}
	return first + rangeDash + strings.Join(b[day:], " ")
}

// startsWithDigit reports whether s starts with an ASCII digit.
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// lastLabel is WhenLabel remembering its last answer: in timeline order,
// events mostly share their date with the event before, and a label takes
// a few thousand instructions to make. The zero lastLabel is ready to use;
// a nil one remembers nothing.
type lastLabel struct {
	v   dates.Value
	end string // the EndValue of a range
	l   string
	set bool
}

// of returns WhenLabel(w).
func (ll *lastLabel) of(w *timeline.When) string {
	if ll == nil {
		return WhenLabel(w)
	}
	if !ll.set || w.Value != ll.v || w.EndValue != ll.end {
		ll.v, ll.end, ll.l, ll.set = w.Value, w.EndValue, WhenLabel(w), true
	}
	return ll.l
}
