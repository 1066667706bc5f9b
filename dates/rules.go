package dates

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/swar"
)

// builtinRules returns the rules in priority order: when two rules match the
// same span, the earlier one wins; otherwise the longest match wins.
func builtinRules() []*Rule {
	return makeRules([]func() *Rule{
		ruleEraYear, ruleEraPeriod, ruleISODate, ruleNumericDate, ruleTimeOfDay, ruleMonthDay, ruleDayMonth, ruleDayAlone,
		ruleMonthYear, ruleHolidayMonth, ruleHoliday, ruleYearTail, ruleShortYear, ruleAgo, ruleInDuration, ruleAnaphoric, ruleEventDay,
		ruleRelativeUnit, ruleCasualDay, rulePartOfDay, ruleOvernight, ruleWeekday, ruleMidweek, ruleQuarter, ruleMonthQuarter, ruleHalf,
		ruleQuarterRef, ruleSeason, ruleMonthAlone, ruleDecade, ruleCentury, ruleYear,
		ruleSet, ruleRate, ruleReference, ruleDuration,
	})
}

// makeRules calls every maker and returns their rules in the same order.
// The built-in rules load from rules.bin, at little cost; a rule that
// does not (a test's, or any when a word list changed since go generate)
// is compiled, which is slow, and the rules are independent: with more
// than one core (GOMAXPROCS), they are made on as many goroutines, each
// taking the next maker not yet taken.
func makeRules(makers []func() *Rule) []*Rule {
	rs := make([]*Rule, len(makers))
	jobs := min(runtime.GOMAXPROCS(0), len(makers))
	if jobs <= 1 {
		for i, mk := range makers {
			rs[i] = mk()
		}
		return rs
	}
	var next atomic.Int32
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(makers); i = int(next.Add(1)) - 1 {
				rs[i] = makers[i]()
			}
		}()
	}
	wg.Wait()
	return rs
}

