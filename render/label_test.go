package render_test

import (
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
)

func TestLabel(t *testing.T) {
	aug26 := date(2016, 8, 26)
	tests := []struct {
		name string
		v    dates.Value
		want string
	}{
		// Days keep their weekday.
		{"day", dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay}, "Fri. Aug. 26, 2016"},
		{"day in March", dates.Value{Type: dates.Date, Value: "2016-03-01", Grain: dates.GrainDay}, "Tue. March 1, 2016"},
		{"day in Sept.", dates.Value{Type: dates.Date, Value: "2016-09-05", Grain: dates.GrainDay}, "Mon. Sept. 5, 2016"},
		{"leap day", dates.Value{Type: dates.Date, Value: "2016-02-29", Grain: dates.GrainDay}, "Mon. Feb. 29, 2016"},
		{"day, year unknown", dates.Value{Type: dates.Date, Value: "XXXX-08-26", Grain: dates.GrainDay}, "Aug. 26"},
		{"ISO week date", dates.Value{Type: dates.Date, Value: "2016-W34-5", Grain: dates.GrainDay}, "Fri. Aug. 26, 2016"},
		{"day START", dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Mod: dates.ModStart}, "early on Fri. Aug. 26, 2016"},

		// Weeks and weekends name their first day.
		{"week", dates.Value{Type: dates.Date, Value: "2016-W34", Grain: dates.GrainWeek}, "week of Aug. 22, 2016"},
		{"week 1 starts in December", dates.Value{Type: dates.Date, Value: "2015-W01", Grain: dates.GrainWeek}, "week of Dec. 29, 2014"},
		{"week 53", dates.Value{Type: dates.Date, Value: "2015-W53", Grain: dates.GrainWeek}, "week of Dec. 28, 2015"},
		{"week 53 of a 52-week year", dates.Value{Type: dates.Date, Value: "2016-W53"}, "2016-W53"},
		{"week END", dates.Value{Type: dates.Date, Value: "2016-W34", Grain: dates.GrainWeek, Mod: dates.ModEnd}, "late in the week of Aug. 22, 2016"},
		{"weekend", dates.Value{Type: dates.Date, Value: "2016-W34-WE", Grain: dates.GrainWeekend}, "weekend of Aug. 27, 2016"},

		// Months: AP abbreviations, modifiers.
		{"month", dates.Value{Type: dates.Date, Value: "2016-07", Grain: dates.GrainMonth}, "July 2016"},
		{"month abbreviated", dates.Value{Type: dates.Date, Value: "2016-02", Grain: dates.GrainMonth}, "Feb. 2016"},
		{"month START", dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModStart}, "early Aug. 2016"},
		{"month MID", dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModMid}, "mid-Aug. 2016"},
		{"month END", dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModEnd}, "late Aug. 2016"},
		{"month, year unknown", dates.Value{Type: dates.Date, Value: "XXXX-08", Grain: dates.GrainMonth}, "August"},

		// Seasons, quarters, halves.
		{"season", dates.Value{Type: dates.Date, Value: "2016-SU", Grain: dates.GrainSeason}, "summer 2016"},
		{"season END", dates.Value{Type: dates.Date, Value: "2016-WI", Grain: dates.GrainSeason, Mod: dates.ModEnd}, "late winter 2016"},
		{"quarter", dates.Value{Type: dates.Date, Value: "2016-Q3", Grain: dates.GrainQuarter}, "Q3 2016"},
		{"first half", dates.Value{Type: dates.Date, Value: "2016-H1", Grain: dates.GrainHalf}, "first half of 2016"},
		{"second half START", dates.Value{Type: dates.Date, Value: "2016-H2", Grain: dates.GrainHalf, Mod: dates.ModStart}, "early in the second half of 2016"},

		// Years, decades, centuries.
		{"year", dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear}, "2016"},
		{"year START", dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Mod: dates.ModStart}, "early 2016"},
		{"year MID", dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Mod: dates.ModMid}, "mid-2016"},
		{"year END", dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Mod: dates.ModEnd}, "late 2016"},
		{"decade", dates.Value{Type: dates.Date, Value: "201", Grain: dates.GrainDecade}, "the 2010s"},
		{"decade MID", dates.Value{Type: dates.Date, Value: "199", Grain: dates.GrainDecade, Mod: dates.ModMid}, "the mid-1990s"},
		{"century", dates.Value{Type: dates.Date, Value: "20", Grain: dates.GrainCentury}, "the 21st century"},
		{"century END", dates.Value{Type: dates.Date, Value: "19", Grain: dates.GrainCentury, Mod: dates.ModEnd}, "the late 20th century"},
		{"12th century", dates.Value{Type: dates.Date, Value: "11", Grain: dates.GrainCentury}, "the 12th century"},
		// Before the common era (TIMEX2's BC values), "BC" after the label.
		{"year BC", dates.Value{Type: dates.Date, Value: "BC0499", Grain: dates.GrainYear}, "499 BC"},
		{"year BC START", dates.Value{Type: dates.Date, Value: "BC0480", Grain: dates.GrainYear, Mod: dates.ModStart}, "early 480 BC"},
		{"month BC", dates.Value{Type: dates.Date, Value: "BC0480-04", Grain: dates.GrainMonth}, "April 480 BC"},
		{"season BC END", dates.Value{Type: dates.Date, Value: "BC0481-FA", Grain: dates.GrainSeason, Mod: dates.ModEnd}, "late fall 481 BC"},
		{"decade BC", dates.Value{Type: dates.Date, Value: "BC047", Grain: dates.GrainDecade}, "the 470s BC"},
		{"century BC MID", dates.Value{Type: dates.Date, Value: "BC08", Grain: dates.GrainCentury, Mod: dates.ModMid}, "the mid-9th century BC"},
		{"century BC APPROX", dates.Value{Type: dates.Date, Value: "BC03", Grain: dates.GrainCentury, Mod: dates.ModApprox}, "about the 4th century BC"},
		{"day BC", dates.Value{Type: dates.Date, Value: "BC0480-08-02", Grain: dates.GrainDay}, "Aug. 2, 480 BC"},
		{"day BC time", dates.Value{Type: dates.Time, Value: "BC0044-03-15T12:00", Grain: dates.GrainMinute}, "March 15, 44 BC, noon"},
		{"quarter BC", dates.Value{Type: dates.Date, Value: "BC0480-Q3", Grain: dates.GrainQuarter}, "Q3 480 BC"},

		// Times: AP a.m. and p.m., noon and midnight, parts of day.
		{"time", dates.Value{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute}, "Fri. Aug. 26, 2016, 3:00 p.m."},
		{"time with minutes", dates.Value{Type: dates.Time, Value: "2016-08-26T09:30", Grain: dates.GrainMinute}, "Fri. Aug. 26, 2016, 9:30 a.m."},
		{"hour", dates.Value{Type: dates.Time, Value: "2016-08-26T15", Grain: dates.GrainHour}, "Fri. Aug. 26, 2016, 3:00 p.m."},
		{"seconds and zone", dates.Value{Type: dates.Time, Value: "2016-08-26T00:30:05Z", Grain: dates.GrainSecond}, "Fri. Aug. 26, 2016, 12:30:05 a.m. UTC"},
		{"offset", dates.Value{Type: dates.Time, Value: "2016-08-26T15:00+02:00", Grain: dates.GrainMinute}, "Fri. Aug. 26, 2016, 3:00 p.m. UTC+02:00"},
		{"noon", dates.Value{Type: dates.Time, Value: "2016-08-26T12:00", Grain: dates.GrainMinute}, "Fri. Aug. 26, 2016, noon"},
		{"midnight", dates.Value{Type: dates.Time, Value: "2016-08-26T00:00", Grain: dates.GrainMinute}, "Fri. Aug. 26, 2016, midnight"},
		{"morning", dates.Value{Type: dates.Time, Value: "2016-08-26TMO", Grain: dates.GrainPartOfDay}, "Fri. Aug. 26, 2016, morning"},
		{"late evening", dates.Value{Type: dates.Time, Value: "2016-08-26TEV", Grain: dates.GrainPartOfDay, Mod: dates.ModEnd}, "Fri. Aug. 26, 2016, late evening"},
		{"bad hour", dates.Value{Type: dates.Time, Value: "2016-08-26T25:00"}, "2016-08-26T25:00"},

		// Modifiers that are not positions.
		{"APPROX", dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModApprox}, "about Aug. 2016"},
		{"BEFORE", dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Mod: dates.ModBefore}, "before 2016"},
		{"AFTER", dates.Value{Type: dates.Date, Value: "201", Grain: dates.GrainDecade, Mod: dates.ModAfter}, "after the 2010s"},
		{"ON_OR_AFTER", dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Mod: dates.ModOnOrAfter}, "on or after Fri. Aug. 26, 2016"},

		// References.
		{"PRESENT_REF", dates.Value{Type: dates.Date, Value: "PRESENT_REF"}, "now"},
		{"PAST_REF", dates.Value{Type: dates.Date, Value: "PAST_REF"}, "in the past"},
		{"FUTURE_REF", dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, "in the future"},

		// Durations.
		{"hours", dates.Value{Type: dates.Duration, Value: "PT48H"}, "48 hours"},
		{"years MORE_THAN", dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan}, "more than 5 years"},
		{"LESS_THAN", dates.Value{Type: dates.Duration, Value: "P3D", Mod: dates.ModLessThan}, "less than 3 days"},
		{"EQUAL_OR_MORE", dates.Value{Type: dates.Duration, Value: "P2W", Mod: dates.ModEqOrMore}, "at least 2 weeks"},
		{"EQUAL_OR_LESS", dates.Value{Type: dates.Duration, Value: "PT30M", Mod: dates.ModEqOrLess}, "no more than 30 minutes"},
		{"APPROX duration", dates.Value{Type: dates.Duration, Value: "P1DE", Mod: dates.ModApprox}, "about 1 decade"},
		{"several months", dates.Value{Type: dates.Duration, Value: "PXM"}, "several months"},
		{"one year", dates.Value{Type: dates.Duration, Value: "P1Y"}, "1 year"},
		{"fraction", dates.Value{Type: dates.Duration, Value: "P1.5Y"}, "1.5 years"},
		{"compound", dates.Value{Type: dates.Duration, Value: "P1Y6M"}, "1 year and 6 months"},
		{"date and time", dates.Value{Type: dates.Duration, Value: "P2DT3H30M"}, "2 days, 3 hours and 30 minutes"},
		{"centuries", dates.Value{Type: dates.Duration, Value: "P2CE"}, "2 centuries"},
		{"hours before T", dates.Value{Type: dates.Duration, Value: "P48H"}, "48 hours"},
		{"positional mod dropped", dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModStart}, "5 years"},
		{"bad duration", dates.Value{Type: dates.Duration, Value: "P5Z"}, "P5Z"},

		// Sets.
		{"every Friday", dates.Value{Type: dates.Set, Value: "XXXX-WXX-5"}, "every Friday"},
		{"every Sunday", dates.Value{Type: dates.Set, Value: "XXXX-WXX-7"}, "every Sunday"},
		{"every Friday evening", dates.Value{Type: dates.Set, Value: "XXXX-WXX-5TEV"}, "every Friday evening"},
		{"every weekend", dates.Value{Type: dates.Set, Value: "XXXX-WXX-WE"}, "every weekend"},
		{"every day", dates.Value{Type: dates.Set, Value: "XXXX-XX-XX"}, "every day"},
		{"every morning", dates.Value{Type: dates.Set, Value: "XXXX-XX-XXTMO"}, "every morning"},
		{"every day at", dates.Value{Type: dates.Set, Value: "XXXX-XX-XXT09:00"}, "every day at 9:00 a.m."},
		{"every morning, no date", dates.Value{Type: dates.Set, Value: "TMO"}, "every morning"},
		{"every month", dates.Value{Type: dates.Set, Value: "XXXX-XX"}, "every month"},
		{"every August", dates.Value{Type: dates.Set, Value: "XXXX-08"}, "every August"},
		{"every Aug. 26", dates.Value{Type: dates.Set, Value: "XXXX-08-26"}, "every Aug. 26"},
		{"first of the month", dates.Value{Type: dates.Set, Value: "XXXX-XX-01"}, "every month on the 1st"},
		{"every summer", dates.Value{Type: dates.Set, Value: "XXXX-SU"}, "every summer"},
		{"every year", dates.Value{Type: dates.Set, Value: "XXXX"}, "every year"},
		{"weekly", dates.Value{Type: dates.Set, Value: "P1W"}, "weekly"},
		{"daily", dates.Value{Type: dates.Set, Value: "P1D"}, "daily"},
		{"hourly", dates.Value{Type: dates.Set, Value: "PT1H"}, "hourly"},
		{"every 2 weeks", dates.Value{Type: dates.Set, Value: "P2W"}, "every 2 weeks"},
		{"about weekly", dates.Value{Type: dates.Set, Value: "P1W", Mod: dates.ModApprox}, "about weekly"},

		// Without a readable value: the interval and grain, else the value.
		{"interval day", dates.Value{Grain: dates.GrainDay, Start: aug26, End: aug26}, "Fri. Aug. 26, 2016"},
		{"interval week", dates.Value{Grain: dates.GrainWeek, Start: date(2016, 8, 24)}, "week of Aug. 22, 2016"},
		{"interval weekend", dates.Value{Grain: dates.GrainWeekend, Start: date(2016, 8, 27)}, "weekend of Aug. 27, 2016"},
		{"interval month MID", dates.Value{Grain: dates.GrainMonth, Mod: dates.ModMid, Start: date(2016, 9, 1)}, "mid-Sept. 2016"},
		{"interval winter", dates.Value{Grain: dates.GrainSeason, Start: date(2017, 1, 1)}, "winter 2016"},
		{"interval quarter", dates.Value{Grain: dates.GrainQuarter, Start: date(2016, 7, 1)}, "Q3 2016"},
		{"interval half", dates.Value{Grain: dates.GrainHalf, Start: date(2016, 7, 1)}, "second half of 2016"},
		{"interval year", dates.Value{Grain: dates.GrainYear, Start: date(2016, 1, 1)}, "2016"},
		{"interval decade", dates.Value{Grain: dates.GrainDecade, Start: date(2016, 1, 1)}, "the 2010s"},
		{"interval century", dates.Value{Grain: dates.GrainCentury, Start: date(1999, 1, 1)}, "the 20th century"},
		{"interval hour", dates.Value{Grain: dates.GrainHour, Start: time.Date(2016, 8, 26, 23, 0, 0, 0, time.UTC)}, "Fri. Aug. 26, 2016, 11:00 p.m."},
		{"interval part of day", dates.Value{Grain: dates.GrainPartOfDay, Start: time.Date(2016, 8, 26, 13, 0, 0, 0, time.UTC)}, "Fri. Aug. 26, 2016, afternoon"},
		{"unreadable value, interval", dates.Value{Value: "2016-08-2X", Grain: dates.GrainMonth, Start: date(2016, 8, 1)}, "Aug. 2016"},
		{"unreadable value", dates.Value{Value: "2016-W3X"}, "2016-W3X"},
		{"nothing", dates.Value{}, ""},
		{"Feb. 30", dates.Value{Value: "2016-02-30"}, "2016-02-30"},
	}
	for _, tt := range tests {
		if got := render.Label(tt.v); got != tt.want {
			t.Errorf("%s: Label(%q, %s, %q) = %q, want %q", tt.name, tt.v.Value, tt.v.Grain, tt.v.Mod, got, tt.want)
		}
	}
}

// FuzzLabel checks that Label never panics and labels every value that has
// an interval.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{"2016-08-26", "2016-W34-WE", "201", "2016-08-26T15:00Z", "P1Y6M", "XXXX-WXX-5TEV", "PT", "T", "-", "2016-"} {
		f.Add(s, int(dates.GrainDay), "", true)
	}
	f.Fuzz(func(t *testing.T, value string, grain int, mod string, interval bool) {
		for _, typ := range []dates.Type{dates.Date, dates.Time, dates.Duration, dates.Set} {
			v := dates.Value{Type: typ, Value: value, Grain: dates.Grain(grain), Mod: dates.Mod(mod)}
			if interval {
				v.Start, v.End = date(2016, 8, 26), date(2016, 8, 26)
			}
			if got := render.Label(v); got == "" && (value != "" || interval) {
				t.Errorf("Label(%+v) is empty", v)
			}
		}
	})
}
