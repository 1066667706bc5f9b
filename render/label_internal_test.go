package render

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// oldLabelDate is labelDate as it was, splitting with strings.Split and
// formatting days with oldDayLabel: the oracle of TestLabelDate.
func oldLabelDate(s string) (label, bool) {
	datePart, timePart, hasTime := strings.Cut(s, "T")
	f := strings.Split(datePart, "-")
	year, yearOK := number(f[0], 4)
	if !yearOK && f[0] != "XXXX" {
		if len(f) > 1 || hasTime {
			return label{}, false
		}
		if d, ok := number(f[0], 3); ok {
			return label{tail: "the " + strconv.Itoa(d*10) + "s", shape: shapeThe}, true
		}
		if c, ok := number(f[0], 2); ok {
			return label{tail: "the " + ordinal(c+1) + " century", shape: shapeThe}, true
		}
		return label{}, false
	}
	if hasTime && len(f) != 3 {
		return label{}, false
	}
	suffix := "" // " 2016", or "" when the year is unknown
	if yearOK {
		suffix = " " + strconv.Itoa(year)
	}
	switch len(f) {
	case 1:
		if !yearOK {
			return label{}, false
		}
		return bare(strconv.Itoa(year)), true
	case 2:
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
		if w, ok := strings.CutPrefix(f[1], "W"); ok {
			mon, ok := isoWeekMonday(year, w)
			if !ok {
				return label{}, false
			}
			return label{tail: "week of " + oldDayLabel(mon, false), shape: shapeSpan}, true
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
			if w, isWeek := strings.CutPrefix(f[1], "W"); isWeek && yearOK && f[2] == "WE" && !hasTime {
				mon, ok := isoWeekMonday(year, w)
				if !ok {
					return label{}, false
				}
				return label{tail: "weekend of " + oldDayLabel(mon.AddDate(0, 0, 5), false), shape: shapeSpan}, true
			}
			return label{}, false
		}
		d := oldDayLabel(day, yearOK)
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

// oldDayLabel is dayLabel as it was, reading the date once for each of
// its fields and concatenating strings.
func oldDayLabel(t time.Time, weekday bool) string {
	s := monthAbbr(t.Month()) + " " + strconv.Itoa(t.Day()) + ", " + strconv.Itoa(t.Year())
	if weekday {
		s = weekdayAbbr(t.Weekday()) + " " + s
	}
	return s
}

// TestLabelDate holds labelDate to oldLabelDate, and dayLabel to
// oldDayLabel, on TIMEX3 values made at random from the pieces that
// labelDate tells apart (years of two to five digits, months, days,
// weeks, seasons, quarters, halves, weekends, up to four fields, times,
// parts of day and zones), and on days of any year, weekday or not.
func TestLabelDate(t *testing.T) {
	years := []string{"2016", "2015", "XXXX", "201", "20", "19", "99999", "0000", "x"}
	fields := []string{"08", "02", "13", "00", "1", "26", "29", "30", "31", "W34", "W53", "W01", "W00", "W5",
		"SU", "FA", "WI", "Q3", "Q5", "H1", "H2", "WE", "5", "7", "8", "", "XX"}
	times := []string{"", "", "", "", "", "", "", "", "15:00", "09:30:05Z", "09:30:05.25", "15", "24:00", "12:00", "00:00", "MO", "EV", "12:00+02", "25:00", "1:2:3:4"}
	rng := rand.New(rand.NewPCG(5, 6))
	values := []string{"", "-", "--", "2016-08-26", "2016-W34-5", "XXXX-02-29", "2015-02-29", "2016-W34-WE", "2016-08-26-01", "2016-08-26T15:00", "201", "20-1"}
	for range 50000 {
		v := years[rng.IntN(len(years))]
		for range rng.IntN(4) {
			v += "-" + fields[rng.IntN(len(fields))]
		}
		if t := times[rng.IntN(len(times))]; t != "" {
			v += "T" + t
		}
		values = append(values, v)
	}
	for _, v := range values {
		got, gotOK := labelDate(v)
		want, wantOK := oldLabelDate(v)
		if got != want || gotOK != wantOK {
			t.Errorf("labelDate(%q) = %+v, %v; want %+v, %v", v, got, gotOK, want, wantOK)
		}
	}
	for range 2000 {
		d := time.Date(rng.IntN(30000)-10000, time.Month(1+rng.IntN(12)), 1+rng.IntN(31), rng.IntN(24), 0, 0, 0,
			time.FixedZone("Z", (rng.IntN(27)-12)*3600))
		for _, weekday := range []bool{false, true} {
			if got, want := dayLabel(d, weekday), oldDayLabel(d, weekday); got != want {
				t.Errorf("dayLabel(%v, %v) = %q, want %q", d, weekday, got, want)
			}
		}
	}
}
