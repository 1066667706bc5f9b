package render

import (
	"strconv"
	"strings"
	"time"
)

// unit is one TIMEX3 duration unit.
type unit struct {
	code       string // Y, M, DE ...
	one, many  string // year, years
	every      string // the SET word for a period of one unit: "yearly"
	inTimePart bool   // H, M and S follow the T
}

// units lists the duration units, two-letter codes before the one-letter
// codes they start with. TIMEX3 has Y, M, W, D and (after T) H, M, S;
// DE, CE, ML, WE and Q are the extensions HeidelTime and TimeML use.
var units = [...]unit{
	{"DE", "decade", "decades", "every decade", false},
	{"CE", "century", "centuries", "every century", false},
	{"ML", "millennium", "millennia", "every millennium", false},
	{"WE", "weekend", "weekends", "every weekend", false},
	{"Y", "year", "years", "yearly", false},
	{"Q", "quarter", "quarters", "quarterly", false},
	{"M", "month", "months", "monthly", false},
	{"W", "week", "weeks", "weekly", false},
	{"D", "day", "days", "daily", false},
	{"H", "hour", "hours", "hourly", true},
	{"M", "minute", "minutes", "every minute", true},
	{"S", "second", "seconds", "every second", true},
}

// period is one amount of one unit: "48" hours, "X" (several) months.
type period struct {
	amount string
	unit   unit
}

func (p period) String() string {
	switch p.amount {
	case "1":
		return "1 " + p.unit.one
	case "X":
		return "several " + p.unit.many
	}
	return p.amount + " " + p.unit.many
}

// parseDuration reads a TIMEX3 duration such as P5Y, PT48H, P1Y6M or PXM.
// An hour written before the T (P48H) is read as an hour, as people write it.
func parseDuration(s string) ([]period, bool) {
	rest, ok := strings.CutPrefix(s, "P")
	if !ok || rest == "" {
		return nil, false
	}
	var ps []period
	inTime := false
	for rest != "" {
		if rest[0] == 'T' {
			if inTime || len(rest) == 1 {
				return nil, false
			}
			inTime, rest = true, rest[1:]
			continue
		}
		n := 0
		if rest[0] == 'X' {
			n = 1
		} else {
			for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == '.') {
				n++
			}
		}
		if n == 0 || rest[n-1] == '.' {
			return nil, false
		}
		amount := rest[:n]
		rest = rest[n:]
		u, ok := findUnit(rest, inTime)
		if !ok {
			return nil, false
		}
		ps = append(ps, period{amount, u})
		rest = rest[len(u.code):]
	}
	return ps, len(ps) > 0
}

func findUnit(s string, inTime bool) (unit, bool) {
	for _, u := range units {
		if !strings.HasPrefix(s, u.code) {
			continue
		}
		if u.inTimePart == inTime || u.code == "H" {
			return u, true
		}
	}
	return unit{}, false
}

// durationWords spells a TIMEX3 duration: "48 hours", "1 year and 6 months".
func durationWords(s string) (string, bool) {
	ps, ok := parseDuration(s)
	if !ok {
		return "", false
	}
	words := make([]string, len(ps))
	for i, p := range ps {
		words[i] = p.String()
	}
	return joinAnd(words), true
}

// joinAnd joins words as "a", "a and b", "a, b and c" (AP style: no serial
// comma).
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// labelSet labels a TIMEX3 SET value: a period (P1W "weekly", P2W "every 2
// weeks") or a date pattern with X for "any" (XXXX-WXX-5 "every Friday",
// XXXX-XX-XXTMO "every morning").
func labelSet(s string) (label, bool) {
	if strings.HasPrefix(s, "P") {
		ps, ok := parseDuration(s)
		if !ok {
			return label{}, false
		}
		if len(ps) == 1 && ps[0].amount == "1" {
			return label{tail: ps[0].unit.every}, true
		}
		w, _ := durationWords(s)
		return label{tail: "every " + w}, true
	}
	datePart, timePart, hasTime := strings.Cut(s, "T")
	when := "" // the time of day: " morning", " at 3:00 p.m."
	if hasTime {
		if pod := partOfDay(timePart); pod != "" {
			when = " " + pod
		} else if c, ok := clockLabel(timePart); ok {
			when = " at " + c
		} else {
			return label{}, false
		}
	}
	if datePart == "" { // TMO: every morning
		if when == "" {
			return label{}, false
		}
		return label{tail: "every" + when}, true
	}
	f := strings.Split(datePart, "-")
	if f[0] != "XXXX" {
		return label{}, false
	}
	var what string
	switch {
	case len(f) == 1:
		what = "year"
	case len(f) == 2 && f[1] == "XX":
		what = "month"
	case len(f) == 2 && f[1] == "WXX":
		what = "week"
	case len(f) == 2 && seasonName(f[1]) != "":
		what = seasonName(f[1])
	case len(f) == 2 && len(f[1]) == 2 && f[1][0] == 'Q':
		what = f[1]
	case len(f) == 2:
		m, ok := number(f[1], 2)
		if !ok || m < 1 || m > 12 {
			return label{}, false
		}
		what = time.Month(m).String()
	case len(f) == 3 && f[1] == "XX" && f[2] == "XX":
		what = "day"
		if when != "" { // every morning, not every day morning
			what, when = when[1:], ""
			if strings.HasPrefix(what, "at ") {
				what, when = "day", " "+what
			}
		}
	case len(f) == 3 && f[1] == "WXX" && f[2] == "WE":
		what = "weekend"
	case len(f) == 3 && f[1] == "WXX":
		d, ok := number(f[2], 1)
		if !ok || d < 1 || d > 7 {
			return label{}, false
		}
		what = time.Weekday(d % 7).String()
	case len(f) == 3 && f[1] == "XX":
		d, ok := number(f[2], 2)
		if !ok || d < 1 || d > 31 {
			return label{}, false
		}
		what = "month on the " + ordinal(d)
	case len(f) == 3:
		day, ok := dayOf(0, false, f[1], f[2])
		if !ok {
			return label{}, false
		}
		what = monthAbbr(day.Month()) + " " + strconv.Itoa(day.Day())
	default:
		return label{}, false
	}
	return label{tail: "every " + what + when}, true
}