// triggers lists, for each rule, the words that must occur in a sentence for
// the rule to be tried there: "#month" and the like stand for a word list,
// "#digit" for any word with a digit, and "#year", "#decadenum" ("1990s",
// "'90s"), "#clock" ("3:30"), "#isodate" ("2016-"), "#slashdate" ("8/") for
// numbers of those shapes. Most sentences meet no regexp at all.
var triggers = map[string][]string{
	"iso_date":      {"#isodate"},
	"numeric_date":  {"#slashdate"},
	"time_of_day":   {"#clock", "am", "pm", "noon", "midday", "midnight", "morning", "afternoon", "evening", "night", "clock", "#zone", "hrs", "hours"},
	"month_day":     {"#month"},
	"day_month":     {"#month"},
	"day_alone":     dayOrdinals(), // "8th": not every number, which would try it at every figure
	"era_year":      eraTriggers,
	"era_period":    eraTriggers,
	"month_year":    {"#month"},
	"holiday":       {"#holiday"},
	"holiday_month": {"#holidayseason"},
	"year_tail":     {"#isodate"}, // a year and a dash or a slash
	"short_year":    {"#shortyear"},
	"ago":           {"ago", "earlier", "later", "before", "after", "now", "hence"},
	"in_duration":   {"#unit"},
	"anaphoric":     {"#unit", "morning", "afternoon", "evening", "night"},
	"event_day":     {"day"},
	"relative_unit": {"#unit"},
	"casual_day":    {"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "lunchtime"},
	"overnight":     {"overnight"},
	"part_of_day":   {"morning", "afternoon", "evening", "night", "hours", "midmorning", "midafternoon", "#suntime"},
	"weekday":       {"#weekday"},
	"midweek":       {"midweek", "mid"},
	"quarter":       {"quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"},
	"quarter_ref":   {"quarter", "period", "earlier", "ago"},
	"month_quarter": {"quarter", "period"},
	"half":          {"half", "h1", "h2", "1h", "2h"},
	"season":        {"#season"},
	"month":         {"#month"},
	"decade":        {"#decadenum", "#decade"},
	"century":       {"century"},
	"year":          {"#year", "eighteen", "nineteen", "twenty", "thousand"},
	"set":           {"every", "each", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "quarterly", "biweekly", "fortnightly", "nightly", "once", "twice", "times"},
	"rate":          {"days", "weeks", "months"},
	"reference": {"now", "currently", "present", "presently", "nowadays", "days", "moment", "far", "date", "recently", "lately",
		"previously", "formerly", "recent", "past", "soon", "shortly", "coming", "future", "ahead", "near", "short"},
	"duration": {"#unit"},
}

// leads gives, for each rule, how many words before its trigger word a
// phrase of the rule may start ("the end of last year" starts four words
// before "year"); rules not listed use maxLead.
var leads = map[string]int{
	"iso_date": 0, "numeric_date": 0, "time_of_day": 4, "month_day": 4, "day_month": 4, "day_alone": 1,
	"month_year": 4, "holiday": 1, "holiday_month": 1, "year_tail": 0, "short_year": 0, "ago": 6, "in_duration": 4, "anaphoric": 3, "event_day": 5,
	"relative_unit": 5, "casual_day": 2, "part_of_day": 2, "overnight": 0, "weekday": 2, "midweek": 0, "quarter": 4, "month_quarter": 3, "quarter_ref": 3, "half": 2,
	"season": 4, "month": 3, "decade": 4, "century": 4, "year": 4, "set": 3, "rate": 1, "reference": 3,
}

// partPrefix is an optional "late", "the end of", "mid-" before a period.
const partPrefix = `(?:(?P<part>{part})[\s-]*)?`

// partMod returns the modifier of the part prefix, if any, given its
// group "part" read by match.lowAt.
func partMod(part string) Mod {
	p := strings.TrimSuffix(part, "-")
	if p == "" {
		return ModNone
	}
	return lex().parts[p]
}

// relDir reads last/this/next words.
func relDir(w string) (Dir, int, bool) {
	switch norm(w) {
	case "":
		return DirAuto, 0, true
	case "last", "past", "previous", "this past":
		return DirLast, -1, true
	case "this", "current":
		return DirThis, 0, true
	case "next", "coming", "following", "this coming":
		return DirNext, 1, true // "this coming Monday": the first after today, not this week's
	}
	return DirAuto, 0, false
}

func ruleISODate() *Rule {
	var g struct{ y, m, d, h, mi int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("iso_date", "ISO 8601 dates, with an optional time",
		[]string{"2016-08-01", "2016-08-26T15:00"},
		`\b((?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?)()\b`,
		func(m *match, out *Expr) bool {
			e := Expr{Kind: Calendar, Grain: GrainDay, Year: yearNumber(m.at(g.y)), Month: atoi(m.at(g.m)), Day: atoi(m.at(g.d))}
			if h := m.at(g.h); h != "" {
				e.Clock, e.Hour, e.Minute = true, atoi(h), atoi(m.at(g.mi))
			}
			*out = e
			return true
		})
	g.y, g.m, g.d, g.h = r.groupIndex("y"), r.groupIndex("m"), r.groupIndex("d"), r.groupIndex("h")
	g.mi = r.groupIndex("mi")
	return r
}

func ruleNumericDate() *Rule {
	var g struct{ y, m, d, m1, d1, y2, m2, d2 int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("numeric_date", "numeric dates: US month/day/year; day/month/year when the first number cannot be a month; day.month.year",
		[]string{"8/1/2016", "08/01/2016", "8/1/16", "26/08/2016", "26.08.2016"},
		`(?:^|[^\w/.-])((?:(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])|(?P<d1>3[01]|2\d|1[3-9])/(?P<m1>1[0-2]|0?[1-9]))/(?P<y>\d{4}|\d{2})|`+
			`(?P<d2>3[01]|[12]\d|0?[1-9])\.(?P<m2>1[0-2]|0?[1-9])\.(?P<y2>\d{4}))()\b`,
		func(m *match, out *Expr) bool {
			if a := m.afterN(2); strings.HasPrefix(a, "/") || len(a) == 2 && a[0] == '.' && a[1] >= '0' && a[1] <= '9' {
				return false // "8/1/2016/3", "1.2.2016.5": a path or a version
			}
			if y2 := m.at(g.y2); y2 != "" {
				// "26.08.2016": day first, as everywhere the dotted form is used
				*out = Expr{Kind: Calendar, Grain: GrainDay, Year: yearNumber(y2), Month: atoi(m.at(g.m2)), Day: atoi(m.at(g.d2))}
				return true
			}
			y := yearNumber(m.at(g.y))
			if len(m.at(g.y)) == 2 {
				y += 2000
				if y > 2069 {
					y -= 100
				}
			}
			e := Expr{Kind: Calendar, Grain: GrainDay, Year: y, Month: atoi(m.at(g.m)), Day: atoi(m.at(g.d))}
			if d1 := m.at(g.d1); d1 != "" {
				// "26/08/2016": a first number above 12 can only be the day
				// (British and most other usage); when both numbers can be
				// months, the US reading, month first, is kept
				e.Month, e.Day = atoi(m.at(g.m1)), atoi(d1)
			}
			*out = e
			return true
		})
	g.y, g.m, g.d, g.m1, g.d1 = r.groupIndex("y"), r.groupIndex("m"), r.groupIndex("d"), r.groupIndex("m1"), r.groupIndex("d1")
	g.y2, g.m2, g.d2 = r.groupIndex("y2"), r.groupIndex("m2"), r.groupIndex("d2")
	return r
}

func ruleTimeOfDay() *Rule {
	var g struct{ noon, hp, mip, oc, hrs24, pod, night, h24, mi24, hh, mih, hrs, h, mi, ampm, mon2, d2, wd1, wd2, wd3, z24, zone, y2 int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("time_of_day", "clock times and noon/midnight, with an optional day",
		[]string{"3 p.m.", "3:30 p.m.", "10 a.m.", "noon", "3 p.m. Friday", "Friday at 3 p.m.", "4 in the morning", "ten o'clock at night",
			"3.59am", "05:00 BST on Friday", "4 p.m. Eastern time Wednesday", "8:30 a.m. Monday, Nov. 27"},
		`\b((?:(?P<wd1>{weekdayname}|today|tomorrow|yesterday)\s+(?:at\s+)?)?`+
			`(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)|`+
			`(?P<hp>1[0-2]|0?[1-9]|{numword})(?::(?P<mip>[0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night))\b|(?P<oc>1[0-2]|0?[1-9]|{numword})\s+o['’]clock\b|(?P<h24>[01]\d|2[0-3])[:.]?(?P<mi24>[0-5]\d)\s*(?:(?P<z24>{zone})|(?P<hrs24>hrs|hours)\b)|(?P<hh>[01]\d|2[0-3]):(?P<mih>[0-5]\d)(?P<hrs>\s*hrs|h)?\b|(?P<noon>noon|midday|midnight)\b)`+
			`(?:\s+(?P<zone>{zone}))?(?:,?\s+(?:on\s+)?(?:(?:(?P<wd3>{weekdayname}),\s*)?(?P<mon2>{month})\s*(?P<d2>{dnum})(?:,?\s+(?P<y2>[12]\d{3})\b)?|(?P<wd2>{weekdayname}|today|tomorrow|yesterday)))?)()`,
		func(m *match, out *Expr) bool {
			if z := m.at(g.z24); z != "" && !zoneWritten(z) {
				return false // "1400 est.": no zone in lower case
			}
			after := true // the zone and the day or date after the time are read
			switch z := m.at(g.zone); {
			case z != "" && !zoneWritten(z):
				m.end, after = trimmedEnd(m, g.zone), false // "at 5 p.m. west of the city": the time alone
			case m.at(g.y2) != "":
				// "5:34 AM Baghdad time on March 20, 2003": a date with its
				// year is a date of its own, which the time takes (the day
				// in its sentence)
				m.end, after = trimmedEnd(m, firstGroup(m, g.wd3, g.mon2)), false
			}
			e := Expr{Kind: Relative, Grain: GrainDay, Clock: true}
			switch {
			case m.at(g.noon) != "":
				if norm(wordBefore(m)) == "high" {
					return false // "high noon": a showdown, not a time
				}
				if m.lowAt(g.noon) == "midnight" {
					e.Hour = 24 // the end of the day it is given with, as AP and TimeML write it: "midnight Friday" is 2016-08-26T24:00
				} else {
					e.Hour = 12
				}
			case m.at(g.hp) != "":
				// "4 in the morning", "ten o'clock at night"
				h, ok := number(m.at(g.hp))
				if !ok || h < 1 || h > 12 || h != float64(int(h)) {
					return false
				}
				e.Hour, e.Minute = int(h), atoi(m.at(g.mip))
				switch pod := m.lowAt(g.pod); {
				case pod == "afternoon" || pod == "evening" || m.at(g.night) != "" && e.Hour >= 6:
					if e.Hour < 12 {
						e.Hour += 12
					}
				case e.Hour == 12:
					e.Hour = 0 // "12 at night", "12 in the morning"
				}
			case m.at(g.oc) != "":
				// "at 2 o'clock": the hour as written, which says neither
				// morning nor afternoon
				h, ok := number(m.at(g.oc))
				if !ok || h < 1 || h > 12 || h != float64(int(h)) {
					return false
				}
				e.Hour = int(h)
			case m.at(g.h24) != "":
				// "19:15 GMT", and as wire services write it, "0900 GMT",
				// "1430 local time"; a time in brackets after another
				// restates it in another zone: "10:35 a.m. (0735 GMT)"
				if restated(m.text[:m.start]) {
					return false
				}
				if h := m.at(g.hrs24); h != "" && (m.at(g.h24)[0] != '0' && !strings.Contains(m.phrase(), ":") && !clockPrepositions[norm(wordBefore(m))] || norm(m.nextWord()) == "of") {
					return false // "1500 hours" alone, "after 1500 hours of talks": a count of hours
				}
				e.Hour, e.Minute = atoi(m.at(g.h24)), atoi(m.at(g.mi24))
			case m.at(g.hh) != "":
				// "at 19:15", "by 05:30hrs": a 24-hour clock without a zone
				// only after a word of time or with "hrs" (not "John 3:16",
				// "won 21:15")
				if m.at(g.hrs) == "" && !clockPrepositions[norm(wordBefore(m))] && !asOfBefore(m.text[:m.start]) {
					return false
				}
				e.Hour, e.Minute = atoi(m.at(g.hh)), atoi(m.at(g.mih))
				if e.Hour >= 10 && e.Hour <= 12 && m.at(g.hrs) == "" && m.at(g.wd2) == "" && m.at(g.mon2) == "" {
					return false // "at 10:30" alone may be evening; "as of 10:00 on Friday" gives its day, as a 24-hour clock
				}
			default:
				e.Hour, e.Minute = atoi(m.at(g.h)), atoi(m.at(g.mi))
				pm := strings.HasPrefix(m.lowAt(g.ampm), "p")
				if pm && e.Hour < 12 {
					e.Hour += 12
				} else if !pm && e.Hour == 12 {
					e.Hour = 0
				}
			}
			if mon := m.at(g.mon2); after && mon != "" {
				wd := m.at(g.wd3)
				if !capitalized(mon) || wd != "" && !capitalized(wd) {
					m.end, after = trimmedEnd(m, firstGroup(m, g.wd3, g.mon2)), false // "at 9 a.m. may 5": the time alone
				} else {
					// "5 p.m. EST Nov. 9"; "8:30 a.m. Monday, Nov. 27", whose year the weekday picks
					e.Kind, e.Grain, e.Month, e.Day = Calendar, GrainDay, lex().months[norm(mon)], dayNumber(m.at(g.d2))
					e.Weekday = weekdayOf(m, g.wd3)
					*out = e
					return true
				}
			}
			d := m.at(g.wd1)
			if d == "" && after {
				d = m.at(g.wd2)
			}
			if d == "" {
				e.Floating = true // the day comes from the text around it
			}
			if d != "" {
				switch norm(d) {
				case "today":
				case "tomorrow":
					e.Offset = 1
				case "yesterday":
					e.Offset = -1
				default:
					if !capitalized(d) {
						return false
					}
					e.Kind, e.Weekday = Calendar, lex().weekdays[norm(d)]
				}
			}
			*out = e
			return true
		})
	g.noon, g.hp, g.mip, g.pod = r.groupIndex("noon"), r.groupIndex("hp"), r.groupIndex("mip"), r.groupIndex("pod")
	g.night, g.h24, g.mi24, g.h = r.groupIndex("night"), r.groupIndex("h24"), r.groupIndex("mi24"), r.groupIndex("h")
	g.hh, g.mih, g.hrs = r.groupIndex("hh"), r.groupIndex("mih"), r.groupIndex("hrs")
	g.mi, g.ampm, g.mon2, g.d2 = r.groupIndex("mi"), r.groupIndex("ampm"), r.groupIndex("mon2"), r.groupIndex("d2")
	g.wd1, g.wd2, g.oc, g.hrs24 = r.groupIndex("wd1"), r.groupIndex("wd2"), r.groupIndex("oc"), r.groupIndex("hrs24")
	g.z24, g.zone, g.wd3, g.y2 = r.groupIndex("z24"), r.groupIndex("zone"), r.groupIndex("wd3"), r.groupIndex("y2")
	return r
}

// zoneWritten reports whether z, a time zone as the text writes it
// (data/time_zones.txt), is one there: an abbreviation in capitals
// ("BST", not "west"), a place capitalized ("Eastern time", not "eastern
// time") or "local time".
func zoneWritten(z string) bool {
	if lex().zoneAbbr[norm(z)] {
		return strings.ToUpper(z) == z
	}
	return capitalized(z) || len(z) > len("local") && foldEq(z[:len("local")], "local")
}

// trimmedEnd returns the end of m's phrase cut before group i, without
// the spaces, comma and "on" before the group: the phrase without what
// the group and the groups after it read.
func trimmedEnd(m *match, i int) int {
	from, _, _ := m.span(i)
	b := strings.TrimRight(m.text[:from], ", \t\n\r")
	if w, rest := lastWord(b); foldEq(w, "on") && len(rest) >= m.start {
		b = strings.TrimRight(rest, ", \t\n\r")
	}
	return len(b)
}

// firstGroup returns the first of the groups i that took part in m's
// match, or the last of them.
func firstGroup(m *match, i ...int) int {
	for _, g := range i {
		if _, _, ok := m.span(g); ok {
			return g
		}
	}
	return i[len(i)-1]
}

// restated reports whether the text before a clock time ends in a time
// and an opening bracket: "at 10:35 a.m. (", "3 p.m. EDT (", "noon (". The
// time in brackets is the same moment in another zone, which TimeBank does
// not annotate as a time of its own.
func restated(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	w, _ := lastWord(strings.TrimRight(strings.TrimSuffix(b, "("), " ."))
	switch lw := strings.ToLower(w); {
	case lw == "":
		return false
	case lw == "m" || lw == "am" || lw == "pm" || lw == "noon" || lw == "midnight" || lw == "time" || lw == "hrs":
		return true // "a.m. (", "local time ("
	case len(lw) == 3 && lw[2] == 't' || lex().zoneAbbr[lw] || lex().zoneAlone[lw]:
		return true // a zone: "GMT (", "EDT (", "BST (", "Eastern ("
	}
	return isDigit(w[0]) && isDigit(w[len(w)-1]) && strings.Contains(before[max(0, len(b)-12):], ":")
}

// clockPrepositions may stand before a 24-hour clock time without a zone
// ("at 19:15").
// asOfBefore reports whether before, the text before a time, ends in "as
// of" ("as of 10:00 on Friday"), a word of time as clockPrepositions are.
func asOfBefore(before string) bool {
	w, rest := lastWord(before)
	if !foldEq(w, "of") {
		return false
	}
	w, _ = lastWord(rest)
	return foldEq(w, "as")
}

var clockPrepositions = map[string]bool{
	"at": true, "by": true, "until": true, "till": true, "from": true, "around": true, "about": true,
	"after": true, "before": true, "since": true, "to": true,
}

func ruleMonthDay() *Rule {
	var g struct{ mon, d, wd, y, that, wk, rel, ry int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("month_day", "month and day, with optional weekday and year",
		[]string{"Aug. 1", "August 1, 2016", "Monday, Aug. 1, 2016", "Sept. 30", "August 1st", "the week of Aug. 22", "the weekend of Aug. 20", "July 25 of that year", "last Oct. 23", "May 30 last year"},
		`\b((?:the\s+(?P<wk>week|weekend)\s+of\s+)?(?:(?P<rel>last|next|this\s+past)\s+)?(?:(?P<wd>{weekdayname}),?\s+)?(?P<mon>{month})\s*(?P<d>{dnum})(?:,?\s+(?P<y>{year})|\s+of\s+(?P<that>that|the\s+same)\s+year\b|\s+(?P<ry>this|last|next)\s+year\b)?)()`,
		func(m *match, out *Expr) bool {
			a := m.afterN(2)
			if !capitalized(m.at(g.mon)) || len(a) == 2 && (a[0] == ':' || a[0] == ',' && a[1] == '0') && a[1] >= '0' && a[1] <= '9' {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainDay, Month: lex().months[m.lowAt(g.mon)], Day: dayNumber(m.at(g.d))}
			e.Weekday = weekdayOf(m, g.wd) // picks the year: "Monday, Oct. 26"
			if y := m.at(g.y); y != "" {
				e.Year = yearNumber(y)
			}
			that := m.at(g.that) != ""
			if that {
				e.RelYear, e.Anaphoric = true, true // "July 25 of that year"
			}
			if ry := m.lowAt(g.ry); ry != "" {
				_, off, _ := relDir(ry)
				e.RelYear, e.YearOffset = true, off // "May 30 last year", as month_year reads "May last year"
				that = true                         // the year is given, as by "of that year"
			}
			if wk := m.lowAt(g.wk); wk != "" {
				e.WeekOf, e.WeekendOf = wk == "week", wk == "weekend" // "the week of March 6"
				if n, y := weekOfDays(m.after()); n > 0 && e.Year == 0 && !that {
					m.end += n // "the weekend of Aug. 20-21": the days are the week's
					e.Year = y
				}
			}
			if r := m.at(g.rel); r != "" {
				if e.Year != 0 || that {
					return false
				}
				e.Dir, _, _ = relDir(r) // "shot to death last Oct. 23": the last such date before the anchor
			}
			if e.Year == 0 && !that && e.Dir == DirAuto {
				e.Year = rangeYear(m.after(), e.Month, true) // "from May 15 to Aug. 16, 1988"
			}
			hoursOf(m, &e)
			*out = e
			return true
		})
	g.mon, g.d, g.wd, g.y = r.groupIndex("mon"), r.groupIndex("d"), r.groupIndex("wd"), r.groupIndex("y")
	g.that, g.wk, g.rel, g.ry = r.groupIndex("that"), r.groupIndex("wk"), r.groupIndex("rel"), r.groupIndex("ry")
	return r
}

// weekOfDays returns the length of the second day, and of a year after it,
// that closes the days of "the week of" or "the weekend of" a date ("-21"
// after "the weekend of Aug. 20", "-21, 2016"), and that year; n is 0 when
// none follows.
func weekOfDays(after string) (n, year int) {
	i := skipASCIISpace(after, 0)
	switch {
	case strings.HasPrefix(after[i:], "-"):
		i++
	case strings.HasPrefix(after[i:], "–"):
		i += len("–")
	default:
		return 0, 0
	}
	i = skipASCIISpace(after, i)
	d := digitsAt(after, i)
	if d == 0 || d > 2 || i+d < len(after) && isASCIIWordByte(after[i+d]) {
		return 0, 0 // "-2016", "-21st"
	}
	n = i + d
	j := n
	if j < len(after) && after[j] == ',' {
		j++
	}
	if k := skipASCIISpace(after, j); k > j && digitsAt(after, k) == 4 && (k+4 == len(after) || !isASCIIWordByte(after[k+4])) {
		return k + 4, atoi(after[k : k+4]) // "-21, 2016"
	}
	return n, 0
}

// digitsAt returns how many ASCII digits s holds from i on.
func digitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func ruleDayAlone() *Rule {
	var g struct{ d, rel, that int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("day_alone", "a day of the month by its number alone: on the 8th, the 30th of this month, the 28th of that month",
		[]string{"on [the 8th]", "by [the 30th of this month]", "on [the 28th of that month]"},
		`\b(the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:(?P<rel>this|next|last)|(?P<that>that|the\s+same))\s+month)?)()\b`,
		func(m *match, out *Expr) bool {
			d := atoi(m.at(g.d))
			if d < 1 || !ordinalSuffixFits(m.at(g.d), m.phrase()) {
				return false // "the 0th", "the 2th"
			}
			// only where a day is meant: after a word of time ("on the
			// 8th", "by the 30th") and before the end of the clause or a
			// word that cannot make it a noun's ordinal ("the 2nd Infantry
			// Division", "the 9th century")
			if !dayAlonePrepositions[norm(wordBefore(m))] || !dayTailFollows(m.after(), joinWord) {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainDay, Day: d, DayOfMonth: true}
			if mon, y := ordinalRangeMonth(m.after(), d); mon != 0 {
				// "from [the 13th] to the 19th of October": the first day of a
				// range is a date of its own in the month of the second, as
				// "[22]-25 April 1951" is (TimeML tags each day)
				*out = Expr{Kind: Calendar, Grain: GrainDay, Day: d, Month: mon, Year: y}
				return true
			}
			switch {
			case m.at(g.that) != "":
				e.Anaphoric = true // "the 28th of that month": the month of the last date
			case m.at(g.rel) != "":
				_, off, _ := relDir(m.lowAt(g.rel))
				e.MonthOffset, e.RelMonth = off, true // "the 30th of next month"
			}
			*out = e
			return true
		})
	g.d, g.rel, g.that = r.groupIndex("d"), r.groupIndex("rel"), r.groupIndex("that")
	return r
}

// ordinalTail reads the day that closes a range or a pair, British style,
// after a day by its number alone: " to the 19th of October", " and the 3rd
// of June 2017".
var ordinalTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + expand(`^\s*(?:-|–|to|through|until|till|and|or)\s*(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(?P<mon>{monthname})(?:,?\s+(?P<y>{year}))?`, lex()))
})

// ordinalRangeMonth returns the month and year (0 when none is written)
// of the later day that closes a range or a pair begun by the day d
// ("the 13th to the 19th of October"), or 0 when none follows.
func ordinalRangeMonth(after string, d int) (mon, year int) {
	if len(after) > 50 {
		after = after[:50]
	}
	end := joinEnd(after, rangeJoins)
	if end < 0 {
		return 0, 0 // the cheap test first: most days are followed by no range
	}
	if i := skipRegexpSpace(after, end); i == len(after) || !isDigit(after[i]) && !hasPrefixFold(after[i:], "the") {
		return 0, 0
	}
	sm := ordinalTail().FindStringSubmatch(after)
	if sm == nil || atoi(sm[1]) <= d || !capitalized(sm[2]) || !ordinalSuffixFits(sm[1], sm[0]) {
		return 0, 0
	}
	return lex().months[norm(sm[2])], yearNumber(sm[3])
}

// dayAlonePrepositions may stand before a day named by its number alone
// ("on the 8th").
var dayAlonePrepositions = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "since": true, "from": true, "before": true,
	"after": true, "to": true, "and": true, "through": true, "between": true, "of": true,
}

// dayOrdinals returns the days of a month as ordinal numbers: "1st" to "31st".
func dayOrdinals() []string {
	var ds []string
	for d := 1; d <= 31; d++ {
		ds = append(ds, strconv.Itoa(d)+ordinalSuffix(d))
	}
	return ds
}

// ordinalSuffix returns the suffix of the ordinal number n: "st" for 1,
// "nd" for 22, "th" for 11.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// ordinalSuffixFits reports whether phrase, which holds the day number d
// and its suffix, spells the suffix that d takes: 1st, 2nd, 3rd, 4th, 11th.
func ordinalSuffixFits(d, phrase string) bool {
	i := strings.Index(phrase, d)
	if i < 0 || i+len(d)+2 > len(phrase) {
		return false
	}
	return strings.ToLower(phrase[i+len(d):i+len(d)+2]) == ordinalSuffix(atoi(d))
}

func ruleDayMonth() *Rule {
	var g struct{ rd, rd2, rmon, ry, mons, d, ys, mon, y, wd int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("day_month", "day before month, with an optional weekday: 1 August 2016, the 1st of August, Monday 1 August; the first day of a range: [22]-25 April 1951",
		[]string{"1 August 2016", "the 1st of August", "1 August", "26 Aug 2016", "Monday 1 August", "Monday, 1 August 2016"}, // ranges: see testdata/corpus.txt
		`\b((?:(?P<wd>{weekdayname}),?\s+)?(?:the\s+)?(?P<d>{dnum}|{ordword})(?:\s+of)?\s+(?:(?P<mon>{monthname})(?:,?\s+(?P<y>{year}))?|(?P<mons>{month})\s+(?P<ys>{year}))|`+
			`(?P<rd>{dnum})\s*(?:-|–|to|and|through)\s*(?P<rd2>{dnum})\s+(?P<rmon>{monthname})(?:,?\s+(?P<ry>{year}))?)()`,
		func(m *match, out *Expr) bool {
			if rd := m.at(g.rd); rd != "" {
				// "22-25 April 1951", "from 15 to 22 February": the first day
				// is a date of its own, in the month and year of the second
				// (the second is read as "25 April 1951")
				d, d2 := dayNumber(rd), dayNumber(m.at(g.rd2))
				if d < 1 || d >= d2 || !capitalized(m.at(g.rmon)) {
					return false // "a 2-1 March vote"
				}
				e := Expr{Kind: Calendar, Grain: GrainDay, Month: lex().months[m.lowAt(g.rmon)], Day: d, Year: yearNumber(m.at(g.ry))}
				if !weekOf(m, &e) {
					m.end = m.start + len(rd)
				}
				*out = e
				return true
			}
			if mon := m.at(g.mons); mon != "" {
				// "26 Aug 2016": a short month name needs its year
				d, ok := ordinal(m.at(g.d))
				if !ok || !capitalized(mon) {
					return false
				}
				e := Expr{Kind: Calendar, Grain: GrainDay, Month: lex().months[norm(mon)], Day: d, Year: yearNumber(m.at(g.ys)), Weekday: weekdayOf(m, g.wd)}
				weekOf(m, &e)
				*out = e
				return true
			}
			if !capitalized(m.at(g.mon)) {
				return false
			}
			d, ok := ordinal(m.at(g.d))
			if !ok {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainDay, Month: lex().months[m.lowAt(g.mon)], Day: d, Weekday: weekdayOf(m, g.wd)}
			if y := m.at(g.y); y != "" {
				e.Year = yearNumber(y)
			} else {
				e.Year = rangeYear(m.after(), e.Month, false) // "18 August - 15 September 1951"
			}
			weekOf(m, &e)
			hoursOf(m, &e)
			*out = e
			return true
		})
	g.rd, g.rd2, g.rmon, g.ry = r.groupIndex("rd"), r.groupIndex("rd2"), r.groupIndex("rmon"), r.groupIndex("ry")
	g.mons, g.d, g.ys, g.mon = r.groupIndex("mons"), r.groupIndex("d"), r.groupIndex("ys"), r.groupIndex("mon")
	g.y, g.wd = r.groupIndex("y"), r.groupIndex("wd")
	return r
}

// weekdayOf returns the weekday (1 = Monday) named by group i of m, or 0:
// a date that names its weekday ("Monday, Aug. 1", "Monday 1 August") picks
// its year by it.
func weekdayOf(m *match, i int) int {
	if wd := m.at(i); wd != "" {
		return lex().weekdays[norm(wd)]
	}
	return 0
}

// weekOf reads "the week of" or "the weekend of" back from a day before its
// month ("the weekend of 20 August", "the week of 22-26 August"), so that
// those words start no try of the rule, and makes e that week or weekend.
func weekOf(m *match, e *Expr) bool {
	w, rest := lastWord(m.text[:m.start])
	if !foldEq(w, "of") {
		return false
	}
	wk, rest := lastWord(rest)
	the, rest := lastWord(rest)
	if !foldEq(the, "the") || !foldEq(wk, "week") && !foldEq(wk, "weekend") {
		return false
	}
	m.start = len(rest)
	e.WeekOf, e.WeekendOf = len(wk) == len("week"), len(wk) == len("weekend")
	return true
}

func ruleMonthYear() *Rule {
	var g struct{ mon, y, sy, rel, part int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("month_year", "a month of a given year",
		[]string{"August 2016", "Aug. 2016", "August of 2016", "late August 2016", "January this year", "June last year", "July of that year", "June '08"},
		`\b((?:(?:the\s+)?(?P<part>{part})[\s-]*)?(?P<mon>{month})(?:\s+of)?,?\s+(?:(?P<y>{year})|['’](?P<sy>\d\d)\b|(?P<rel>this|last|next|that|the\s+same)\s+year\b))()`,
		func(m *match, out *Expr) bool {
			if !capitalized(m.at(g.mon)) {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainMonth, Month: lex().months[m.lowAt(g.mon)], Year: yearNumber(m.at(g.y)), Mod: partMod(m.lowAt(g.part))}
			e.ShortYear = m.at(g.sy) // "June '08", as short_year reads the year
			if e.Mod == ModNone {
				if at, mod := weekPartBefore(m.text[:m.start]); mod != ModNone {
					m.start, e.Mod = at, mod // "the last week of June 2015"
				}
			}
			if r := m.lowAt(g.rel); r == "that" || r == "the same" {
				e.RelYear, e.Anaphoric = true, true // "July of that year": the year of the last date
			} else if r != "" {
				_, off, _ := relDir(r)
				e.RelYear, e.YearOffset = true, off // "June last year"
			}
			*out = e
			return true
		})
	g.mon, g.y, g.rel, g.part = r.groupIndex("mon"), r.groupIndex("y"), r.groupIndex("rel"), r.groupIndex("part")
	g.sy = r.groupIndex("sy")
	return r
}

func ruleHoliday() *Rule {
	var g struct{ h, rel, y, wk int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("holiday", "named holidays, fixed, by weekday or from Easter; the week or weekend of one; the new year (ahead)",
		[]string{"Christmas", "New Year's Day", "Thanksgiving", "Black Friday", "Good Friday", "Easter week", "the Labor Day weekend", "the Easter holidays", "the Thanksgiving holiday weekend", "in [the new year]"},
		`\b((?:(?P<rel>last|next|this)\s+)?(?P<h>{holiday})(?:\s+(?P<wk>week|weekend|period|holidays|break)\b|,?\s+(?P<y>{year}))?)()`,
		func(m *match, out *Expr) bool {
			h, ok := lex().holidays[m.lowAt(g.h)]
			if !ok {
				return false
			}
			ahead := false // "the new year": a common noun for the one to come
			if !capitalized(m.at(g.h)) {
				if !theNewYear(m, m.lowAt(g.h)) || m.at(g.rel) != "" || m.at(g.y) != "" || m.at(g.wk) != "" {
					return false
				}
				_, rest := lastWord(m.text[:m.start])
				since, _ := lastWord(rest)
				ahead, m.start = !foldEq(since, "since"), len(rest) // "the" read in, as TimeML extends it; "since the new year" is the last one
			}
			wk := m.lowAt(g.wk)
			if wk == "" && m.at(g.y) == "" {
				if n := weekendAfter(m.after()); n > 0 {
					m.end, wk = m.end+n, "weekend" // "the Thanksgiving holiday weekend", read on so that the pattern stays simple
				}
			}
			if wk != "" && m.at(g.rel) == "" {
				if w, rest := lastWord(m.text[:m.start]); foldEq(w, "the") {
					m.start = len(rest) // "the Labor Day weekend", read back so that "the" starts no try
				}
			}
			if wk == "" && m.at(g.y) == "" && lex().holidayNameAfter[norm(m.nextWord())] {
				return false // "Easter Island", "the Good Friday Agreement": names
			}
			if m.at(g.rel) == "" && lex().holidayNameBefore[norm(wordBefore(m))] {
				return false // "Orthodox Easter": another calendar's day
			}
			dir, _, _ := relDir(m.at(g.rel))
			if ahead {
				dir = DirAhead // "prices will rise in the new year", "eight days before the new year"
			}
			e := Expr{Kind: Calendar, Grain: GrainDay, Month: h.month, Day: h.day, Nth: h.nth, Weekday: h.weekday, Easter: h.easter, Days: h.days, Dir: dir}
			if y := m.at(g.y); y != "" {
				e.Year = yearNumber(y)
			}
			e.WeekOf, e.WeekendOf = wk != "" && wk != "weekend", wk == "weekend" // "Easter week", "the Easter holidays": its ISO week
			hoursOf(m, &e)
			*out = e
			return true
		})
	g.h, g.rel, g.y, g.wk = r.groupIndex("h"), r.groupIndex("rel"), r.groupIndex("y"), r.groupIndex("wk")
	return r
}

// weekendAfter returns the length of " holiday weekend" or " long weekend"
// at the start of after (a holiday's weekend: "the Labor Day long
// weekend"), or 0.
func weekendAfter(after string) int {
	i := skipASCIISpace(after, 0)
	if i == 0 {
		return 0
	}
	w, rest := asciiField(after[i:])
	if !foldEq(w, "holiday") && !foldEq(w, "long") {
		return 0
	}
	j := len(after) - len(rest)
	k := skipASCIISpace(after, j)
	if k == j || !hasPrefixFold(after[k:], "weekend") || k+len("weekend") < len(after) && isWordByte(after[k+len("weekend")]) {
		return 0
	}
	return k + len("weekend")
}

// theNewYear reports whether the holiday h, matched in lower case, is "new
// year" after "the" and before no "'s" or hyphen: "in the new year" is
// the one to come, as a news reader and WikiWars read it (the day, as
// "New Year"); "a new year", "the new year's budget", "new year-round
// rules" are none.
func theNewYear(m *match, h string) bool {
	if h != "new year" || !foldEq(wordBefore(m), "the") {
		return false
	}
	a := m.afterN(2)
	return a == "" || a[0] != '\'' && a[0] != '-' && !strings.HasPrefix(a, "’")
}

// ruleHolidayMonth reads the seasons around a holiday that
// data/holidays.txt gives by their month alone ("the holiday season", "the
// festive period", "the Christmas period": December). It is a rule of its
// own, on its own trigger words, so that the holiday rule, tried at every
// "new" and "good", does not try these names too.
func ruleHolidayMonth() *Rule {
	var g struct{ h, rel int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("holiday_month", "the season around a holiday: the holiday season, the festive period, the Christmas period (December)",
		[]string{"the holiday season", "over [the festive period]", "the Christmas period", "last holiday season"},
		`\b((?:(?P<rel>last|next|this)\s+)?(?P<h>{holidayseason}))()\b`,
		func(m *match, out *Expr) bool {
			rel := m.at(g.rel)
			if rel == "" {
				// common nouns: they need a determiner to name that time,
				// read back into the phrase, as TimeML extends it
				w, rest := lastWord(m.text[:m.start])
				if !foldEq(w, "the") {
					return false
				}
				m.start = len(rest)
			}
			dir, _, _ := relDir(rel)
			*out = Expr{Kind: Calendar, Grain: GrainMonth, Month: lex().holidaySeasons[m.lowAt(g.h)], Dir: dir}
			return true
		})
	g.h, g.rel = r.groupIndex("h"), r.groupIndex("rel")
	return r
}

func ruleAgo() *Rule {
	var g struct{ u, dir, amt, ap, frac, half, at int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("ago", "an amount of time before or after the anchor: two weeks ago, three days later, 71 years ago this month",
		[]string{"two weeks ago", "three days ago", "a year ago", "three days later", "a year earlier", "71 years ago this month", "a year ago today"},
		`\b((?:(?P<ap>{approx})\s+)?(?:(?P<amt>{fraction}|{count}|an?|{vague})(?P<frac>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+)?(?:(?P<or>or\s+so)\s+)?(?P<u>{unit})(?P<half>\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|before|after|from\s+now|hence)(?:\s+(?P<at>today|tomorrow|yesterday|this\s+(?:week|weekend|month|{season})))?)()\b`,
		func(m *match, out *Expr) bool {
			uw, dir, at := m.lowAt(g.u), m.lowAt(g.dir), m.lowAt(g.at)
			noAnniversary := func() { _, m.end, _ = m.span(g.dir); at = "" } // the tail is a phrase of its own
			if at != "" && dir != "ago" {
				noAnniversary() // "a year later today"
			}
			if dir == "before" || dir == "after" {
				// "two days after the vote": only when nothing follows.
				if w := m.nextWord(); w != "" {
					return false
				}
			}
			if (dir == "earlier" || dir == "later") && foldEq(m.nextWord(), "than") {
				return false // "a day later than planned": how late, a length (duration), no date
			}
			sign := -1
			if dir == "later" || dir == "after" || dir == "from now" || dir == "hence" {
				sign = 1
			}
			amt := m.at(g.amt)
			if amt == "" && (!strings.HasSuffix(uw, "s") || dir != "ago" || m.at(g.half) != "") {
				return false // "months ago" reads as the past; "hours later" is too vague
			}
			u := lex().units[uw]
			n, ok := number(amt)
			if f := fraction(m.lowAt(g.amt)); f > 0 {
				n, ok = f, true
			}
			if m.at(g.frac) != "" || m.at(g.half) != "" {
				n += 0.5
			}
			if ok && n != float64(int(n)) {
				// "half a century ago", "a year and a half ago": 50 years,
				// 18 months ago
				if u, n, ok = inSmaller(u, n); !ok {
					return false
				}
			}
			if !ok {
				noAnniversary() // "months ago this summer"
				if sign < 0 {
					*out = Expr{Kind: Reference, Ref: "PAST_REF"}
					return true
				}
				*out = Expr{Kind: Reference, Ref: "FUTURE_REF"}
				return true
			}
			if u.grain < GrainDay {
				return false
			}
			anaphoric := dir != "ago" && dir != "from now" && dir != "hence"
			var mod Mod
			if ap := m.lowAt(g.ap); ap != "" {
				mod = lex().approx[ap] // no approximation word is ""
			}
			e := Expr{Kind: Relative, Grain: u.grain, Offset: sign * int(u.count(n)), Anaphoric: anaphoric, Mod: mod}
			if at == "" {
				e = agoGrain(e, u, n, dir == "ago")
			}
			if u.grain == GrainYear && n == 1 && sign < 0 && at == "" {
				e.YearAgo = true // "a year ago": the year-ago quarter in earnings reports
			}
			if a := e; at != "" && anniversary(at, u, &a) {
				e = a
			} else if at != "" {
				noAnniversary() // "two days ago this week", "a week ago this month"
			}
			*out = e
			return true
		})
	g.u, g.dir, g.amt, g.ap = r.groupIndex("u"), r.groupIndex("dir"), r.groupIndex("amt"), r.groupIndex("ap")
	g.frac, g.half, g.at = r.groupIndex("frac"), r.groupIndex("half"), r.groupIndex("at")
	return r
}

// agoGrain returns e, n units u from the anchor, at the grain a reader
// takes it in: "a decade ago" and "two centuries ago" are the year that many
// years back (2016 in a story of 2026), not the decade or century that holds
// it, and "a week ago" (ago: counted back from now) the day seven days back,
// a point of comparison ("up from two a week ago"), where "three weeks ago",
// "a fortnight ago" and "a week earlier" (the week of a past event) stay
// weeks.
func agoGrain(e Expr, u unit, n float64, ago bool) Expr {
	switch {
	case u.grain == GrainDecade:
		e.Grain, e.Offset = GrainYear, e.Offset*10
	case u.grain == GrainCentury:
		e.Grain, e.Offset = GrainYear, e.Offset*100
	case u.grain == GrainWeek && u.count(n) == 1 && ago:
		e.Grain, e.Offset = GrainDay, e.Offset*7
	}
	return e
}

// anniversary makes e, an amount of time ago, the period that at names
// that far back: "71 years ago this month" is the month of the anchor 71
// years back (1945-08), not the year; "25 years ago tomorrow" the day after
// the anchor's, 25 years back. A season is this year's, that many years
// back: "25 years ago this fall" is 1991-FA, whatever the anchor's season.
// It reports false when at is not finer than the unit u.
func anniversary(at string, u unit, e *Expr) bool {
	switch at {
	case "today":
		e.In = GrainDay
	case "tomorrow":
		e.In, e.Days = GrainDay, 1
	case "yesterday":
		e.In, e.Days = GrainDay, -1
	default:
		w := strings.TrimSpace(at[len("this"):])
		if code, ok := lex().seasons[w]; ok {
			years := 0
			switch u.grain {
			case GrainYear:
				years = 1
			case GrainDecade:
				years = 10
			case GrainCentury:
				years = 100
			default:
				return false // "two months ago this summer"
			}
			*e = Expr{Kind: Calendar, Grain: GrainSeason, Season: code, RelYear: true, YearOffset: e.Offset * years, Mod: e.Mod}
			return true
		}
		e.In = lex().units[w].grain
	}
	if e.In >= u.grain || u.grain < GrainWeek {
		return false
	}
	e.YearAgo = false
	return true
}

func ruleInDuration() *Rule {
	var g struct{ u, amt int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("in_duration", "in + amount: a date that far after the anchor, in the future tense",
		[]string{"in [two days]", "in [three weeks]"},
		`\b(?:in|within\s+the\s+next)\s+((?P<amt>{count}|an?)\s+(?P<u>{unit}))()\b`,
		func(m *match, out *Expr) bool {
			u := lex().units[m.lowAt(g.u)]
			n, ok := number(m.at(g.amt))
			if !ok || n != float64(int(n)) || u.grain < GrainDay || u.grain == GrainWeekend {
				return false
			}
			if u.grain == GrainQuarter && fractionOfNoun(m.afterN(2)) {
				return false // "priced in four quarter-point cuts"
			}
			fallback := Expr{Kind: Span, Grain: u.grain, Period: durationValue(n, u)}
			if rankedBefore(m.text[:m.start]) || describedAfter(m.nextWord()) {
				*out = fallback // "the first rise in two years", "in a year of trade wars": a span
				return true
			}
			*out = Expr{Kind: Relative, Grain: u.grain, Offset: int(u.count(n)), PastFallback: &fallback}
			return true
		})
	g.u, g.amt = r.groupIndex("u"), r.groupIndex("amt")
	return r
}

// describedAfter reports whether w, the word after "in <amount>", starts
// what describes that time ("in a year of trade wars", "in a week marked
// by protests"): a stretch the story speaks of, not a date that far ahead.
// Not "when": "will vote in two weeks when parliament returns" is a date.
func describedAfter(w string) bool {
	switch strings.ToLower(w) {
	case "of", "marked", "dominated":
		return true
	}
	return false
}

// rankWords rank a thing among others of its kind; "in <amount>" after
// them is the span the ranking covers ("the first time in two years", "the
// biggest drop in a decade", "his second letter in two weeks"), not a date
// that far ahead.
var rankWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "only": true,
	"most": true, "least": true, "best": true, "worst": true, "latest": true,
}

// rankedBefore reports whether the noun phrase before "in <amount>" (up to
// six words back, not across punctuation) holds a rank: an ordinal, "only",
// or a superlative in -est ("biggest", "earliest").
func rankedBefore(before string) bool {
	for range 6 {
		w, rest := lastWord(before)
		if w == "" {
			return false // punctuation or the start: the phrase begins there
		}
		if isRank(w) {
			return true
		}
		before = rest
	}
	return false
}

// notSuperlative lists words in -est that rank nothing.
var notSuperlative = map[string]bool{
	"interest": true, "forest": true, "harvest": true, "protest": true, "contest": true, "honest": true,
	"modest": true, "earnest": true, "suggest": true, "request": true, "digest": true, "manifest": true,
	"arrest": true, "invest": true, "priest": true, "midwest": true, "southwest": true, "northwest": true,
	"conquest": true, "inquest": true, "unrest": true, "attest": true, "detest": true,
}

func isRank(w string) bool {
	w = strings.ToLower(w)
	return rankWords[w] || len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w]
}

// lastWord returns the last word of s, letters and digits, and the text
// before it; word is "" when s does not end in one.
func lastWord(s string) (word, before string) {
	j := len(s)
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') {
		j--
	}
	i := j
	for i > 0 && lastWordBytes[s[i-1]] {
		i--
	}
	return s[i:j], s[:i]
}

// lastWordBytes holds the bytes of lastWord's words, ASCII letters and
// digits and the apostrophe: one load for each byte read instead of seven
// tests.
var lastWordBytes = func() (w [256]bool) {
	for b := range w {
		w[b] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\''
	}
	return w
}()

func ruleAnaphoric() *Rule {
	var g struct{ that, u3, pd, el, u4, el2, u, rel, u2, ba int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("anaphoric", "the next day, the following week, the day before: relative to the last date mentioned",
		[]string{"the next day", "the following week", "the day before", "the same day", "the previous year", "later that year", "that same day", "earlier in the year", "that evening", "later that night"},
		`\b((?:the\s+)(?:(?P<rel>next|following|previous|preceding|same|prior)\s+(?P<u>day|week|month|year)|(?P<u2>day|week|month|year)\s+(?P<ba>before|after))|(?:(?P<el>earlier|later)\s+)?(?P<that>that)\s+(?:same\s+)?(?:(?P<u3>day|week|month|year)|(?P<pd>morning|afternoon|evening|night))|(?P<el2>earlier|later)\s+in\s+the\s+(?P<u4>day|week|month|year))()\b`,
		func(m *match, out *Expr) bool {
			if pd := m.lowAt(g.pd); pd != "" {
				// "that evening", "later that night": a part of the last day
				// mentioned
				*out = Expr{Kind: Relative, Grain: GrainDay, PartOfDay: partOfDay(pd), Anaphoric: true, Mod: earlierLater(m.lowAt(g.el))}
				return true
			}
			if m.at(g.that) != "" {
				// "later that year", "that same day": the period of the last
				// date mentioned
				*out = Expr{Kind: Relative, Grain: lex().units[m.lowAt(g.u3)].grain, Anaphoric: true, Mod: earlierLater(m.lowAt(g.el))}
				return true
			}
			if u4 := m.lowAt(g.u4); u4 != "" {
				// "earlier in the year", "later in the day": a part of the current
				// period (in a narrative, of the period under discussion); a day is
				// the last one mentioned, as "that day" is ("met on Thursday night ...
				// earlier in the day")
				gr := lex().units[u4].grain
				*out = Expr{Kind: Relative, Grain: gr, Mod: earlierLater(m.lowAt(g.el2)), Anaphoric: gr == GrainDay}
				return true
			}
			u := m.lowAt(g.u)
			off := 0
			switch m.lowAt(g.rel) {
			case "next", "following":
				off = 1
			case "previous", "preceding", "prior":
				off = -1
			case "":
				u = m.lowAt(g.u2)
				if w := m.nextWord(); w != "" && !strings.HasPrefix(m.after(), ",") && !strings.HasPrefix(m.after(), ".") {
					return false // "the day before the vote"
				}
				off = 1
				if m.lowAt(g.ba) == "before" {
					off = -1
				}
			}
			*out = Expr{Kind: Relative, Grain: lex().units[u].grain, Offset: off, Anaphoric: true}
			return true
		})
	g.that, g.u3, g.el, g.u4 = r.groupIndex("that"), r.groupIndex("u3"), r.groupIndex("el"), r.groupIndex("u4")
	g.el2, g.u, g.rel, g.u2 = r.groupIndex("el2"), r.groupIndex("u"), r.groupIndex("rel"), r.groupIndex("u2")
	g.ba, g.pd = r.groupIndex("ba"), r.groupIndex("pd")
	return r
}

func ruleEventDay() *Rule {
	var g struct{ part, the, nth, u int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("event_day", "a day of an event: its first day, the final day of the trial; the day named nearest it",
		[]string{"The summit opened on Monday; on [the first day], talks stalled.", "The trial began on Monday. On [its first day], two witnesses spoke.", "towards [the end of the second day] of talks on Monday"},
		`\b((?:(?P<part>{part})\s*)?(?:(?P<the>the)\s+)?(?P<nth>{ordword}|final|opening|closing|last)\s+(?P<u>day))()\b`,
		func(m *match, out *Expr) bool {
			part := m.lowAt(g.part)
			if part != "" && (m.at(g.the) == "" || !strings.HasSuffix(part, " of")) {
				return false // "late the first day"
			}
			if !eventDay(m, m.lowAt(g.nth), m.at(g.the) != "", m.at(g.u), out) {
				return false
			}
			out.Mod = partMod(part) // "the end of the second day"
			return true
		})
	g.part, g.the, g.nth, g.u = r.groupIndex("part"), r.groupIndex("the"), r.groupIndex("nth"), r.groupIndex("u")
	return r
}

// eventDay reads "the first day", "its final day", "the trial's second
// day" (nth the ordinal, the whether "the" opens the phrase, unit "day" as
// written): a day of an event (a summit, a trial, a strike), which is the
// day the text names nearest (Expr.OfEvent), not a length. A possessive
// pronoun is inside the phrase, as "the" is ("[its first day]"); a name's
// "'s" outside ("the trial's [first day]"). Not "the last day", a length
// ("prices rose in the last day"), nor a day of the calendar: "the first
// day of March", "of the month", "of the eleventh month", "of spring", "of
// Ramadan".
func eventDay(m *match, nth string, the bool, unit string, out *Expr) bool {
	if capitalized(unit) || the && nth == "last" || strings.HasPrefix(m.after(), "-") || ofCalendar(m.after()) {
		return false // "First Day", "in the last day", "a third day-long meeting", "the first day of March"
	}
	if !the {
		switch w := wordBefore(m); {
		case possessivePronoun[norm(w)]:
			m.start = len(strings.TrimRight(m.text[:m.start], " \t\n\r")) - len(w) // "[its first day]"
		case !namePossessive(m.text[:m.start]):
			return false // "a first day", "on first day"
		}
	}
	*out = Expr{Kind: Relative, Grain: GrainDay, Anaphoric: true, OfEvent: true}
	return true
}

// possessivePronoun holds the pronouns that may own an event's day, inside
// its phrase as "the" is ("[its first day]").
var possessivePronoun = map[string]bool{"its": true, "his": true, "her": true, "their": true, "our": true, "your": true, "my": true}

// namePossessive reports whether before, the text before a phrase, ends in
// a name's possessive, which stays outside it as a possessive day's "'s"
// does: "the trial's [first day]".
func namePossessive(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") || strings.HasSuffix(b, "s'")
}

// ofCalendar reports whether a, the text after "the first day" or the
// like, goes on with "of" and a period of the calendar, which makes it a
// date of its own: "of March", "of the month", "of next year", "of spring",
// "of 2025", "of Ramadan" (a capitalized word straight after "of": a name
// of the calendar, unlike "of the Battle of the Somme").
func ofCalendar(a string) bool {
	if !ofNext(a) {
		return false
	}
	a = afterWord(a)
	w := wordAt(a, 0)
	l := lex()
	switch lw := norm(w); {
	case w == "":
		return false
	case capitalized(w) || w[0] >= '0' && w[0] <= '9' || lw == "next" || lw == "this" || lw == "last" || l.seasons[lw] != "":
		return true
	case lw == "the":
		a = afterWord(a)
		if _, nth := l.ordinals[norm(wordAt(a, 0))]; nth {
			a = afterWord(a) // "of the eleventh month"
		}
		_, unit := l.units[norm(wordAt(a, 0))]
		return unit
	}
	return false
}

// afterWord returns the text after the first word of a (wordAt).
func afterWord(a string) string {
	w := wordAt(a, 0)
	return a[strings.Index(a, w)+len(w):]
}

func ruleRelativeUnit() *Rule {
	var g struct{ ye, yu, rel, u, fy, full, el, part, rest int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("relative_unit", "last/this/next week, month, year, quarter, weekend; earlier this week; the end of the year; the rest of the week",
		[]string{"last month", "this week", "next year", "earlier this week", "later this month", "early next week", "the end of the year", "late last year", "the weekend", "this fiscal year", "the current fiscal year", "this financial year", "year-end", "for [the year]", "sales for [the full year]", "for [the rest of the week]"},
		`\b((?:the\s+)?(?P<rest>rest\s+of\s+)?`+partPrefix+`(?:(?P<el>earlier|later)\s+)?(?P<rel>this\s+past|this\s+coming|the\s+next|last|next|this|past|coming|previous|current|latest|the)\s+(?:(?P<full>full)\s+)?(?:(?P<fy>fiscal|financial)\s+)?(?P<u>week|weekend|fortnight|month|quarter|year|decade|century)|(?P<ye>(?P<yu>year|month|quarter)(?:[-\s]end|['’]s\s+end)))()\b`,
		func(m *match, out *Expr) bool {
			if m.at(g.ye) != "" {
				// "year-end", "by month's end", "at quarter-end": the end of the current one
				*out = Expr{Kind: Relative, Grain: lex().units[m.lowAt(g.yu)].grain, Mod: ModEnd}
				return true
			}
			rel := m.lowAt(g.rel)
			if rel != "this" && strings.HasPrefix(rel, "this") {
				rel = strings.TrimLeft(rel[len("this"):], " \t\n") // "this past weekend": the last one
			}
			mod := partMod(m.lowAt(g.part))
			if rel != "the" && strings.HasPrefix(rel, "the") {
				// "the middle of the next decade": the next one; without a part,
				// "the next decade" is a length (duration), "the next year" the
				// year after the last date (anaphoric)
				if g := lex().units[m.lowAt(g.u)].grain; mod == ModNone || g != GrainDecade && g != GrainCentury {
					return false
				}
				rel = "next"
			}
			uText := m.at(g.u)
			u := lex().units[m.lowAt(g.u)]
			if u.times > 1 {
				// "last fortnight", "next fortnight": no calendar period has
				// its length, so the two weeks are a length of time, as "the
				// past fortnight" is (rule duration, which reads it with "the")
				if rel != "last" && rel != "next" || startsWithThe(m.phrase()) {
					return false
				}
				if mod != ModNone || m.at(g.el) != "" || m.at(g.fy) != "" || m.at(g.full) != "" {
					return false
				}
				*out = Expr{Kind: Span, Grain: GrainWeek, Period: durationValue(1, u)}
				return true
			}
			if mod == ModNone && u.grain > GrainWeek && m.at(g.el) == "" {
				if at, wm := weekPartBefore(m.text[:m.start]); wm != ModNone {
					m.start, mod = at, wm // "the last week of the year", "the first days of next month"
				}
			}
			fy := m.at(g.fy) != ""
			if fy && u.grain != GrainYear && u.grain != GrainQuarter {
				return false
			}
			if m.at(g.full) != "" && (rel != "the" || u.grain != GrainYear) {
				return false // "the full year" only
			}
			gone := false
			if rel == "the" && mod == ModNone && m.at(g.el) == "" && !fy {
				if n := justGone(m.after()); n > 0 {
					m.end += n // "the weekend just gone", "the year just ended": the last one
					rel, gone = "last", true
				}
			}
			if rel == "the" && u.grain == GrainYear {
				if w := m.nextWord(); len(w) == 4 && isDigit(w[0]) && isDigit(w[3]) && strings.HasPrefix(m.after(), " ") {
					return false // "the full fiscal year 2025": the year named (year)
				}
			}
			if rel == "the" && u.grain == GrainYear && mod == ModNone && m.at(g.el) == "" && theYearIsCurrent(m) && !capitalized(uText) {
				// "sales for the full year", "a high for the year": the year
				// under discussion, in news the current one (not
				// "Man of the Year")
				*out = Expr{Kind: Relative, Grain: GrainYear}
				return true
			}
			if rel == "latest" {
				if !fy {
					return false
				}
				rel = "this" // "the latest fiscal year"
			}
			if rel == "the" && fy && mod == ModNone && !strings.HasPrefix(strings.ToLower(m.phrase()), "the current") {
				return false // "the fiscal year": a length of time as often as a date
			}
			if capitalized(uText) && !sentenceStart(m) && strings.ToUpper(uText) != uText {
				return false // ABC's "This Week": a title
			}
			if rel == "coming" && u.grain == GrainWeekend && mod == ModNone && m.at(g.el) == "" {
				// "this coming weekend", "the coming weekend": the first to
				// start after today, this week's when said on a weekday
				*out = Expr{Kind: Calendar, Grain: GrainWeekend, Weekday: 6, Dir: DirNext}
				return true
			}
			if rel == "the" {
				if u.grain == GrainWeekend && mod == ModNone {
					// "the weekend": the nearest one, by tense, like a weekday
					*out = Expr{Kind: Calendar, Grain: GrainWeekend, Weekday: 6}
					return true
				}
				if mod == ModNone && m.at(g.rest) == "" {
					return false // "the week": too vague ("the rest of the week" is this one)
				}
				rel = "this"
			}
			if mod == ModNone && rel != "current" && rel != "this" && startsWithThe(m.phrase()) && !gone && u.grain != GrainWeekend {
				return false // "the past week" is a duration; "the past weekend" no length (duration), a date
			}
			_, off, ok := relDir(rel)
			if !ok {
				return false
			}
			if m.lowAt(g.el) != "" && rel != "this" {
				return false
			}
			*out = Expr{Kind: Relative, Grain: u.grain, Offset: off, Mod: mod}
			return true
		})
	g.ye, g.yu, g.rel, g.u, g.fy = r.groupIndex("ye"), r.groupIndex("yu"), r.groupIndex("rel"), r.groupIndex("u"), r.groupIndex("fy")
	g.full, g.el, g.part, g.rest = r.groupIndex("full"), r.groupIndex("el"), r.groupIndex("part"), r.groupIndex("rest")
	return r
}

func ruleCasualDay() *Rule {
	var g struct{ part, pod, w, pod0 int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("casual_day", "today, yesterday, tomorrow, tonight, this morning, last night; the day after tomorrow, a week from today",
		[]string{"today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "yesterday morning", "lunchtime yesterday", "the day after tomorrow", "the day before yesterday", "a week from today"},
		`\b((?:(?P<part>early|late|earlier|later)\s+)?(?:(?P<pod0>(?:mid-?\s*)?(?:morning|afternoon|evening)|lunchtime)\s+)?(?P<w>today|tonight|yesterday|tomorrow|this|last)(?:\s+(?P<pod>morning|afternoon|evening|night|lunchtime))?)()\b`,
		func(m *match, out *Expr) bool {
			e := Expr{Kind: Relative, Grain: GrainDay, Mod: partMod(m.lowAt(g.part))}
			noPart, hasPod := m.at(g.part) == "", m.at(g.pod) != ""
			if noPart && capitalized(m.at(g.w)) && m.start > 0 && !sentenceStart(m) {
				return false // "VOA Today", "USA Today": a name
			}
			w := m.lowAt(g.w)
			if w == "today" && !hasPod && noPart && genericToday(m.afterN(40)) {
				return false // "today's youth", "in today's world": our time, not the day
			}
			var pod string
			if hasPod {
				pod = m.lowAt(g.pod)
			}
			switch w {
			case "yesterday":
				e.Offset = -1
			case "tomorrow":
				e.Offset = 1
			case "tonight":
				e.PartOfDay = "NI"
			case "this":
				if !hasPod {
					return false
				}
			case "last":
				if pod != "night" {
					return false
				}
				e.Offset = -1
			}
			if noPart && m.at(g.pod0) == "" && w != "this" && w != "last" {
				// Read back from the day, so that "the" and "a" start no try.
				if at, ok := dayAfterBefore(m.text[:m.start], w); ok {
					m.start = at
					e.Offset *= 2 // "the day after tomorrow", "the day before yesterday"
				} else if at, days := fromBefore(m.text[:m.start]); days != 0 {
					m.start = at
					e.Offset += days // "a week from today", "two days from tomorrow"
				}
			}
			if pod != "" {
				e.PartOfDay = partOfDay(pod)
			}
			if p := m.lowAt(g.pod0); p != "" {
				if hasPod || w == "this" || w == "last" {
					return false
				}
				e.PartOfDay = partOfDay(strings.TrimLeft(strings.TrimPrefix(p, "mid"), "- ")) // "mid-afternoon yesterday"
			}
			if e.Mod == "" && !noPart {
				e.Mod = earlierLater(m.lowAt(g.part))
			}
			*out = e
			return true
		})
	g.part, g.pod, g.w, g.pod0 = r.groupIndex("part"), r.groupIndex("pod"), r.groupIndex("w"), r.groupIndex("pod0")
	return r
}

// dayAfterBefore reports whether before, the text before "tomorrow" or
// "yesterday" (w), ends in "the day after" or "the day before" as w asks,
// and where that begins.
func dayAfterBefore(before, w string) (at int, ok bool) {
	ba := "after"
	switch w {
	case "yesterday":
		ba = "before"
	case "tomorrow":
	default:
		return 0, false
	}
	x, rest := lastWord(before)
	if !foldEq(x, ba) {
		return 0, false
	}
	if x, rest = lastWord(rest); !foldEq(x, "day") {
		return 0, false
	}
	if x, rest = lastWord(rest); !foldEq(x, "the") {
		return 0, false
	}
	return len(rest), true
}

// fromBefore reads "a week from", "two weeks from", "three days from",
// "a fortnight on" at the end of before, the text before a day ("a week
// from Friday", "a week from today", "a fortnight on Wednesday"): it returns where that begins and the days it adds, 0
// when before does not end so. Read back from the day rather than by the
// rule's regexp, so that "a" and "two" start no try of it.
func fromBefore(before string) (at, days int) {
	i := len(before)
	for i > 0 && isASCIISpace(before[i-1]) {
		i--
	}
	if i == len(before) || i < len("on") || !foldEq(before[i-len("on"):i], "on") && (i < len("from") || !foldEq(before[i-len("from"):i], "from")) {
		return 0, 0 // most days: no "from" or "on" just before them
	}
	w, rest := lastWord(before)
	on := foldEq(w, "on") // British: "a week on Friday", "a fortnight on Wednesday"
	if !on && !foldEq(w, "from") {
		return 0, 0
	}
	u, rest := lastWord(rest)
	switch { // foldEq tells most words by their length alone
	case foldEq(u, "day") || foldEq(u, "days"):
		if on {
			return 0, 0 // "spent a day on Friday"
		}
		days = 1
	case foldEq(u, "week") || foldEq(u, "weeks"):
		days = 7
	case foldEq(u, "fortnight") || foldEq(u, "fortnights"):
		days = 14
	default:
		return 0, 0
	}
	a, rest := lastWord(rest)
	n, ok := number(a)
	if a == "" || !ok || n != float64(int(n)) || n < 1 || n > 52 || (n == 1) == (u[len(u)-1]|0x20 == 's') {
		return 0, 0 // "two week from", "a weeks from"
	}
	return len(rest), int(n) * days
}

func rulePartOfDay() *Rule {
	var g struct{ the, part, pod, hours int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("part_of_day", "a part of the day named without its day: in the morning, by mid-afternoon, during the night, at dawn, before sunrise, at sundown, at lunchtime, in the early hours",
		[]string{"in [the morning]", "by [mid-afternoon]", "during [the night]", "in [the early evening]", "at [dawn]", "before [sunrise]", "at [sundown]",
			"at [lunchtime]", "in [the early hours]", "[mid-morning]"},
		`\b((?:(?P<the>the)\s+)?(?:(?:(?P<part>early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night|{suntime})|(?P<hours>(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?)))()\b`,
		func(m *match, out *Expr) bool {
			if m.at(g.hours) != "" {
				if m.at(g.the) == "" || !podPrepositions[norm(wordBefore(m))] || !podEnd(m) {
					return false // "early hours were spent", "the small hours of Saturday" (the weekday's)
				}
				// The hours after midnight: the start of the day's morning
				// (see smallHoursBefore).
				*out = Expr{Kind: Relative, Grain: GrainDay, Floating: true, PartOfDay: "MO", Mod: ModStart}
				return true
			}
			_, sun := lex().sunTimes[m.lowAt(g.pod)]
			if sun {
				if !sunPrepositions[norm(wordBefore(m))] || m.at(g.pod)[0] < 'a' {
					return false // "the dawn of a new era", "Dawn said", "Sunset Boulevard"
				}
			} else if m.at(g.the) == "" && m.at(g.part) == "" {
				return false // a bare "morning": "Good morning", "morning papers"
			}
			if m.lowAt(g.pod) == "night" && m.at(g.the) == "" || strings.HasPrefix(m.after(), "-") {
				return false // "late-night shows", "early-morning raids"
			}
			if !sun && !podPrepositions[norm(wordBefore(m))] && (m.at(g.the) != "" || m.at(g.part) == "") {
				return false // "the morning papers", "the evening news"; but "rallied [mid-morning]"
			}
			if !podEnd(m) {
				return false // "the morning of the vote", "the night the plane went down", "an early evening walk"
			}
			// The day is the one named in the sentence, else the last one
			// mentioned: "Dealers placed orders in [the morning]".
			*out = Expr{Kind: Relative, Grain: GrainDay, Floating: true, PartOfDay: partOfDay(m.lowAt(g.pod)), Mod: partMod(m.lowAt(g.part))}
			return true
		})
	g.the, g.part, g.pod, g.hours = r.groupIndex("the"), r.groupIndex("part"), r.groupIndex("pod"), r.groupIndex("hours")
	// A phrase that begins with the part of the day, its trigger, has no
	// "the" and no "early", "late" or "mid", which build wants, unless it
	// is a time named by the sun ("at dawn") or holds its "mid"
	// ("midmorning").
	r.alone = func(w string) bool { _, sun := lex().sunTimes[w]; return sun || strings.HasPrefix(w, "mid") }
	return r
}

// podEnd reports whether a part of the day without its day ends its
// phrase: a punctuation mark or a word of podFollowers follows it ("in the
// morning to start trading", "in early afternoon trade"), not a clause or a
// noun that names the day or makes it an adjective ("the night the plane
// went down", "an early evening walk").
func podEnd(m *match) bool {
	nw := norm(m.nextWord())
	return nw == "" || podFollowers[nw] || strings.ContainsAny(strings.TrimLeft(m.after(), " ")[:1], ",.;:!?)\"'")
}

// sunPrepositions may stand before a time named by the sun: podPrepositions
// and "before", "after", "around" ("before dawn", "shortly after sunset").
var sunPrepositions = func() map[string]bool {
	m := map[string]bool{"before": true, "after": true, "around": true, "near": true, "till": true}
	for w := range podPrepositions {
		m[w] = true
	}
	return m
}()

// podPrepositions may stand before a part of the day without its day ("in
// the morning", "by mid-afternoon").
var podPrepositions = map[string]bool{
	"in": true, "during": true, "by": true, "until": true, "till": true, "since": true, "through": true,
	"throughout": true, "from": true, "at": true, "into": true,
}

// podFollowers may follow a part of the day without its day: prepositions
// and conjunctions ("in the morning to start trading"), not the start of a
// clause that names the day ("the night the plane went down").
var podFollowers = map[string]bool{
	"to": true, "and": true, "or": true, "but": true, "as": true, "at": true, "in": true, "on": true, "for": true,
	"with": true, "from": true, "by": true, "until": true, "into": true, "amid": true, "while": true,
	"trade": true, "trading": true, // "in late morning trade": markets' time, not a kind of trade
}

// justGone returns the length of " just gone", " just past" or " just
// ended" at the start of after, British for the last period before now ("the
// weekend just gone"), else 0.
func justGone(after string) int {
	i := skipASCIISpace(after, 0)
	if i == 0 || !hasPrefixFold(after[i:], "just") {
		return 0
	}
	j := skipASCIISpace(after, i+len("just"))
	if j == i+len("just") {
		return 0
	}
	for _, w := range [...]string{"gone", "past", "ended"} {
		if end := j + len(w); hasPrefixFold(after[j:], w) && (end == len(after) || !isASCIIWordByte(after[end])) {
			return end
		}
	}
	return 0
}

// theYearIsCurrent reports whether "the (full, fiscal) year" names the
// current year, as news writes it after "for", "of", "in" or "during" ("sales
// for the full year", "a high for the year", "the first nine months of the
// year"), and not a length of time closed by a date or an event ("the year
// ended March 31", "in the year since the war", "the year before").
func theYearIsCurrent(m *match) bool {
	pw := norm(wordBefore(m))
	switch pw {
	case "for", "of", "in", "during":
	default:
		return false
	}
	if norm(m.nextWord()) == "of" && pw != "for" {
		return false // "in the year of the revolution"; but "a high for the year of $42.88"
	}
	if a := m.afterN(3); strings.HasPrefix(a, "-") || strings.HasPrefix(a, "'s") || strings.HasPrefix(a, "’s") {
		return false // "the year-ago quarter"; a possessive is the year in a narrative, a length in news
	}
	switch norm(m.nextWord()) {
	case "ended", "ending", "end", "to", "that", "which", "when", "in", "since", "before", "after", "earlier", "later", "ago",
		"following", "prior", "through", "from", "until", "and", "or":
		return false
	}
	return true
}

// genericToday reports whether the text after "today" is a possessive
// before a noun of data/generic_nouns.txt, perhaps after one adjective:
// "today's youth", "today's young people".
func genericToday(after string) bool {
	rest, ok := strings.CutPrefix(after, "'s")
	if !ok {
		if rest, ok = strings.CutPrefix(after, "’s"); !ok {
			return false
		}
	}
	for range 2 {
		w := wordAt(rest, 0)
		if w == "" {
			return false
		}
		if lex().generic[norm(w)] {
			return true
		}
		rest = rest[strings.Index(rest, w)+len(w):]
	}
	return false
}

// earlierLater is the modifier of "earlier" (START) or "later" (END) before
// a period: "later today", "earlier that year".
func earlierLater(w string) Mod {
	switch w {
	case "earlier":
		return ModStart
	case "later":
		return ModEnd
	}
	return ModNone
}

func partOfDay(p string) string {
	if code, ok := lex().sunTimes[p]; ok {
		return code // "dawn": MO
	}
	switch p {
	case "morning":
		return "MO"
	case "afternoon":
		return "AF"
	case "evening":
		return "EV"
	}
	return "NI"
}

func ruleWeekday() *Rule {
	var g struct{ wd, pl, pod, rel int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("weekday", "a weekday, possibly with last/this/next, early/late, a part of the day or its week; plural weekdays are sets",
		[]string{"Friday", "last Friday", "next Monday", "this Friday", "Friday night", "Friday morning", "Fridays", "the following Monday",
			"this coming Monday", "late Friday", "Tuesday next week", "Monday of last week", "a week from Friday", "Monday week"},
		`\b((?:(?P<rel>last|next|this|past|coming|this\s+past|this\s+coming|the\s+(?:previous|preceding|following|next|coming))\s+)?(?:(?P<wd>{weekdayname})|(?P<pl>{weekdays}))(?:\s+(?P<pod>mornings?|afternoons?|evenings?|nights?|lunchtimes?))?)()`,
		func(m *match, out *Expr) bool {
			wd, pl := m.at(g.wd), m.at(g.pl)
			plural := pl != "" || strings.HasSuffix(m.at(g.pod), "s") // "Tuesday nights" recur too
			if pl != "" {
				wd = pl[:len(pl)-1]
			}
			if !capitalized(wd) {
				return false
			}
			l := lex()
			hasRel := m.at(g.rel) != ""
			wb := wordBefore(m)
			if !hasRel && (namedBefore(l, wb) || capitalized(wb) && l.holidayBeforeDay[norm(wb)]) {
				return false // "Joe Friday"; "the Good Friday Agreement", which holiday leaves to no date
			}
			if a := m.afterN(40); mayBeNamedAfter(l, a) && l.namedAfter(a) {
				return false
			}
			var key string
			if pl != "" {
				key = norm(wd)
			} else {
				key = m.lowAt(g.wd) // norm(wd), from the lower-cased text
			}
			n := l.weekdays[key]
			if !plural && m.at(g.pod) == "" {
				if e, ok := nthOfMonth(m, m.lowAt(g.rel), n); ok {
					*out = e // "the first Monday in October"
					return true
				}
				if everyMonthAfter(m.after()) {
					return false // "the first Monday of each month": no date, the set is "each month"'s
				}
			}
			if !plural && !hasRel && m.at(g.pod) == "" {
				if k, d, of := dayAfterWeekday(m.after()); d != 0 {
					if of || l.dayNames[norm(m.text[m.start:m.end+k])] {
						return false // "Friday the 13th", a name; "Monday the 13th of June", read by month_day
					}
					m.end += k // "Monday the 13th": the 13th of the month nearest by tense whose 13th is a Monday
					*out = Expr{Kind: Calendar, Grain: GrainDay, Weekday: n, Day: d, DayOfMonth: true}
					return true
				}
			}
			var pod string
			if !plural && !hasRel {
				// "Monday and Tuesday nights": the plural makes both a set
				// (coordinatedPlural needs a "day" to match)
				if a := m.afterN(40); joinedAfter(a, ",", "and", "or") && strings.Contains(a, "day") {
					if c := coordinatedPlural.FindStringSubmatch(a); c != nil && l.weekdays[norm(c[1])] != 0 && (c[2] != "" || c[3] != "") {
						plural, pod = true, strings.TrimSuffix(norm(c[3]), "s")
					}
				}
			}
			// "Tuesday next week", "Monday week": read on from the weekday,
			// so that no try of the rule reads past most weekdays
			days := 0
			n2, wk := weekAfter(m.after())
			if plural || hasRel {
				n2, wk = 0, "" // "next Friday week", "Fridays this week": the week is a phrase of its own
			}
			wks := n2 > 0 && wk == ""
			if n2 > 0 {
				m.end += n2
				if wks {
					days = 7 // "Monday week": a week after the coming Monday
				} else {
					_, off, _ := relDir(wk)
					days = 7 * off // "Tuesday next week": next week's Tuesday
				}
			}
			// Words before the weekday, read back from it so that they start
			// no try of the rule: "a week from Friday", "late Friday".
			var fromDays int
			var mod Mod
			var podBefore string
			if !plural {
				before := m.text[:m.start]
				if at, d := fromBefore(before); d != 0 && days == 0 && !possessive(m.after()) { // not "spent a week on Friday's report"
					m.start, fromDays = at, d
				} else if at, p, pm := hoursBefore(before); p != "" && m.at(g.pod) == "" {
					m.start, podBefore, mod = at, p, pm // "the early hours of Saturday", "overnight Friday"
				} else if m.at(g.pod) == "" && dayPartMod(wb) != ModNone {
					// "late Friday", "earlier Sunday"; not "early [Friday
					// morning]", early in the morning, as TimeBank marks it
					if w, rest := lastWord(before); w == wb {
						m.start, mod = len(rest), dayPartMod(w)
					}
				} else if at, pm := partOnBefore(before); m.at(g.pod) == "" && pm != ModNone {
					m.start, mod = at, pm // "late on Wednesday", "early on Friday", as wire copy writes it
				}
			}
			if plural {
				if hasRel || days != 0 {
					return false
				}
				period := "XXXX-WXX-" + string(rune('0'+n))
				if p := m.lowAt(g.pod); p != "" {
					pod = strings.TrimSuffix(p, "s")
				}
				if pod != "" {
					period += "T" + partOfDay(pod) // "Tuesday nights"
				}
				*out = Expr{Kind: Recurrence, Grain: GrainDay, Period: period}
				return true
			}
			var rel string
			if hasRel {
				rel = m.lowAt(g.rel)
			}
			rel, anaphoric := strings.CutPrefix(rel, "the ")
			switch rel {
			case "preceding":
				rel = "previous"
			case "coming":
				anaphoric = false // "the coming Monday": the next after today
			}
			dir, _, ok := relDir(rel)
			if !ok {
				return false
			}
			// "the previous Friday", "the following Monday": next to the last
			// day mentioned, not to the publication date
			e := Expr{Kind: Calendar, Grain: GrainDay, Weekday: n, Dir: dir, Anaphoric: anaphoric, Days: fromDays, Mod: mod}
			switch {
			case fromDays != 0 && !hasRel:
				e.Dir = DirAhead // "a week from Friday": from the Friday to come; "a week from last Friday" keeps its last
			case wks:
				e.Dir, e.Days = DirAhead, days // "Monday week": a week after the coming Monday
			case wk == "that":
				e.Dir, e.Anaphoric = DirThis, true // "Friday of that week": in the week of the last day mentioned
			case wk != "":
				e.Dir, e.Days = DirThis, days // "Tuesday next week": this week's Tuesday and seven days
			case rel == "next" && !anaphoric:
				e.Dir, e.Days = DirThis, e.Days+7 // "next Wednesday" is Wednesday next week: on a Tuesday eight days ahead, not tomorrow
			}
			if p := m.lowAt(g.pod); p != "" {
				e.PartOfDay = partOfDay(p) // "Friday night": 2016-08-26TNI, a TIME
			} else {
				e.PartOfDay = podBefore
			}
			*out = e
			return true
		})
	g.wd, g.pl, g.pod, g.rel = r.groupIndex("wd"), r.groupIndex("pl"), r.groupIndex("pod"), r.groupIndex("rel")
	return r
}

// everyMonthAfter reports whether after, the text after a weekday, begins
// with "of" or "in" and "each" or "every" and "month": the weekday of a
// month's set ("the first Monday of each month"), no date.
func everyMonthAfter(after string) bool {
	if len(after) < len(" of each month") || after[0] != ' ' || after[4]|0x20 != 'e' {
		return false // most weekdays: one load
	}
	f := strings.Fields(norm(after[:min(len(after), 24)]))
	return len(f) >= 3 && (f[0] == "of" || f[0] == "in") && (f[1] == "each" || f[1] == "every") && strings.HasPrefix(f[2], "month")
}

// nthOfMonth reads the nth weekday of a month around the weekday wd that m
// matched, whose rel group read rel: an ordinal before it, "last" (rel) or
// "final", with or without "the", and "of" or "in" and a month's name
// after it, with or without its year: "the first Monday in October", "the
// last Friday of June 2025", "the 2nd Tuesday of Nov.". Its year is then
// read by tense, as a bare date's. Not "the first Monday of each month".
func nthOfMonth(m *match, rel string, wd int) (Expr, bool) {
	a := m.after()
	if len(a) < len(" of May") || a[0] != ' ' || a[3] != ' ' || !(a[1]|0x20 == 'o' && a[2]|0x20 == 'f' || a[1]|0x20 == 'i' && a[2]|0x20 == 'n') {
		return Expr{}, false // most weekdays
	}
	l := lex()
	rest := a[len(" of "):]
	mw := wordAt(rest, 0)
	mon := l.months[norm(mw)]
	if strings.HasPrefix(rest[strings.Index(rest, mw)+len(mw):], ".") && l.months[norm(mw+".")] != 0 {
		mw += "." // "Nov."
		mon = l.months[norm(mw)]
	}
	if mon == 0 || !capitalized(mw) || len(mw) < 4 && norm(mw) != "may" {
		return Expr{}, false // "of each month", "in Washington"
	}
	start := m.start
	n := -1 // "last Friday of June", rel read by the rule
	if rel != "last" {
		if rel != "" {
			return Expr{}, false // "next Monday in March"
		}
		w, before := lastWord(m.text[:m.start])
		switch lw := norm(w); {
		case lw == "final" || lw == "last":
		case len(lw) == 3 && lw[0] >= '1' && lw[0] <= '5' && lw[1:] == ordinalSuffix(int(lw[0]-'0')):
			n = int(lw[0] - '0')
		case l.ordinals[lw] >= 1 && l.ordinals[lw] <= 5:
			n = l.ordinals[lw]
		default:
			return Expr{}, false
		}
		start = len(before)
	}
	if w, before := lastWord(m.text[:start]); foldEq(w, "the") {
		start = len(before)
	}
	end := len(m.text) - len(rest) + strings.Index(rest, mw) + len(mw)
	e := Expr{Kind: Calendar, Grain: GrainDay, Weekday: wd, Month: mon, Nth: n}
	if y, k := yearAfter(m.text[end:]); k > 0 {
		e.Year, end = y, end+k
	}
	m.start, m.end = start, end
	return e, true
}

// yearAfter reads a year of four digits after a month's name, with or
// without a comma: ", 2025", " 2025". It returns the year and the length
// read, 0 when there is none.
func yearAfter(a string) (year, n int) {
	i := 0
	if i < len(a) && a[i] == ',' {
		i++
	}
	i = skipASCIISpace(a, i)
	if i == 0 || i+4 > len(a) || i+4 < len(a) && isWordByte(a[i+4]) {
		return 0, 0
	}
	for k := i; k < i+4; k++ {
		if !isDigit(a[k]) {
			return 0, 0
		}
	}
	y := atoi(a[i : i+4])
	if y < 1000 || y > 2199 {
		return 0, 0
	}
	return y, i + 4
}

func ruleMidweek() *Rule {
	return newRule("midweek", "the middle of a week: midweek, mid-week; the week of the Wednesday a bare weekday would be, MID",
		[]string{"midweek", "mid-week", "by [midweek]"},
		`\b(mid-?week)()\b`,
		func(m *match, out *Expr) bool {
			switch norm(wordBefore(m)) {
			case "a", "an", "every", "each":
				return false // "a midweek game": no week in particular
			}
			// resolved as the Wednesday, by tense, at the grain of its week
			*out = Expr{Kind: Calendar, Grain: GrainWeek, Weekday: 3, Mod: ModMid}
			return true
		})
}

// dayAfterWeekday reads a day of the month by its ordinal after a weekday,
// with or without a comma or "the": "Monday[,] [the] 13th". It returns the length of
// the text read and the day, or 0 when after begins with none; of says
// "of" follows it ("Monday the 13th of June").
func dayAfterWeekday(after string) (n, day int, of bool) {
	i := 0
	if i < len(after) && after[i] == ',' {
		i++
	}
	i = skipASCIISpace(after, i)
	if i == 0 {
		return 0, 0, false
	}
	if hasPrefixFold(after[i:], "the ") {
		i = skipASCIISpace(after, i+len("the "))
	}
	j := i
	for j < len(after) && j-i < 2 && isDigit(after[j]) {
		j++
	}
	if j == i || j+2 > len(after) {
		return 0, 0, false
	}
	switch strings.ToLower(after[j : j+2]) {
	case "st", "nd", "rd", "th":
	default:
		return 0, 0, false
	}
	d, end := atoi(after[i:j]), j+2
	if d < 1 || d > 31 || end < len(after) && isWordByte(after[end]) {
		return 0, 0, false
	}
	return end, d, ofNext(after[end:])
}

// hoursBefore reads back from a weekday the hours of it that before ends
// in, as a TIMEX3 part of the day and its modifier: "overnight [Friday]" is
// Friday's night (NI); "the early hours of [Saturday]", "the small hours",
// "the wee hours" are the hours after midnight, the start of Saturday's
// morning (MO, START), as news also writes them "early Saturday morning":
// TIMEX3 dates a part of the day by the day it falls in, and Saturday's NI
// is the night after Saturday evening. pod is "" when before ends in none.
func hoursBefore(before string) (at int, pod string, mod Mod) {
	if !endsInOf(before) {
		if n := len(before); n >= len("overnight ") && before[n-2]|0x20 == 't' {
			if w, rest := lastWord(before); foldEq(w, "overnight") {
				return len(rest), "NI", ModNone
			}
		}
		if at, pod := sunTimeOn(before); pod != "" {
			return at, pod, ModNone
		}
		return 0, "", ModNone
	}
	_, rest := lastWord(before)
	w, rest := lastWord(rest)
	if !foldEq(w, "hours") {
		return 0, "", ModNone
	}
	if at, ok := smallHoursBefore(rest); ok {
		return at, "MO", ModStart
	}
	return 0, "", ModNone
}

// sunTimeOn reads back from a day a time named by the sun (or a meal) and
// "on" that before ends in, in lower case: "dawn on [Wednesday]" is
// Wednesday's morning (MO), one TIME as "Wednesday morning" is;
// data/sun_times.txt. Without "on", as AP style writes it, the time needs a
// preposition before it: "shortly after daybreak [Saturday]", "at dawn
// [Friday]" (not "the dawn Saturday raid"). pod is "" when before ends in
// none.
func sunTimeOn(before string) (at int, pod string) {
	n := len(before)
	l := lex()
	if n < len("dawn ") || before[n-1] != ' ' || !l.sunLast[0][before[n-2]|0x20] || !l.sunLast[1][before[n-3]|0x20] {
		return 0, "" // most days: no "on" and no time of the sun before them
	}
	w, rest := lastWord(before)
	on := foldEq(w, "on")
	if on {
		w, rest = lastWord(rest)
	}
	if w == "" || !l.sunFirst.may(w) {
		return 0, "" // most words before a day: no look-up
	}
	p := l.sunTimes[w] // as written: "Dawn" may be a name
	if p == "" || !on && !sunPrepositions[norm(lastWordOf(rest))] {
		return 0, ""
	}
	return len(rest), p
}

// lastWordOf returns the last word of s (lastWord), without the text before it.
func lastWordOf(s string) string {
	w, _ := lastWord(s)
	return w
}

// hoursOf gives a day the hours of it that hoursBefore reads back before
// its phrase: "the early hours of [5 January]" is 2016-01-05TMO START,
// "overnight [Christmas Day]" its TNI, TIMEs as with a weekday.
func hoursOf(m *match, e *Expr) {
	if e.WeekOf || e.WeekendOf || e.PartOfDay != "" || e.Mod != ModNone {
		return
	}
	if at, pod, mod := hoursBefore(m.text[:m.start]); pod != "" {
		m.start, e.PartOfDay, e.Mod = at, pod, mod
	}
}

// endsInOf reports whether s ends in the word "of" and one space, as
// before a month in "the first week of March": a test of three bytes
// before reading words back.
func endsInOf(s string) bool {
	n := len(s)
	return n >= 3 && s[n-1] == ' ' && s[n-2]|0x20 == 'f' && s[n-3]|0x20 == 'o' && (n == 3 || !isASCIIWordByte(s[n-4]))
}

// smallHours reports whether before, the text before "hours", ends in "the
// early", "the small" or "the wee".
func smallHours(before string) bool { _, ok := smallHoursBefore(before); return ok }

// smallHoursBefore reports whether before, the text before "hours", ends
// in "the early", "the small" or "the wee", and where that starts: those
// hours are a time of night, no length of time.
func smallHoursBefore(before string) (at int, ok bool) {
	w, rest := lastWord(before)
	if !foldEq(w, "early") && !foldEq(w, "small") && !foldEq(w, "wee") {
		return 0, false
	}
	if w, rest = lastWord(rest); !foldEq(w, "the") {
		return 0, false
	}
	return len(rest), true
}

// dayPartMod returns the modifier that the word w before a day gives it:
// START for "early" and "earlier", END for "late" and "later".
// partOnBefore reads "late on" or "early on" (or "earlier", "later") at the
// end of before, the text before a weekday: where it starts and the
// modifier it gives, or ModNone.
func partOnBefore(before string) (int, Mod) {
	on, rest := lastWord(before)
	if !foldEq(on, "on") {
		return 0, ModNone
	}
	w, rest := lastWord(rest)
	return len(rest), dayPartMod(w)
}

func dayPartMod(w string) Mod {
	switch {
	case foldEq(w, "early") || foldEq(w, "earlier"):
		return ModStart
	case foldEq(w, "late") || foldEq(w, "later"):
		return ModEnd
	}
	return ModNone
}

// weekAfter reads the week of a weekday at the start of after, the text
// after it: " next week", " of last week", " this week", " of that week" (wk
// is next, last, this or that: the week of the last day mentioned) or " week"
// ("Monday week": wk is ""). n is the length read, 0 when
// none is there, or when a possessive or a hyphen makes the week a phrase
// of its own ("Tuesday next week's vote", "Monday week-long talks").
func weekAfter(after string) (n int, wk string) {
	if i := skipASCIISpace(after, 0); i == 0 || i == len(after) || strings.IndexByte("onltw", after[i]|0x20) < 0 {
		return 0, "" // most weekdays: no "of", "next", "last", "this" or "week" after them
	}
	w, rest := asciiField(after)
	if foldEq(w, "of") {
		if w, rest = asciiField(rest); weekWord(w) {
			return 0, ""
		}
	}
	if !weekWord(w) {
		for _, d := range [...]string{"next", "last", "this", "that"} {
			if foldEq(w, d) {
				wk = d
			}
		}
		if wk == "" {
			return 0, ""
		}
		if w, rest = asciiField(rest); !weekWord(w) {
			return 0, ""
		}
	}
	return len(after) - len(rest) - (len(w) - len("week")), wk
}

// weekWord reports whether the field w is "week", in any case, perhaps with
// a punctuation mark after it that ends a phrase ("week.", "week,"), and
// not "weekend", "week's" or "week-long".
func weekWord(w string) bool {
	if len(w) < len("week") || !hasPrefixFold(w, "week") {
		return false
	}
	return len(w) == len("week") || strings.IndexByte(",.;:)!?", w[len("week")]) >= 0
}

// coordinatedPlural reads "and Tuesdays" or "and Tuesday nights" after a
// weekday: the weekday name, its plural s and the plural part of the day.
var coordinatedPlural = regexp.MustCompile(`^\s*(?:,|,?\s+and|,?\s+or)\s+([A-Z][a-z]+day)(s)?\b(?:\s+(mornings|afternoons|evenings|nights)\b)?`)

// startsWithThe reports whether strings.ToLower(s) begins with "the": no
// rune outside ASCII lower-cases to an ASCII letter but i and k
// (TestStartsWithThe), so the first three bytes decide.
func startsWithThe(s string) bool { return len(s) >= 3 && hasPrefixFold(s, "the") }

// mayBeNamedAfter reports whether a may begin with a word of l.nameAfter
// (after white space, in any case): a cheap test of its first two bytes
// before l.namedAfter, which normalises all of a. A byte outside ASCII may
// be anything to norm.
func mayBeNamedAfter(l *lexicon, a string) bool {
	i := skipASCIISpace(a, 0)
	if i >= len(a) {
		return false
	}
	if a[i] >= utf8.RuneSelf || i+1 < len(a) && a[i+1] >= utf8.RuneSelf {
		return true
	}
	c0, c1 := ascii.Lower(a[i]), byte(0)
	if i+1 < len(a) {
		c1 = ascii.Lower(a[i+1])
	}
	return l.nameAfterPairs.has(c0, c1)
}

// namedBefore reports whether l.nameBefore holds norm(w), for the word w
// before a weekday ("Joe Friday"). Its first byte passes over most words
// without normalising and looking them up: norm lower-cases an ASCII
// byte that is not a space and keeps it first.
func namedBefore(l *lexicon, w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && !isASCIISpace(w[0]) && !nameBeforeInitials()[ascii.Lower(w[0])] {
		return false
	}
	return l.nameBefore[norm(w)]
}

// nameBeforeInitials holds the first bytes of the words of nameBefore.
var nameBeforeInitials = sync.OnceValue(func() *[256]bool {
	var set [256]bool
	for w := range lex().nameBefore {
		if w != "" {
			set[w[0]] = true
		}
	}
	return &set
})

// wordBefore returns m.prevWord(), the word before the phrase, reading
// ASCII text itself; it asks prevWord when it meets a byte outside ASCII.
func wordBefore(m *match) string {
	i := m.start
	for i > 0 && isASCIISpace(m.text[i-1]) {
		i--
	}
	j := i
	for j > 0 && isASCIIWordByte(m.text[j-1]) {
		j--
	}
	if j > 0 && m.text[j-1] >= utf8.RuneSelf {
		return m.prevWord() // a space or a letter of Unicode's
	}
	return m.text[j:i]
}

// isASCIIWordByte is isWordRune for an ASCII byte.
func isASCIIWordByte(c byte) bool { return asciiWordBytes[c] }

// asciiWordBytes is isASCIIWordByte for every byte: one load instead of
// five tests.
var asciiWordBytes = func() (w [256]bool) {
	for b := range w {
		c := byte(b)
		w[b] = isASCIILetter(c) || isDigit(c) || c == '-'
	}
	return w
}()

func ruleQuarter() *Rule {
	var g struct{ q, y, qn, nq, y2, py, the, hy, fy, rel int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("quarter", "quarters: the third quarter, Q3 2016, last quarter",
		[]string{"the third quarter", "third-quarter", "Q3 2016", "the fourth quarter of 2015", "the holiday quarter"},
		`\b((?:(?P<the>the)\s+)?(?:(?P<py>{year}|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|year-earlier|year-ago)\s+)?(?:(?P<fy>fiscal)[\s-]+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|holiday)(?P<hy>[\s-]+)(?:fiscal[\s-]+)?quarter(?:(?:\s+of)?\s+(?P<y>{fyear})|\s+of\s+(?P<rel>last|this|next)\s+year)?|(?:Q(?P<qn>[1-4])|(?P<nq>[1-4])Q)(?:(?:\s+|[/-])(?P<y2>{fyear}))?))()\b`,
		func(m *match, out *Expr) bool {
			var q int
			switch m.lowAt(g.q) {
			case "first", "1st":
				q = 1
			case "second", "2nd":
				q = 2
			case "third", "3rd":
				q = 3
			case "fourth", "4th", "holiday":
				q = 4 // "the holiday quarter": October to December, as retailers count it
			}
			y := m.at(g.y)
			if qn := m.at(g.qn) + m.at(g.nq); qn != "" {
				if !strings.Contains(m.phrase(), "Q") {
					return false // "q3"
				}
				q, y = atoi(qn), m.at(g.y2)
				if m.at(g.nq) != "" && y == "" {
					return false // "2Q 2016" as analysts write it, not "3Q" alone
				}
			}
			if q != 0 && y == "" && m.at(g.py) == "" && m.at(g.rel) == "" && m.lowAt(g.fy) == "" && gameSentence(m.lc, m.start, m.end) {
				return false // "with 3:33 left in the fourth quarter": a period of the game
			}
			e := Expr{Kind: Calendar, Grain: GrainQuarter, Part: q}
			if y != "" {
				if e.Year = fiscalYear(y); e.Year == 0 {
					return false // "FY17" in lower case
				}
			}
			switch py := m.lowAt(g.py); {
			case py == "":
			case yearNumber(py) != 0:
				e.Year = yearNumber(py)
			case strings.HasPrefix(py, "year-"):
				e.RelYear, e.YearOffset = true, -1
			default:
				_, off, _ := relDir(strings.Fields(py)[0])
				e.RelYear, e.YearOffset = true, off
			}
			if m.at(g.the) != "" && m.at(g.py) == "" && strings.HasPrefix(m.at(g.hy), "-") && m.lowAt(g.fy) == "" {
				// "the third-quarter results": "the" goes with "results"
				m.start += strings.Index(strings.ToLower(m.phrase()), "the") + 3
				for m.start < m.end && m.text[m.start] == ' ' {
					m.start++
				}
			} else if at, mod := partOfBefore(m.text[:m.start]); mod != ModNone {
				m.start, e.Mod = at, mod // "the end of the third quarter", read back so that "the end" starts no try
			}
			if r := m.at(g.rel); r != "" {
				_, off, _ := relDir(r)
				e.RelYear, e.YearOffset = true, off
			}
			*out = e
			return true
		})
	g.q, g.y, g.qn, g.y2 = r.groupIndex("q"), r.groupIndex("y"), r.groupIndex("qn"), r.groupIndex("y2")
	g.py, g.the, g.hy, g.fy = r.groupIndex("py"), r.groupIndex("the"), r.groupIndex("hy"), r.groupIndex("fy")
	g.rel, g.nq = r.groupIndex("rel"), r.groupIndex("nq")
	return r
}

// fiscalYear reads a year after a quarter or a half ({fyear}): "2016",
// "fiscal 2017", "FY2017", "FY 17"; two digits after FY are the years
// 1950 to 2049. 0 when FY is not in capitals or no year is there.
// ruleMonthQuarter reads a quarter named by its first and last months, as
// business news writes it of companies whose fiscal year is not the
// calendar's: "the April-June quarter" is the second quarter (2016-Q2), by
// tense as "the second quarter" is; or by its last month alone, as
// earnings reports write it: "the June quarter" is 2016-Q2, "the December
// quarter" the fourth. Months that make no calendar quarter ("the
// June-August period", "the May quarter") are left to the month rule, as is
// a single month before "period" ("the June period").
func ruleMonthQuarter() *Rule {
	var g struct{ m1, m2, u, y int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("month_quarter", "a quarter named by its months: the April-June quarter, the July-September period, the June quarter",
		[]string{"the April-June quarter", "the July-September period", "the October-December quarter of 2015", "the June quarter", "the December quarter of 2015"},
		`\b((?:the\s+)?(?P<m1>{monthname})(?:\s*[-–]\s*(?P<m2>{monthname}))?\s+(?P<u>quarter|period)(?:\s+of\s+(?P<y>{year}))?)()\b`,
		func(m *match, out *Expr) bool {
			m1, last := lex().months[m.lowAt(g.m1)], m.at(g.m2)
			m2 := lex().months[m.lowAt(g.m2)]
			if last == "" {
				// "the June quarter": the quarter that ends in that month
				if m.lowAt(g.u) != "quarter" {
					return false // "the June period": a month's
				}
				last, m1, m2 = m.at(g.m1), m1-2, m1
			}
			if m1%3 != 1 || m2 != m1+2 || !capitalized(m.at(g.m1)) || !capitalized(last) {
				return false
			}
			*out = Expr{Kind: Calendar, Grain: GrainQuarter, Part: m1/3 + 1, Year: yearNumber(m.at(g.y))}
			return true
		})
	g.m1, g.m2, g.u, g.y = r.groupIndex("m1"), r.groupIndex("m2"), r.groupIndex("u"), r.groupIndex("y")
	return r
}

// gameSentence reports whether the lower-case sentence low holds a word
// of a game's play (data/game_words.txt) within gameReach bytes of the
// phrase at [start, end), which makes a quarter there the game's: "scored
// on a touchdown pass late in the third quarter". It reads the words around
// the phrase once (a word before it may run into it: "left in the"),
// looking each up by itself (lexicon.gameWords).
func gameSentence(low string, start, end int) bool {
	i, stop := max(start-gameReach, 0), min(end+gameReach, len(low))
	for i > 0 && i < stop && isWordByte(low[i-1]) {
		i++ // from a word's start
	}
	l := lex()
	for i < stop {
		for i < stop && !isWordByte(low[i]) {
			i++
		}
		if i >= start && i < end {
			i = end // the phrase's own words ("the third quarter") are no game's
			continue
		}
		j := i
		if j+8 <= len(low) {
			j += swar.LowerRun(swar.LoadAt(low, j)) // most words: letters alone, eight at a time
		}
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if j == i || l.gameFirst[low[i]]>>min(j-i, 63)&1 == 0 { // wordStarts.may without the slice
			i = j
			continue // most words: no game word has their first byte and length
		}
		for _, p := range l.gameWords[low[i:j]] {
			if k := i + len(p); strings.HasPrefix(low[i:], p) && (k == len(low) || !isWordByte(low[k])) {
				return true
			}
		}
		i = j
	}
	return false
}

// gameReach is how far (in bytes) from a quarter gameSentence looks for a
// word of a game's play.
const gameReach = 40

func fiscalYear(s string) int {
	switch {
	case len(s) > len("fiscal") && hasPrefixFold(s, "fiscal"):
		s = strings.TrimSpace(s[len("fiscal"):])
		if len(s) > len("year") && hasPrefixFold(s, "year") {
			s = strings.TrimSpace(s[len("year"):])
		}
	case strings.HasPrefix(s, "FY"):
		s = strings.TrimSpace(s[len("FY"):])
	case len(s) > 2 && hasPrefixFold(s, "fy"):
		return 0 // "fy17"
	}
	n := yearNumber(s)
	if len(s) == 2 {
		n += 1900
		if n < 1950 {
			n += 100
		}
	}
	return n
}

func ruleQuarterRef() *Rule {
	var g struct{ adj, m, ly, tl, u, y int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("quarter_ref", "the quarter under discussion: the quarter, the latest quarter, the year-ago period",
		[]string{"the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "the 1988 period", "[the quarter] that ended"},
		`\b((?:(?:the|this)\s+(?:(?P<m>(?:(?:latest|current|most\s+recent|recent|just-ended|year-earlier|year-ago|comparable|corresponding|same|fiscal)\s+)+)|(?P<y>{year})\s+)?|(?P<ly>last\s+year['’]s)\s+)(?P<u>quarter|period)(?P<tl>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?|(?P<adj>year-earlier|year-ago))()\b`,
		func(m *match, out *Expr) bool {
			if m.at(g.adj) != "" {
				// "a year-earlier loss": the quarter (or year) a year before
				*out = Expr{Kind: Relative, Grain: GrainYear, Offset: -1, YearAgo: true}
				return true
			}
			mod := m.lowAt(g.m)
			if m.at(g.ly) != "" || m.at(g.tl) != "" {
				mod = "year-ago"
			}
			if m.lowAt(g.u) == "period" && mod == "" && m.at(g.y) == "" || strings.HasPrefix(m.afterN(4), " of") || fractionOfNoun(m.afterN(2)) {
				return false // "the period", "the quarter of a century", "the quarter-final"
			}
			if capitalized(m.at(g.u)) {
				return false // "the Latin Quarter"
			}
			if strings.TrimSpace(mod) == "current" && m.at(g.y) == "" {
				// "the current period": the quarter of the anchor, as "the
				// current quarter" is (relative_unit), not the last one named
				*out = Expr{Kind: Relative, Grain: GrainQuarter}
				return true
			}
			e := Expr{Kind: Calendar, Grain: GrainQuarter, QuarterRef: true}
			if mod == "" && m.at(g.y) == "" && m.lowAt(g.u) == "quarter" {
				// "the quarter ended Sept. 30": Q3, unless a quarter was named before
				e.Part = quarterEnded(m.afterN(30))
			}
			if strings.Contains(mod, "year-") || strings.Contains(mod, "comparable") || strings.Contains(mod, "corresponding") {
				e.Offset = -4
			}
			e.LastDone = strings.Contains(mod, "recent") || strings.Contains(mod, "latest") || strings.Contains(mod, "just-ended")
			if y := m.at(g.y); y != "" {
				e.Year = yearNumber(y) // "the 1988 period": the quarter under discussion, in 1988
			}
			*out = e
			return true
		})
	g.adj, g.m, g.ly, g.tl = r.groupIndex("adj"), r.groupIndex("m"), r.groupIndex("ly"), r.groupIndex("tl")
	g.u, g.y = r.groupIndex("u"), r.groupIndex("y")
	return r
}

func ruleHalf() *Rule {
	var g struct{ h, y, rel, mon, my, hn, nh, hy, dec, dc, dd int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("half", "halves of a year: the first half of 2016, H1 2016, first-half 2016; of a month: the first half of October; of a decade: the second half of the 2010s",
		[]string{"the first half", "the second half of 2015", "the first half of October", "H1 2016", "1H 2016", "first-half 2016", "the first half of calendar 2025", "the second half of the financial year", "the first half of the decade", "the second half of the 2010s"},
		`\b((?:the\s+)?(?P<h>first|second|last|latter)[\s-]+half(?:(?:\s+of)?\s+(?:calendar\s+)?(?P<y>{fyear})|\s+of\s+(?:the\s+(?:financial\s+|fiscal\s+)?year|(?P<rel>last|this|next)\s+year|(?P<mon>{monthname})(?:,?\s+(?P<my>{year}))?|the\s+(?P<dec>decade|(?P<dc>1\d|20)(?P<dd>\d)0s)))?|(?:H(?P<hn>[12])|(?P<nh>[12])H)(?:\s+|[/-])(?P<hy>{fyear}))()\b`,
		func(m *match, out *Expr) bool {
			first := m.lowAt(g.h) == "first"
			if m.at(g.dec) != "" {
				*out = decadeHalf(first, m.at(g.dc), m.at(g.dd)) // "the first half of the decade": its start, as of a month
				return true
			}
			if hn := m.at(g.hn) + m.at(g.nh); hn != "" {
				// "H1 2016", "1H 2016", "H2 FY17", as earnings reports write them
				y := fiscalYear(m.at(g.hy))
				if !strings.Contains(m.phrase(), "H") || y == 0 {
					return false // "h1 2016", "fy17"
				}
				*out = Expr{Kind: Calendar, Grain: GrainHalf, Part: atoi(hn), Year: y}
				return true
			}
			if mon := m.at(g.mon); mon != "" {
				// "the first half of October": the month's start or end,
				// the closest TIMEX3 comes to half a month
				if !capitalized(mon) {
					return false
				}
				e := Expr{Kind: Calendar, Grain: GrainMonth, Month: lex().months[m.lowAt(g.mon)], Mod: ModEnd}
				if first {
					e.Mod = ModStart
				}
				if y := m.at(g.my); y != "" {
					e.Year = yearNumber(y)
				}
				*out = e
				return true
			}
			if ofNext(m.afterN(40)) {
				return false // "the first half of the game", "of the century"
			}
			e := Expr{Kind: Calendar, Grain: GrainHalf, Part: 1}
			if !first {
				e.Part = 2
			}
			if y := m.at(g.y); y != "" {
				if e.Year = fiscalYear(y); e.Year == 0 {
					return false // "fy17"
				}
			}
			if r := m.at(g.rel); r != "" {
				_, off, _ := relDir(r)
				e.RelYear, e.YearOffset = true, off
			}
			*out = e
			return true
		})
	g.h, g.y, g.rel, g.mon, g.my = r.groupIndex("h"), r.groupIndex("y"), r.groupIndex("rel"), r.groupIndex("mon"), r.groupIndex("my")
	g.hn, g.nh, g.hy = r.groupIndex("hn"), r.groupIndex("nh"), r.groupIndex("hy")
	g.dec, g.dc, g.dd = r.groupIndex("dec"), r.groupIndex("dc"), r.groupIndex("dd")
	return r
}

// decadeHalf returns the first or second half of a decade as the decade
// with START or END, the closest TIMEX3 comes to it: of the decade of the
// anchor ("the first half of the decade") when c and d, the century and
// decade digits of "the 2010s", are empty.
func decadeHalf(first bool, c, d string) Expr {
	mod := ModEnd
	if first {
		mod = ModStart
	}
	if c == "" {
		return Expr{Kind: Relative, Grain: GrainDecade, Mod: mod}
	}
	return Expr{Kind: Calendar, Grain: GrainDecade, Decade: atoi(c)*10 + atoi(d), Mod: mod}
}

func ruleSeason() *Rule {
	var g struct{ s, rel, part, the, y, y2, sy int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("season", "seasons: this summer, last winter, the summer of 2014, the summer of '69, the winter of 2020-21",
		[]string{"this summer", "last winter", "summer 2015", "the summer of 2014", "early summer", "the spring of '08", "winter 2020-21", "the 2020-21 winter"},
		`\b((?:(?P<rel>last|next|this|past|coming|this\s+past|this\s+coming)\s+|(?:the\s+)?`+partPrefix+`)?(?:(?P<the>the)\s+)?(?P<s>{season})(?:\s+(?:of\s+)?(?:(?P<y>{year})(?:[-/–](?P<y2>\d\d(?:\d\d)?)\b)?|['’](?P<sy>\d\d)\b))?)()\b`,
		func(m *match, out *Expr) bool {
			s := m.lowAt(g.s)
			code := lex().seasons[s]
			if s == "fall" || s == "spring" {
				// verbs too: need a determiner, a modifier, a year or a preposition.
				// "the" is read by partPrefix when no part follows it
				pw, the := norm(wordBefore(m)), m.at(g.the) != "" || startsWithThe(m.phrase())
				if m.at(g.rel) == "" && m.at(g.part) == "" && !the && m.at(g.y) == "" && m.at(g.sy) == "" &&
					pw != "in" && pw != "this" && pw != "since" && pw != "by" && pw != "until" && pw != "during" {
					return false
				}
				if ofNext(m.afterN(40)) && m.at(g.y) == "" && m.at(g.sy) == "" {
					return false // "the fall of Aleppo"
				}
			}
			dir, _, ok := relDir(m.at(g.rel))
			if !ok {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainSeason, Season: code, Dir: dir, Mod: partMod(m.lowAt(g.part))}
			if y := m.at(g.y); y != "" {
				e.Year = yearNumber(y)
				if y2 := m.at(g.y2); y2 != "" && (code != "WI" || !nextYear(e.Year, y2)) {
					_, m.end, _ = m.span(g.y) // "summer 2015-16": the season is of the first year alone
				}
			} else if m.at(g.rel) == "" && m.at(g.part) == "" && m.at(g.sy) == "" && code == "WI" {
				if at, y := winterYearsBefore(m.text[:m.start]); y != 0 {
					m.start, e.Year = at, y // "the 2020-21 winter": labelled by the year of its December
				}
			}
			e.ShortYear = m.at(g.sy) // "the summer of '69": the year as short_year reads it
			*out = e
			return true
		})
	g.s, g.rel, g.part, g.the = r.groupIndex("s"), r.groupIndex("rel"), r.groupIndex("part"), r.groupIndex("the")
	g.y, g.y2, g.sy = r.groupIndex("y"), r.groupIndex("y2"), r.groupIndex("sy")
	return r
}

// nextYear reports whether y2, the second year of a range written after
// the year y ("2020-21", "2020/2021"), is the year after it: a winter
// spans the two.
func nextYear(y int, y2 string) bool {
	n := atoi(y2)
	if len(y2) == 2 {
		return n == (y+1)%100
	}
	return n == y+1
}

// winterYearsBefore reads back from "winter" a range of two years that
// runs over the new year, with or without "the": "the 2020-21 winter",
// "the 2020/21 winter". It returns where the phrase starts and the first
// year (a winter's label), or 0 when before does not end in one.
func winterYearsBefore(before string) (at, year int) {
	t := strings.TrimRight(before, " ")
	i := len(t)
	for i > 0 && (isDigit(t[i-1]) || t[i-1] == '-' || t[i-1] == '/') {
		i--
	}
	w := t[i:]
	if len(w) != 7 && len(w) != 9 || w[4] != '-' && w[4] != '/' || i > 0 && t[i-1] != ' ' {
		return 0, 0
	}
	for k := range len(w) {
		if k != 4 && !isDigit(w[k]) {
			return 0, 0
		}
	}
	y := atoi(w[:4])
	if y < 1000 || !nextYear(y, w[5:]) {
		return 0, 0
	}
	if the, rest := lastWord(t[:i]); foldEq(the, "the") {
		return len(rest), y
	}
	return i, y
}

func ruleMonthAlone() *Rule {
	var g struct{ mon, rel, part int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("month", "a month name alone, possibly with last/next or a part: July, late August, mid-July; the following March, after the last date named",
		[]string{"July", "late August", "mid-August", "the end of August", "last March", "in [May]", "the following March", "the preceding January"},
		`\b((?:(?P<rel>last|next|this|past|coming)\s+|`+partPrefix+`)?(?P<mon>{monthname}))()`,
		func(m *match, out *Expr) bool {
			mon := m.at(g.mon)
			if !capitalized(mon) {
				return false
			}
			n := lex().months[m.lowAt(g.mon)] // norm(mon), from the lower-cased text
			nw := m.nextWord()
			if nw != "" && capitalized(nw) && lex().months[norm(nw)] == 0 && strings.IndexByte(m.after()[:strings.Index(m.after(), nw)], ',') < 0 &&
				m.at(g.part) == "" && m.at(g.rel) == "" {
				return false // "April Ryan", "June Carter", but "in late April Soviet forces"
			}
			seqAt, seqDir, seq := sequelBefore(m.text[:m.start])
			if n == 5 || n == 3 { // May and March are also verbs, names and nouns
				pw := norm(wordBefore(m))
				if m.at(g.rel) == "" && m.at(g.part) == "" && !monthPrepositions[pw] && !monthBeforeEvent(wordBefore(m), nw) && !seq {
					return false
				}
				if ofNext(m.afterN(40)) {
					return false // "the March of Dimes"
				}
				if n == 5 && m.at(g.rel) == "" && m.at(g.part) == "" && monthPerson(m) {
					return false // "Slaughter and May", "critics of May said"
				}
			}
			dir, _, ok := relDir(m.at(g.rel))
			if !ok {
				return false
			}
			e := Expr{Kind: Calendar, Grain: GrainMonth, Month: n, Dir: dir, Mod: partMod(m.lowAt(g.part))}
			if e.Mod == ModNone && dir == DirAuto {
				if at, mod := weekPartBefore(m.text[:m.start]); mod != ModNone {
					m.start, e.Mod = at, mod // "the first week of March"
				}
			}
			if seq && dir == DirAuto && e.Mod == ModNone {
				m.start, e.Dir, e.Anaphoric = seqAt, seqDir, true // "the following February": after the last date named
			} else if dir == DirAuto {
				e.Year = rangeYear(m.after(), n, false) // "in August and September 1914"
			}
			*out = e
			return true
		})
	g.mon, g.rel, g.part = r.groupIndex("mon"), r.groupIndex("rel"), r.groupIndex("part")
	return r
}

// partOfBefore reads back from a period a part of it that ends in "of"
// (data/parts.txt): "the end of [the third quarter]", "the middle of [Q2
// 2016]". It returns where the phrase starts and the part's modifier,
// ModNone when before does not end in one.
func partOfBefore(before string) (at int, mod Mod) {
	if !endsInOf(before) {
		return 0, ModNone // most periods: read no word back
	}
	l := lex()
	_, rest := lastWord(before)
	phrase := "of"
	for range 3 {
		w, r := lastWord(rest)
		if w == "" {
			break
		}
		phrase, rest = norm(w)+" "+phrase, r
		if m, ok := l.parts[phrase]; ok {
			at, mod = len(rest), m // the longest: "the end of", not "end of"
		}
	}
	return at, mod
}

// weekPartBefore reads back from a month or year a week or days of it that
// name its part (data/week_parts.txt): "the first week of [March]", "the
// last few days of [2015]". It returns where the phrase starts, and
// ModNone when before does not end in one.
func weekPartBefore(before string) (at int, mod Mod) {
	if !endsInOf(before) {
		return 0, ModNone // most months and years: read no word back
	}
	_, rest := lastWord(before)
	u, rest := lastWord(rest)
	if w, r := lastWord(rest); foldEq(w, "few") {
		rest = r // "the first few days of"
	}
	o, rest := lastWord(rest)
	if mod = lex().weekPart[norm(o)+" "+norm(u)]; mod == ModNone {
		return 0, ModNone
	}
	if w, r := lastWord(rest); foldEq(w, "the") {
		rest = r
	}
	return len(rest), mod
}

// joinedAfter reports whether s, after white space, begins with one of
// joins (letters in any case): a cheap test before a regexp that reads a
// second date or weekday joined to a first.
func joinedAfter(s string, joins ...string) bool { return joinEnd(s, joins) >= 0 }

// joinEnd returns the offset in s after the white space and the first of
// joins that s begins with (letters in any case, as strings.EqualFold
// compares them when the joins are ASCII words or dashes, which fold to
// nothing else), or -1 when it begins with none.
func joinEnd(s string, joins []string) int {
	i := skipRegexpSpace(s, 0)
	for _, j := range joins {
		// the first byte passes over most joins at once
		if len(s)-i >= len(j) && (len(j) == 0 || j[0]|0x20 == s[i]|0x20 && hasPrefixFold(s[i:], j)) {
			return i + len(j)
		}
	}
	return -1
}

// hasPrefixFold reports whether s begins with j, ASCII letters in any case.
func hasPrefixFold(s, j string) bool {
	if len(s) < len(j) {
		return false // "the week j": justGone once read past the end here
	}
	for k := 0; k < len(j); k++ {
		if c, d := s[k]|0x20, j[k]|0x20; s[k] != j[k] && (c != d || c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// skipRegexpSpace returns the offset of the first byte from i on in s that
// \s does not match in a regexp: space, \t, \n, \f, \r.
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// rangeJoins are the words and dashes that join the two dates of a range
// or a pair.
var rangeJoins = []string{"-", "–", "—", "and", "to", "through", "until", "till", "or"}

// rangeTails reads the second date of a range or a pair after a first one
// without a year: "- 15 September 1951", " and September 1914", " to Feb.
// 15, 1989"; dayTail also the day alone: "-9, 1918" after "March 5".
var rangeTails = sync.OnceValue(func() [2]*regexp.Regexp {
	l := lex()
	join := `^\s*(?:` + strings.Join(rangeJoins, "|") + `)\s*` // no metacharacters among them

	month := `(?:{dnum}\s+(?:of\s+)?)?(?P<mon>{month})(?:\s*{dnum})?,?\s+(?P<y>{year})`
	return [2]*regexp.Regexp{
		regexp.MustCompile(`(?i)` + expand(join+month, l)),
		regexp.MustCompile(`(?i)` + expand(join+`(?:`+month+`|{dnum},?\s+(?P<dy>{year}))`, l)),
	}
})

// rangeYear returns the year of the date that closes a range or a pair
// begun by a date without a year in month mon ("in [August] and September
// 1914", "[26 June] - 4 August 1952", "from [Nov. 15] to Feb. 15, 1989"):
// the first date takes the second's year, or the year before when its
// month comes later in the year. after is the text after the first date;
// dayTail lets the second date be a day of the same month ("March 5-9,
// 1918"). It returns 0 when no such date follows.
func rangeYear(after string, mon int, dayTail bool) int {
	if len(after) > 60 {
		after = after[:60]
	}
	if end := joinEnd(after, rangeJoins); end < 0 || !mayHoldRangeTail(after[end:]) {
		return 0 // the cheap tests first: most dates are followed by no range
	}
	re := rangeTails()[0]
	if dayTail {
		re = rangeTails()[1]
	}
	sm := re.FindStringSubmatch(after)
	if sm == nil {
		return 0
	}
	var y, mon2 int
	for i, name := range re.SubexpNames() {
		switch {
		case sm[i] == "":
		case name == "y" || name == "dy":
			y = yearNumber(sm[i])
		case name == "mon":
			if !capitalized(sm[i]) {
				return 0
			}
			mon2 = lex().months[norm(sm[i])]
		}
	}
	if w := wordAt(after, len(sm[0])); lex().yearNoun[norm(w)] || strings.HasPrefix(after[len(sm[0]):], "%") {
		return 0 // "May and June 2000 troops"
	}
	if mon2 != 0 && mon2 < mon {
		y-- // "from November 15 to February 15, 1989": November 1988
	}
	return y
}

// mayHoldRangeTail reports whether tail, the text after the join of a
// range, may hold the second date that rangeTails read: after white space
// it begins with a day (a digit) or a month name, and a year follows, in
// digits (1000 to 2999) or read out (starting with a number word or "two",
// as {spokenyear} does). It errs only towards yes, at any byte outside
// ASCII where case folding could make a word of it; the regexp decides.
func mayHoldRangeTail(tail string) bool {
	i := skipRegexpSpace(tail, 0)
	switch {
	case i == len(tail):
		return false
	case isASCIILetter(tail[i]):
		j := i
		for j < len(tail) && isASCIILetter(tail[j]) {
			j++
		}
		if j < len(tail) && tail[j] >= utf8.RuneSelf {
			return true // "Auguſt": a month name to the regexp
		}
		if !isMonthWord(tail[i:j], j < len(tail) && tail[j] == '.') {
			return false
		}
	case tail[i] < utf8.RuneSelf && !isDigit(tail[i]):
		return false
	}
	for ; i < len(tail); i++ {
		switch c := tail[i]; {
		case c >= utf8.RuneSelf:
			return true
		case c == '1' || c == '2':
			if i+3 < len(tail) && isDigit(tail[i+1]) && isDigit(tail[i+2]) && isDigit(tail[i+3]) {
				return true
			}
		case isASCIILetter(c):
			j := i
			for j < len(tail) && isASCIILetter(tail[j]) {
				j++
			}
			if spokenYearStart(tail[i:j]) {
				return true
			}
			i = j - 1
		}
	}
	return false
}

// isMonthWord reports whether the ASCII letters w, in any case, are a
// month name, or one with the dot that follows them (dot) as "Sept." has.
func isMonthWord(w string, dot bool) bool {
	var buf [17]byte
	if len(w) >= len(buf) {
		return false // longer than any month name (TestMonthWords)
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	if _, ok := lex().months[string(buf[:len(w)])]; ok {
		return true
	}
	buf[len(w)] = '.'
	_, ok := lex().months[string(buf[:len(w)+1])]
	return dot && ok
}

// spokenYearStart reports whether the ASCII letters w, in any case, may
// begin a year read out: a number word or "two".
func spokenYearStart(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false // longer than any number word (TestSpokenYearStart)
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	lw := buf[:len(w)]
	_, ok := lex().numbers[string(lw)]
	return ok || string(lw) == "two"
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// monthPrepositions may stand before an ambiguous month name (May, March).
// monthBeforeEvent reports whether "May" or "March" between the words pw
// and nw names the month of an event: before a noun of data/
// event_nouns.txt, after a word in lower case ("the March summit", "the
// Fed's March meeting"); not after a name ("Theresa May vote") nor at the
// start of a sentence.
func monthBeforeEvent(pw, nw string) bool {
	return pw != "" && (!capitalized(pw) || foldEq(pw, "the")) && lex().eventNoun[norm(nw)]
}

var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "during": true,
	"before": true, "after": true, "through": true, "early": true, "late": true, "mid": true,
	"between": true, "and": true, "or": true, "to": true, "of": true, "last": true, "next": true, "this": true,
}

func ruleDecade() *Rule {
	var g struct{ w, d2, c, dd, part int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("decade", "decades: the 1990s, the '90s, the nineties, the early 2000s",
		[]string{"the 1990s", "the '90s", "the nineties", "the early 1990s", "the 1800s"},
		`(?:^|[^\w'’])((?:the\s+)?`+partPrefix+`(?P<d>(?P<c>1\d|20)(?P<dd>\d)0['’]?s\b|['’](?P<d2>\d)0s\b|(?P<w>{decword})))()`,
		func(m *match, out *Expr) bool {
			mod := partMod(m.lowAt(g.part))
			switch {
			case m.at(g.w) != "":
				if !strings.HasPrefix(strings.ToLower(m.phrase()), "the") {
					return false // "in her forties" is an age
				}
				*out = Expr{Kind: Calendar, Grain: GrainDecade, Decade: 190 + lex().decades[m.lowAt(g.w)], Mod: mod}
				return true
			case m.at(g.d2) != "":
				d := atoi(m.at(g.d2))
				dec := 190 + d
				if d < 3 {
					dec = 200 + d
				}
				*out = Expr{Kind: Calendar, Grain: GrainDecade, Decade: dec, Mod: mod}
				return true
			}
			c, dd := atoi(m.at(g.c)), atoi(m.at(g.dd))
			if dd == 0 && c < 20 {
				*out = Expr{Kind: Calendar, Grain: GrainCentury, Century: c, Mod: mod} // the 1800s
				return true
			}
			*out = Expr{Kind: Calendar, Grain: GrainDecade, Decade: c*10 + dd, Mod: mod}
			return true
		})
	g.w, g.d2, g.c, g.dd = r.groupIndex("w"), r.groupIndex("d2"), r.groupIndex("c"), r.groupIndex("dd")
	g.part = r.groupIndex("part")
	return r
}

func ruleCentury() *Rule {
	var g struct{ o, part int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("century", "centuries: the 20th century, the 21st century",
		[]string{"the 20th century", "the 21st century", "the early 20th century"},
		`\b((?:the\s+)?`+partPrefix+`(?P<o>{ord})[\s-]+century)()\b`,
		func(m *match, out *Expr) bool {
			n, ok := ordinal(m.at(g.o))
			if !ok || n < 1 {
				return false
			}
			*out = Expr{Kind: Calendar, Grain: GrainCentury, Century: n - 1, Mod: partMod(m.lowAt(g.part))}
			return true
		})
	g.o, g.part = r.groupIndex("o"), r.groupIndex("part")
	return r
}

func ruleYear() *Rule {
	var g struct{ y, ty, part, fy int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("year", "a year, possibly fiscal or with a part, in digits or read out: 2016, fiscal 2016, early 2016, nineteen ninety-six",
		[]string{"2016", "fiscal 2016", "early 2016", "the end of 2015", "nineteen ninety-six", "the year two thousand", "[1915]-17"},
		`(?:^|[^\w$€£.,/])((?:(?:the\s+)?(?P<part>{part})[\s-]*)?(?:(?P<fy>fiscal|calendar|FY)\s*(?:year\s+)?|(?P<ty>the\s+year)\s+)?(?P<y>{year}))()`,
		func(m *match, out *Expr) bool {
			after := m.after()
			y := yearNumber(m.at(g.y))
			// "1861-1863", "1915-17": a range of years, each one a year
			inRange := yearRangeAfter(after, y) || yearRangeBefore(m.text[:m.start], y)
			if strings.HasSuffix(m.text[:m.start], "-") && !inRange {
				return false // "978-1861", "1,000-2000"
			}
			if len(after) > 1 && (after[0] == ',' || after[0] == '.' || after[0] == '-' || after[0] == '/') && after[1] >= '0' && after[1] <= '9' && !inRange {
				return false // 2,016 or 2016.5 or 2016-7
			}
			if strings.HasPrefix(after, "%") || lex().yearNoun[norm(m.nextWord())] {
				return false
			}
			if spoken := y != atoi(m.at(g.y)); spoken && y >= 2000 && y < 2100 && m.at(g.ty) == "" && m.at(g.part) == "" {
				return false // "two thousand" people: a year only as "the year two thousand"
			}
			if (y < 1800 || y > 2199) && m.at(g.part) == "" && m.at(g.fy) == "" && !inRange && !monthPrepositions[norm(wordBefore(m))] {
				return false
			}
			mod := partMod(m.lowAt(g.part))
			if mod == ModNone && m.at(g.ty) == "" {
				if at, wm := weekPartBefore(m.text[:m.start]); wm != ModNone {
					m.start, mod = at, wm // "the final days of 2015"
				}
			}
			*out = Expr{Kind: Calendar, Grain: GrainYear, Year: y, Mod: mod}
			return true
		})
	g.y, g.ty, g.part, g.fy = r.groupIndex("y"), r.groupIndex("ty"), r.groupIndex("part"), r.groupIndex("fy")
	return r
}

func ruleYearTail() *Rule {
	var g struct{ y, t, sep int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("year_tail", "the later year of a range written short: 1915-[16], 2006-[07]; a range that modifies a noun is one period: the [2014-15] season",
		[]string{"1915-[16]", "1990-[94]", "in 2016/[17]", "the [2014-15] season", "the [1999-00] season", "the [2016/17] season", "the [1974-75] Flyers", "the [1999-2000] period"},
		`(?:^|[^\w$€£.,/-])((?P<y>\d{4})(?P<sep>-|–|/)(?P<t>\d\d(?:\d\d)?))()\b`,
		func(m *match, out *Expr) bool {
			y := atoi(m.at(g.y))
			sep := m.at(g.sep)
			if sep == "–" {
				sep = "-"
			}
			if y < 1000 || y > 2199 || !yearRangeAfter(sep+m.at(g.t), y) {
				return false // "2016-08": a month; "1915-12": no later year; "2014/65": a law's number
			}
			if a := m.afterN(2); len(a) == 2 && (a[0] == '-' || a[0] == '/' || a[0] == '.') && (a[1] >= '0' && a[1] <= '9' || sep == "/") {
				return false // "1915-16-17", a code or a date; "Directive 2015/16/EU"
			}
			if len(m.at(g.t)) == 4 {
				if atoi(m.at(g.t)) != y+1 || !lex().spanNoun[norm(m.nextWord())] {
					return false // "in 1915-1916", "the 1939-1945 war": two years, the year rule's
				}
				*out = Expr{Kind: Calendar, Grain: GrainYear, Year: y} // "the 1999-2000 period": one period, as "the 1999-00 season"
				return true
			}
			if yearSpanModifier(m) {
				// "the 2024-25 school year", "the 1974-75 Flyers": one
				// period that a noun names, its first year the value
				*out = Expr{Kind: Calendar, Grain: GrainYear, Year: y}
				return true
			}
			t := atoi(m.at(g.t))
			year := y - y%100 + t
			if t <= y%100 {
				year += 100 // "1999-00"
			}
			// The phrase is the tail, as TIMEX annotates it; the first year
			// is read by the year rule.
			m.start = m.end - len(m.at(g.t))
			*out = Expr{Kind: Calendar, Grain: GrainYear, Year: year}
			return true
		})
	g.y, g.t, g.sep = r.groupIndex("y"), r.groupIndex("t"), r.groupIndex("sep")
	return r
}

// yearSpanModifier reports whether the range of years m matched modifies a
// noun, as one period: after a determiner ("the 1974-75 Philadelphia
// Flyers", "its 2024-25 budget") or before a noun of a period
// (dates/data/span_nouns.txt: "2017-18 season"). A range on its own ("in
// 1915-16, the armies") is two years.
func yearSpanModifier(m *match) bool {
	return afterDeterminer(m.lc, m.start) || lex().spanNoun[norm(m.nextWord())]
}

func ruleShortYear() *Rule {
	var g struct{ y int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("short_year", "a year written with its last two digits after an apostrophe, after a preposition: in '08, the class of '89",
		[]string{"in ['08]", "the class of ['89]", "since ['99]"},
		`(?:^|[^\w'’])(['’](?P<y>\d\d))()\b`,
		func(m *match, out *Expr) bool {
			if !monthPrepositions[norm(wordBefore(m))] {
				return false // "'90 percent", a quotation: only after in, of, since ...
			}
			a := m.after()
			if a != "" && (isDigit(a[0]) || isASCIILetter(a[0]) || a[0] == '%' || a[0] == '\'' || strings.HasPrefix(a, "’")) ||
				lex().yearNoun[norm(m.nextWord())] {
				return false // "'90s", "'08%", "'12 people", a quoted "'08'"
			}
			*out = Expr{Kind: Calendar, Grain: GrainYear, ShortYear: m.at(g.y)}
			return true
		})
	g.y = r.groupIndex("y")
	return r
}

// shortYear returns the year whose last two digits are yy nearest the year
// ref, not more than ten years after it: '08 in 2016 is 2008, '25 is 2025,
// '89 is 1989; in a story of 1792, '89 is 1789.
func shortYear(yy, ref int) int {
	y := ref - ref%100 + yy
	if y > ref+10 {
		y -= 100
	}
	return y
}

func ruleSet() *Rule {
	var g struct{ wd, mon, s, adv, u2, u, amt, pd int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("set", "recurring times: every Friday, weekly, annually, twice a week, every morning",
		[]string{"every Friday", "weekly", "annually", "every two weeks", "every summer", "twice a week", "every morning"},
		`\b((?:every|each)\s+(?:(?P<amt>{count}|other)\s+)?(?:(?P<wd>{weekdayname})|(?P<mon>{monthname})|(?P<s>{season})|(?P<pd>morning|afternoon|evening|night)|(?P<u>{unit}))|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|biweekly|fortnightly|nightly)|(?P<times>once|twice|thrice|(?:\d+|two|three|four|five|six|ten|several|many)\s+times)\s+(?:a|an|per)\s+(?P<u2>day|week|fortnight|month|year|quarter))()\b`,
		func(m *match, out *Expr) bool {
			l := lex()
			switch {
			case m.at(g.wd) != "":
				*out = Expr{Kind: Recurrence, Grain: GrainDay, Period: "XXXX-WXX-" + string(rune('0'+l.weekdays[m.lowAt(g.wd)]))}
				return true
			case m.at(g.mon) != "":
				*out = Expr{Kind: Recurrence, Grain: GrainMonth, Period: "XXXX-" + two(l.months[m.lowAt(g.mon)])}
				return true
			case m.at(g.s) != "":
				*out = Expr{Kind: Recurrence, Grain: GrainSeason, Period: "XXXX-" + l.seasons[m.lowAt(g.s)]}
				return true
			case m.at(g.pd) != "" && m.at(g.amt) == "":
				*out = Expr{Kind: Recurrence, Grain: GrainPartOfDay, Period: "XXXX-XX-XXT" + partOfDay(m.lowAt(g.pd))} // "every morning"
				return true
			case m.at(g.adv) != "":
				a := m.lowAt(g.adv)
				if norm(wordBefore(m)) == "average" {
					return false // "average daily volume": a statistic, not a recurrence
				}
				if a == "quarterly" && adjectival(m) {
					return false // "its quarterly dividend", "average daily volume"
				}
				u := map[string]string{"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "yearly": "year",
					"annually": "year", "hourly": "hour", "quarterly": "quarter", "biweekly": "week", "fortnightly": "fortnight"}[a]
				n := 1.0
				if a == "biweekly" {
					n = 2
				}
				*out = Expr{Kind: Recurrence, Grain: l.units[u].grain, Period: durationValue(n, l.units[u])}
				return true
			case m.at(g.u2) != "":
				u := l.units[m.lowAt(g.u2)]
				*out = Expr{Kind: Recurrence, Grain: u.grain, Period: durationValue(1, u)}
				return true
			}
			u := l.units[m.lowAt(g.u)]
			if m.at(g.pd) != "" {
				u = l.units["day"] // "every other night": every second day, P2D
			}
			n := 1.0
			if a := m.lowAt(g.amt); a == "other" {
				n = 2
			} else if a != "" {
				var ok bool
				if n, ok = number(a); !ok {
					return false
				}
			}
			*out = Expr{Kind: Recurrence, Grain: u.grain, Period: durationValue(n, u)}
			return true
		})
	g.wd, g.mon, g.s, g.adv = r.groupIndex("wd"), r.groupIndex("mon"), r.groupIndex("s"), r.groupIndex("adv")
	g.u2, g.u, g.amt, g.pd = r.groupIndex("u2"), r.groupIndex("u"), r.groupIndex("amt"), r.groupIndex("pd")
	return r
}

func ruleRate() *Rule {
	var g struct{ ru, per int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("rate", "a rate, an amount of days, weeks or months in each larger unit, the set of the larger: seven days a week",
		[]string{"seven days a week", "five days a week", "two weeks a year", "3 days per month"},
		`\b((?:{count})\s+(?P<ru>days|weeks|months)\s+(?:a|an|per)\s+(?P<per>week|month|year))()\b`,
		func(m *match, out *Expr) bool {
			l := lex()
			return rateSet(l.units[m.lowAt(g.ru)], l.units[m.lowAt(g.per)], out)
		})
	g.ru, g.per = r.groupIndex("ru"), r.groupIndex("per")
	return r
}

// rateSet makes out the set of a rate, an amount of the unit of counts in
// each per: "seven days a week" and "five days a week" are P1W, how often
// the work recurs, as TimeML writes "twice a week". Hours a day are a length
// spent each day ("24 hours a day", "works 12 hours a day"; TimeBank leaves
// "24 hours a day" untagged), left to the duration rule. A count no smaller
// than its per ("two weeks a week") is no rate.
func rateSet(counts, per unit, out *Expr) bool {
	if counts.grain >= per.grain {
		return false
	}
	*out = Expr{Kind: Recurrence, Grain: per.grain, Period: durationValue(1, per)}
	return true
}

// yearRangeAfter reports whether after starts a range of years ending after
// year y: "-1863" or "-63" after 1861.
func yearRangeAfter(after string, y int) bool {
	if rest, ok := strings.CutPrefix(after, "/"); ok {
		// "2016/17": a season or a financial year, British style; only the
		// next year, for "2014/65" numbers laws and cases
		n := leadingDigits(rest)
		return len(n) == 2 && atoi(n) == (y+1)%100 && !strings.HasPrefix(rest[2:], "/")
	}
	if !strings.HasPrefix(after, "-") {
		return false
	}
	n := leadingDigits(after[1:])
	switch len(n) {
	case 4:
		e := atoi(n)
		return e > y && e-y <= 100
	case 2:
		return atoi(n) > y%100 || y%100 == 99 && n == "00" // "1915-16", "1999-00"
	}
	return false
}

// yearRangeBefore reports whether before ends with the start of a range of
// years that year y closes: "1861-" before 1863.
func yearRangeBefore(before string, y int) bool {
	b, ok := strings.CutSuffix(before, "-")
	if !ok || len(b) < 4 {
		return false
	}
	n := b[len(b)-4:]
	if len(leadingDigits(n)) != 4 || len(b) > 4 && b[len(b)-5] >= '0' && b[len(b)-5] <= '9' {
		return false
	}
	s := atoi(n)
	return s < y && y-s <= 100
}

// yearRangeTail reports whether before, the text before a number, ends with
// a year and a dash or a slash, which makes the number the tail of a range of
// years: "2023-" of "the 2023-24 fiscal year".
func yearRangeTail(before string) bool {
	n := len(before)
	if n < 5 || before[n-1] != '-' && before[n-1] != '/' {
		return false
	}
	return len(leadingDigits(before[n-5:n-1])) == 4 && (n == 5 || !isDigit(before[n-6]))
}

// leadingDigits returns the ASCII digits s starts with.
func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// isNumber reports whether a word is an amount: "three", "12".
func isNumber(w string) bool {
	_, ok := number(w)
	return ok && w != "a" && w != "an"
}

func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func ruleReference() *Rule {
	var g struct{ x, present, past int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("reference", "now, currently, recently, soon, the coming days, the past, the future",
		[]string{"now", "currently", "recently", "soon", "the coming days", "the future", "the past", "recent years"},
		`\b(?P<x>(?P<present>now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment)|(?P<past>recently|lately|recent\s+(?:days|weeks|months|years|times)|the\s+past)|(?P<future>soon|the\s+(?:near|short)[\s-]+term|(?:coming|future)\s+(?:days|weeks|months|years|quarters)|the\s+(?:coming|days\s+ahead|weeks\s+ahead|near)\s*(?:days|weeks|months|years|future)\b|the\s+coming|the\s+future|(?:the\s+)?(?:days|weeks|months|years)\s+ahead))()\b`,
		func(m *match, out *Expr) bool {
			x := m.lowAt(g.x)
			switch {
			case m.at(g.present) != "":
				if x == "now" && strings.HasPrefix(m.after(), "-") {
					return false // "now-defunct"
				}
				*out = Expr{Kind: Reference, Ref: "PRESENT_REF"}
				return true
			case m.at(g.past) != "":
				if x == "the past" {
					if nw := norm(m.nextWord()); nw != "" && (lex().units[nw].grain != 0 || nw == "few" || nw == "several" || isNumber(nw)) {
						return false
					}
				}
				*out = Expr{Kind: Reference, Ref: "PAST_REF"}
				return true
			}
			if x == "the coming" {
				return false
			}
			if strings.HasSuffix(x, "ahead") && foldEq(m.nextWord(), "of") {
				return false // "two days ahead of Christmas": before it, read with the amount (amountBefore)
			}
			if x == "soon" {
				switch nw := norm(m.nextWord()); {
				case nw == "as" && norm(wordBefore(m)) == "as", nw == "after", nw == "afterward", nw == "afterwards", nw == "thereafter":
					return false // "as soon as possible", "soon after the vote": a conjunction, not a time
				}
				if storyTime(m) {
					return false // "he was soon released", "the trickle soon became a flood"
				}
			}
			*out = Expr{Kind: Reference, Ref: "FUTURE_REF"}
			return true
		})
	g.x, g.present, g.past = r.groupIndex("x"), r.groupIndex("present"), r.groupIndex("past")
	return r
}

func ruleDuration() *Rule {
	var g struct{ ap, the, rel, amt, frac, adj, fy, u, half, long int } // the groups the build reads, by index (Rule.groupIndex)
	r := newRule("duration", "lengths of time: 48-hour, more than five years, several months, a decade, the past two years",
		[]string{"48-hour", "more than five years", "several months", "a decade", "the past two years", "two weeks", "[the year] that ended", "eight trading days", "a minute and a half"},
		`\b((?:(?P<ap>{approx})\s+)?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|coming|previous|first|following|final|latest)\s+)?)?(?:(?P<amt>{fraction}|half|{count}|an?|{vague})(?P<frac>\s+1/2|[\s-]+and[\s-]+a[\s-]+half)?(?:\s+more)?[\s-]+)?(?:(?P<adj>additional|extra|full|further|trading|business|working|calendar)\s+)?(?:(?P<fy>fiscal)\s+)?(?P<u>{unit})(?P<half>\s+and\s+a\s+half)?(?P<long>-long|-old)?)()\b`,
		func(m *match, out *Expr) bool {
			uw, amt := m.lowAt(g.u), m.lowAt(g.amt)
			plural := pluralUnit(uw)
			the := m.at(g.the) != ""
			if amt == "" && !the && !plural {
				return false // a bare "week" or "hour" (the default below, tested first)
			}
			if uw == "hours" && amt == "" && smallHours(m.text[:m.start]) {
				return false // "the early hours of [Saturday morning]": a time, read by part_of_day and weekday
			}
			if amt != "" && yearRangeTail(m.text[:m.start]) {
				return false // "the 2023-[24 fiscal year]": the tail of a range of years (year_tail)
			}
			if uw == "minutes" && amt == "" && !the && meetingMinutes(m) {
				return false // "the minutes of the July meeting", "Fed minutes showed": a record, no length
			}
			l := lex()
			u, ok := l.units[uw]
			if !ok || u.grain == GrainWeekend {
				return false
			}
			if strings.HasSuffix(m.phrase(), "-old") {
				return thingAge(m, amt, the, plural, u, out)
			}
			if a := m.afterN(5); strings.HasPrefix(a, " old") {
				return false // an age: "52 years old"
			}
			rel := m.at(g.rel) != ""
			if amt == "" && !the && capitalized(m.at(g.u)) && !sentenceStart(m) {
				return false // "Prime Big Deal Days", "Happy Days": a name's word
			}
			if amt == "" && u.grain == GrainMinute && !plural && m.lowAt(g.rel) == "last" && !ofNext(m.after()) {
				return false // "at the last minute", "until the last minute": an idiom, no length
			}
			if u.grain != GrainYear && m.at(g.fy) != "" || amt == "" && m.at(g.adj) != "" {
				return false // "an additional year", "eight trading days" need their amount
			}
			if amt == "" && !the && plural && l.isTimeKind(lowWordBefore(m)) {
				return false // "business hours", "strike days": a kind of time, no length
			}
			if u.grain == GrainQuarter && fractionOfNoun(m.afterN(2)) {
				return false // "four quarter-point cuts": a fraction of a point
			}
			if inNumber(m.text, m.start) {
				return false // "000-year" of "one-in-1,000-year": part of a larger number
			}
			if the && !rel && amt == "" {
				if plural || !(u.grain == GrainYear && yearEnded(m.afterN(40)) || (u.grain == GrainWeek || u.grain == GrainMonth) && weekEnded(m.afterN(40))) {
					return false // "the year", "the weeks": too vague
				}
				// "the year ended March 31": the twelve months up to then; "the week ended Friday", "the
				// week to Friday": the seven days; "the month ended Sept. 30": the month
			}
			if u.grain == GrainQuarter && plural && amt == "" && !rel {
				return false // "such quarters" (lodgings), "the second and fourth quarters"
			}
			hasAp := m.at(g.ap) != ""
			var n float64
			switch {
			case amt != "" && l.vague[amt]: // no vague word is ""
				n = -1
			case fraction(amt) > 0:
				if !halfAmount(m, amt, m.lowAt(g.rel)) {
					return false
				}
				n = fraction(amt)
			case amt != "" && plural && m.at(g.long) != "" && (amt == "a" || amt == "an"):
				return false // "a [months-long] inquiry": read where the phrase begins at its unit, PXM
			case amt != "":
				if n, ok = number(amt); !ok {
					return false
				}
			case the && plural:
				n = -1 // "the first hours"
			case the:
				n = 1
			case plural && !hasAp:
				n = -1 // "for years"
			default:
				return false // a bare "week" or "hour"
			}
			half := m.at(g.half) != ""
			if half || m.at(g.frac) != "" {
				n += 0.5
			}
			var ap string
			if hasAp {
				ap = m.lowAt(g.ap)
			}
			if ap == "over" {
				// "over the past two years", "over three years": TimeBank reads
				// "over" before a length of time as a preposition, not "more than"
				m.start += len("over")
				for m.start < m.end && (m.text[m.start] == ' ' || m.text[m.start] == '\t' || m.text[m.start] == '\n') {
					m.start++
				}
				ap = ""
			}
			if len(amt) == 4 && amt[0] == '0' {
				return false // "0900 hours": a clock time, as the military writes it
			}
			if n >= 1000 && n < 2200 && !plural {
				return false // "the 1988 quarter": a year, not an amount
			}
			if a := m.afterN(8); strings.HasPrefix(a, "-earlier") || strings.HasPrefix(a, "-ago") || strings.HasPrefix(a, "-end") {
				return false // "a year-earlier loss": a date, read by quarter_ref
			}
			if the && !rel && amt != "" && !plural {
				// "the 90-day deadline": "the" goes with "deadline"
				m.start += strings.Index(strings.ToLower(m.phrase()), "the") + 3
				for m.start < m.end && m.text[m.start] == ' ' {
					m.start++
				}
			}
			if (amt == "a" || amt == "an") && !hasAp && m.at(g.long) != "" {
				m.start += len(m.at(g.amt)) + 1 // "a [decade-long] war"
			}
			if a := m.at(g.amt); fraction(amt) > 0 && amt[0] == 'a' && !hasAp && !the && strings.HasPrefix(m.text[m.start+len(a):], "-") && nounNext(m) {
				m.start += len("a ") // "a [half-hour] program", "a [quarter-century] rule"
			}
			if (u.grain == GrainSecond || u.grain == GrainMinute || u.grain == GrainQuarter) && !plural &&
				(amt == "a" || amt == "an") && ap == "" && !the && !half {
				switch norm(wordBefore(m)) {
				case "for", "in", "within", "after", "than", "about", "nearly", "almost", "only", "just":
					if nounNext(m) {
						return false // "a minute amount"
					}
				default:
					return false // "a second opinion", "a quarter of the budget"
				}
			}
			if u.grain == GrainQuarter && ofNext(m.afterN(40)) {
				return false // "three-quarters of voters"
			}
			var mod Mod
			if ap != "" {
				mod = l.approx[ap] // no approximation word is ""
			}
			if (amt == "a" || amt == "an") && !plural && !the && ap == "" && !half && eventRate(m.text[:m.start]) {
				*out = Expr{Kind: Recurrence, Grain: u.grain, Period: durationValue(1, u)} // "eight meetings a year"
				return true
			}
			*out = Expr{Kind: Span, Grain: u.grain, Mod: mod, Period: durationValue(n, u)}
			return true
		})
	g.ap, g.the, g.rel, g.amt, g.frac = r.groupIndex("ap"), r.groupIndex("the"), r.groupIndex("rel"), r.groupIndex("amt"), r.groupIndex("frac")
	g.adj, g.fy, g.u, g.half, g.long = r.groupIndex("adj"), r.groupIndex("fy"), r.groupIndex("u"), r.groupIndex("half"), r.groupIndex("long")
	// A phrase that begins with its unit has no amount and no "the" (no
	// unit word is one of theirs): build keeps it for a plural unit only.
	r.alone = pluralUnit
	r.afterThe = theUnitKept
	return r
}

// eventRate reports whether before, the text before "a year" or the like,
// ends in a count of events (data/event_counts.txt): "eight meetings",
// "eight times", which make the unit a rate.
func eventRate(before string) bool {
	noun, rest := lastWord(before)
	if !lex().eventRate[norm(noun)] {
		return false
	}
	count, _ := lastWord(rest)
	n, ok := number(count)
	return ok && n > 1
}

// lowWordBefore returns the ASCII word before the phrase of m, lower-cased
// (as asciiLower makes it: no allocation), "" when there is none.
func lowWordBefore(m *match) string {
	i, j := wordEndingBefore(m.lc, m.start)
	return m.lc[i:j]
}

// fractionOfNoun reports whether a, the text after "quarter", joins it by a
// hyphen to a word: "a quarter-point cut", "the quarter-final", where the
// quarter is a fraction of that thing, not three months.
func fractionOfNoun(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	c := ascii.Lower(a[1])
	return c >= 'a' && c <= 'z'
}

// inNumber reports whether offset i of text continues a number written
// with a thousands separator: the "000" of "1,000".
func inNumber(text string, i int) bool {
	return i >= 2 && text[i-1] == ',' && text[i-2] >= '0' && text[i-2] <= '9'
}

// inSmaller returns n of a unit of a year or more as a whole number of a
// smaller one, which a date that far back can count in: half a year is six
// months, a year and a half 18, half a decade five years, a quarter of a
// century 25.
func inSmaller(u unit, n float64) (unit, float64, bool) {
	l := lex()
	var k float64
	switch u.code {
	case "Y":
		u, k = l.units["month"], 12
	case "DE":
		u, k = l.units["year"], 10
	case "CE":
		u, k = l.units["year"], 100
	default:
		return u, n, false
	}
	n *= k
	return u, n, n == float64(int(n))
}

// thingAge reads a unit joined to "-old" ("a decades-old feud", "the
// centuries-old tradition", "a century-old bridge"): how long a thing has
// lasted, a duration (TimeBank: a "years-old" slump), the unit and "-old"
// its extent, an unknown amount for a plural. An age with a number
// ("6-year-old", "8-month-old") is mostly a person's, which TimeBank
// leaves unannotated: none. A plural is read where the phrase begins at
// its unit (as alone and afterThe expect, the try after "a" or "the" gives
// nothing), a singular after "a" only.
func thingAge(m *match, amt string, the, plural bool, u unit, out *Expr) bool {
	n := 1.0
	switch {
	case plural && amt == "" && !the:
		n = -1
	case !plural && (amt == "a" || amt == "an") && !the:
		m.start += len(amt) + 1
	default:
		return false
	}
	*out = Expr{Kind: Span, Grain: u.grain, Period: durationValue(n, u)}
	return true
}

// nounNext reports whether a lower-case word that is not a preposition or
// a conjunction follows the match: the noun that an amount of time
// describes ("a minute amount", "a half-hour program").
func nounNext(m *match) bool {
	switch nw := norm(m.nextWord()); nw {
	case "", "and", "or", "of", "to", "for", "later", "ago", "before", "after", "in", "on", "at", "the", "but", "when", "while":
		return false
	default:
		return nw[0] >= 'a' && nw[0] <= 'z'
	}
}

// fraction returns the fraction of a unit that an amount ({fraction}),
// lower-cased, gives: "half a", "a half", "half" 0.5; "a quarter of a",
// "a quarter" 0.25; "three quarters of an" 0.75; else 0 (no fraction:
// "half a dozen" is a number).
func fraction(amt string) float64 {
	half, quarter := strings.Contains(amt, "half"), strings.Contains(amt, "quarter")
	if !half && !quarter {
		return 0 // the common case
	}
	f := strings.FieldsFunc(amt, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
	switch {
	case len(f) == 1 && f[0] == "half":
		return 0.5
	case len(f) == 2 && (f[0] == "half" || f[1] == "half"):
		return 0.5 // "half a", "a half"
	case !quarter || len(f) < 2 || !strings.HasPrefix(f[1], "quarter"):
		return 0
	}
	n, _ := number(f[0]) // "a", "one", "three"
	return n / 4
}

// halfAmount reports whether the half amount amt of a duration reads as
// one: "half a century", "a half hour", "a half-hour program"; a bare
// "half" only joined to its unit ("half-day strike", not "half year"), and
// not after the word that makes it a half of the year, a date ("the first
// half-year", read by half). rel is the duration's "past", "first" ...
func halfAmount(m *match, amt, rel string) bool {
	if amt != "half" {
		return true
	}
	if !strings.Contains(m.phrase(), "half-") && !strings.Contains(m.phrase(), "Half-") {
		return false
	}
	w := rel
	if w == "" {
		w = norm(wordBefore(m))
	}
	switch w {
	case "first", "second", "last", "latter":
		return false
	}
	return true
}

// theUnitKept is duration's afterThe. A phrase of "the" and a unit word
// holds no amount, "last" or other word that could stand between them (no
// unit word is one of those), and build keeps it only for a year that
// ended ("the year ended March 31"); it says yes for a word that is not a
// unit (the driver then tries the rule).
func theUnitKept(w string) bool {
	u, ok := lex().units[w]
	return !ok || (u.grain == GrainYear || u.grain == GrainMonth || u.grain == GrainWeek) && !pluralUnit(w)
}

// meetingMinutes reports whether "minutes" without an amount is the record
// of a meeting: after "the" or a capitalised word that does not start the
// sentence ("the minutes showed", "Fed minutes"), or before "of" ("minutes
// of the July meeting"). A length of minutes goes without them: "within
// minutes", "minutes later".
func meetingMinutes(m *match) bool {
	w, before := lastWord(m.text[:m.start])
	return foldEq(w, "the") || w != "" && capitalized(w) && strings.TrimLeft(before, " \t\n\"'“‘`(") != "" ||
		foldEq(m.nextWord(), "of")
}

// pluralUnit reports whether the unit word uw, lower-cased, is plural, as
// duration reads it: "for years" is a duration, a bare "week" is not.
func pluralUnit(uw string) bool {
	return strings.HasSuffix(uw, "s") && uw != "hrs" || uw == "centuries"
}

// quarterEnded reads "ended Sept. 30" after "the quarter" and returns the
// calendar quarter that holds most of the three months up to that date (a
// fiscal quarter ended July 31 is mostly the second), or 0.
func quarterEnded(after string) int {
	f := strings.Fields(norm(after))
	if len(f) > 0 && f[0] == "that" {
		f = f[1:]
	}
	if len(f) < 3 || f[0] != "ended" && f[0] != "ending" || f[2][0] < '0' || f[2][0] > '9' {
		return 0
	}
	mon := lex().months[f[1]]
	if mon == 0 {
		return 0
	}
	mid := (mon+10)%12 + 1 // the month before: the middle of the three
	return (mid-1)/3 + 1
}

// yearEnded reports whether the text after "the (fiscal) year" closes the
// year at a date ("the year ended March 31", "the year ending June 30", the
// British "the year to March"), as earnings reports write it: a length of
// time, P1Y. After "to" a date must follow ("the year to date" is none).
func yearEnded(after string) bool {
	if !ascii.Is(after) {
		f := strings.Fields(norm(after))
		if len(f) > 0 && f[0] == "that" {
			f = f[1:]
		}
		return len(f) > 0 && (f[0] == "ended" || f[0] == "ending") || weekEnded(after)
	}
	// ASCII: the fields of norm(after) are those of after, lower-cased.
	w, rest := asciiField(after)
	if foldEq(w, "that") {
		w, _ = asciiField(rest)
	}
	return foldEq(w, "ended") || foldEq(w, "ending") || foldEq(w, "to") && weekEnded(after)
}

// weekEnded reports whether the text after "the week" (or "the month")
// closes it at a day ("the week ended Friday", "the week ending Aug. 20",
// "the week that ended on Sept. 2", "the month ended Sept. 30", the British
// "the week to Friday"), as weekly and monthly figures are reported: a
// length of time, P1W or P1M. Unlike a year, a week that ends needs its day
// ("the week ended with a rally", "the week to come" are none).
func weekEnded(after string) bool {
	f := strings.Fields(norm(after))
	if len(f) > 0 && f[0] == "that" {
		f = f[1:]
	}
	if len(f) < 2 || f[0] != "ended" && f[0] != "ending" && f[0] != "to" {
		return false
	}
	d := f[1]
	if d == "on" && len(f) > 2 && f[0] != "to" {
		d = f[2]
	}
	l := lex()
	for _, d := range [...]string{d, strings.TrimRight(d, ".,;:")} { // "Aug.", "Friday."
		if l.weekdays[d] != 0 || l.months[d] != 0 || d != "" && isDigit(d[0]) || d == "today" || d == "yesterday" {
			return true
		}
	}
	return false
}

// ofNext reports whether strings.HasPrefix(norm(a), "of "): whether "of"
// and another word follow, as in "the March of Dimes". It reads only up to
// that word, and asks norm when it meets a byte outside ASCII there.
func ofNext(a string) bool {
	i := skipASCIISpace(a, 0)
	if i < len(a) && a[i] >= utf8.RuneSelf {
		return strings.HasPrefix(norm(a), "of ")
	}
	if i+2 > len(a) || a[i]|0x20 != 'o' || a[i+1]|0x20 != 'f' {
		return false
	}
	j := skipASCIISpace(a, i+2)
	switch {
	case j == len(a):
		return false // "of" at the end
	case a[j] >= utf8.RuneSelf:
		return strings.HasPrefix(norm(a), "of ") // a space of Unicode's may come first
	}
	return j > i+2 // "of the", not "often"
}

// isASCIISpace reports whether c is white space to strings.Fields and norm.
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// skipASCIISpace returns the offset of the first byte from i on in s that
// is not ASCII white space.
func skipASCIISpace(s string, i int) int {
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	return i
}

// asciiField returns the first field of an ASCII s, as strings.Fields
// splits it, and the text after it.
func asciiField(s string) (field, rest string) {
	i := skipASCIISpace(s, 0)
	j := i
	for j < len(s) && !isASCIISpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

// foldEq reports whether s is the lower-case ASCII word w, letters of s in
// any case.
func foldEq(s, w string) bool { return len(s) == len(w) && hasPrefixFold(s, w) }

// adjectival reports whether an adverb like "quarterly" stands before a noun
// ("its quarterly dividend") rather than modifying a verb. TimeBank marks
// "a daily rally" and "his weekly address" as sets, but not the quarterly
// dividends and results of earnings reports.
func adjectival(m *match) bool {
	switch norm(wordBefore(m)) {
	case "a", "an", "the", "its", "his", "her", "their", "our", "average", "initial", "first", "regular":
		return true
	}
	nw := m.nextWord()
	if nw == "" || !unicode.IsLower([]rune(nw)[0]) {
		return false
	}
	switch norm(nw) {
	case "and", "or", "but", "since", "through", "to", "in", "on", "at", "for", "until", "from", "by", "as", "with", "over", "during", "after", "before", "than":
		return false
	}
	return true
}

// storyTime reports whether an adverb like "soon" stands in a past-tense
// clause: after "was", "were", "had" or "then", or with a past-tense verb in
// the next three words ("the trickle soon became a flood", "Soon, the Romans
// became aware"; a word in -ed only right after it). There it means shortly after the time of the story, not
// after the time of writing, and is no FUTURE_REF (TimeBank and WikiWars
// leave it unannotated).
func storyTime(m *match) bool {
	switch norm(wordBefore(m)) {
	case "was", "were", "had", "then":
		return true
	case "will", "would", "shall", "may", "might", "could", "should", "must", "be":
		return false // "will soon announce", "would soon be sent"
	}
	rest := m.afterN(60)
	for i := 0; i < 3; {
		w := wordAt(rest, 0)
		if w == "" {
			k := 0
			for k < len(rest) && rest[k] < 0x80 && !isWordRune(rune(rest[k])) {
				k++
			}
			if k == 0 || k == len(rest) || strings.ContainsAny(rest[:k], ".;:!?") {
				return false // the end of the clause, or text the scan does not read
			}
			rest = rest[k:]
			continue
		}
		lw := strings.ToLower(w)
		if i == 0 && pastVerb(lw) || lex().past[lw] && lw != "last" && lw != "earlier" {
			return true // "soon became"; "Soon, the Romans became", not "soon in selected markets"
		}
		rest = rest[strings.Index(rest, w)+len(w):]
		i++
	}
	return false
}

// pastVerb reports whether a lower-case word is a past-tense verb, as the
// tense cues read it: a past cue verb ("became", "said") or a word in -ed.
func pastVerb(w string) bool {
	switch w {
	case "last", "yesterday", "earlier", "ago":
		return false // past cues, but not verbs
	}
	return lex().past[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !lex().notPast[w]
}

// sentenceStart reports whether the phrase starts its sentence (after any
// opening quotes).
func sentenceStart(m *match) bool {
	return strings.TrimLeft(m.text[:m.start], " \t\n\"'“‘`(") == ""
}
