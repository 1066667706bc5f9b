package dates

import (
	"testing"
	"time"
)

func TestResolveEdges(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	rel := func(g Grain, off int) Expr { return Expr{Kind: Relative, Grain: g, Offset: off} }
	cal := func(y, m, dd int) Expr { return Expr{Kind: Calendar, Grain: GrainDay, Year: y, Month: m, Day: dd} }
	tests := []struct {
		name       string
		e          Expr
		anchor     time.Time
		tense      Tense
		value      string
		start, end time.Time
	}{
		{"tomorrow at month end", rel(GrainDay, 1), d(2016, 1, 31), Past, "2016-02-01", d(2016, 2, 1), d(2016, 2, 1)},
		{"yesterday at year start", rel(GrainDay, -1), d(2016, 1, 1), Past, "2015-12-31", d(2015, 12, 31), d(2015, 12, 31)},
		{"tomorrow on leap day eve", rel(GrainDay, 1), d(2016, 2, 28), Past, "2016-02-29", d(2016, 2, 29), d(2016, 2, 29)},
		{"tomorrow in a common year", rel(GrainDay, 1), d(2015, 2, 28), Past, "2015-03-01", d(2015, 3, 1), d(2015, 3, 1)},
		{"last month from March 31", rel(GrainMonth, -1), d(2016, 3, 31), Past, "2016-02", d(2016, 2, 1), d(2016, 2, 29)},
		{"last month of a common February", rel(GrainMonth, -1), d(2015, 3, 31), Past, "2015-02", d(2015, 2, 1), d(2015, 2, 28)},
		{"next month from December", rel(GrainMonth, 1), d(2016, 12, 15), Past, "2017-01", d(2017, 1, 1), d(2017, 1, 31)},
		{"last year on Jan 1", rel(GrainYear, -1), d(2017, 1, 1), Past, "2016", d(2016, 1, 1), d(2016, 12, 31)},
		{"ISO week 53", rel(GrainWeek, 0), d(2015, 12, 31), Past, "2015-W53", d(2015, 12, 28), d(2016, 1, 3)},
		{"ISO week 53 seen from January", rel(GrainWeek, -1), d(2016, 1, 6), Past, "2015-W53", d(2015, 12, 28), d(2016, 1, 3)},
		{"ISO week 52", rel(GrainWeek, 0), d(2016, 12, 31), Past, "2016-W52", d(2016, 12, 26), d(2017, 1, 1)},
		{"week 1 starts in December", rel(GrainWeek, 0), d(2014, 12, 30), Past, "2015-W01", d(2014, 12, 29), d(2015, 1, 4)},
		{"next week across the year", rel(GrainWeek, 1), d(2016, 12, 28), Past, "2017-W01", d(2017, 1, 2), d(2017, 1, 8)},
		{"last quarter from Q1", rel(GrainQuarter, -1), d(2016, 2, 10), Past, "2015-Q4", d(2015, 10, 1), d(2015, 12, 31)},
		{"this weekend on Sunday", rel(GrainWeekend, 0), d(2016, 8, 28), Past, "2016-W34-WE", d(2016, 8, 27), d(2016, 8, 28)},
		{"Feb 29 in a leap year", cal(2016, 2, 29), d(2016, 8, 26), Past, "2016-02-29", d(2016, 2, 29), d(2016, 2, 29)},
		{"Feb 29 without year", Expr{Kind: Calendar, Grain: GrainDay, Month: 2, Day: 29}, d(2017, 8, 26), Past, "2016-02-29", d(2016, 2, 29), d(2016, 2, 29)},
		{"December from January", Expr{Kind: Calendar, Grain: GrainMonth, Month: 12}, d(2017, 1, 10), Past, "2016-12", d(2016, 12, 1), d(2016, 12, 31)},
		{"near date in the past tense", Expr{Kind: Calendar, Grain: GrainDay, Month: 1, Day: 14}, d(2000, 1, 5), Past, "2000-01-14", d(2000, 1, 14), d(2000, 1, 14)},
		{"near date across the year", Expr{Kind: Calendar, Grain: GrainDay, Month: 1, Day: 10}, d(2016, 12, 20), Past, "2017-01-10", d(2017, 1, 10), d(2017, 1, 10)},
		{"date 55 days ahead in the past tense", Expr{Kind: Calendar, Grain: GrainDay, Month: 10, Day: 20}, d(2016, 8, 26), Past, "2015-10-20", d(2015, 10, 20), d(2015, 10, 20)},
		{"near month in the past tense", Expr{Kind: Calendar, Grain: GrainMonth, Month: 5}, d(2000, 3, 29), Past, "2000-05", d(2000, 5, 1), d(2000, 5, 31)},
		{"quarter just ended, future tense", Expr{Kind: Calendar, Grain: GrainQuarter, Part: 3}, d(1989, 10, 26), Future, "1989-Q3", d(1989, 7, 1), d(1989, 9, 30)},
		{"quarter ended 81 days ago, future tense", Expr{Kind: Calendar, Grain: GrainQuarter, Part: 3}, d(1989, 12, 20), Future, "1990-Q3", d(1990, 7, 1), d(1990, 9, 30)},
		{"current quarter, future tense", Expr{Kind: Calendar, Grain: GrainQuarter, Part: 4}, d(1989, 10, 26), Future, "1989-Q4", d(1989, 10, 1), d(1989, 12, 31)},
		{"January in the future from December", Expr{Kind: Calendar, Grain: GrainMonth, Month: 1}, d(2016, 12, 10), Future, "2017-01", d(2017, 1, 1), d(2017, 1, 31)},
		{"Friday on Friday", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 5}, d(2016, 8, 26), Past, "2016-08-26", d(2016, 8, 26), d(2016, 8, 26)},
		{"Saturday in the past", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 6}, d(2016, 8, 26), Past, "2016-08-20", d(2016, 8, 20), d(2016, 8, 20)},
		{"Monday in the future", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 1}, d(2016, 8, 26), Future, "2016-08-29", d(2016, 8, 29), d(2016, 8, 29)},
		{"last Friday on Friday", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 5, Dir: DirLast}, d(2016, 8, 26), Past, "2016-08-19", d(2016, 8, 19), d(2016, 8, 19)},
		{"next Friday on Friday", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 5, Dir: DirNext}, d(2016, 8, 26), Past, "2016-09-02", d(2016, 9, 2), d(2016, 9, 2)},
		{"this Monday", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 1, Dir: DirThis}, d(2016, 8, 26), Past, "2016-08-22", d(2016, 8, 22), d(2016, 8, 22)},
		{"Wednesday across the year", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 3}, d(2016, 1, 1), Past, "2015-12-30", d(2015, 12, 30), d(2015, 12, 30)},
		{"late February, leap year", Expr{Kind: Calendar, Grain: GrainMonth, Year: 2016, Month: 2, Mod: ModEnd}, d(2016, 8, 26), Past, "2016-02", d(2016, 2, 20), d(2016, 2, 29)},
		{"early August", Expr{Kind: Calendar, Grain: GrainMonth, Year: 2016, Month: 8, Mod: ModStart}, d(2016, 8, 26), Past, "2016-08", d(2016, 8, 1), d(2016, 8, 10)},
		{"winter spans the year", Expr{Kind: Calendar, Grain: GrainSeason, Season: "WI", Year: 2015}, d(2016, 8, 26), Past, "2015-WI", d(2015, 12, 1), d(2016, 2, 29)},
		{"last winter in January", Expr{Kind: Calendar, Grain: GrainSeason, Season: "WI", Dir: DirLast}, d(2017, 1, 15), Past, "2015-WI", d(2015, 12, 1), d(2016, 2, 29)},
		{"the 1990s", Expr{Kind: Calendar, Grain: GrainDecade, Decade: 199}, d(2016, 8, 26), Past, "199", d(1990, 1, 1), d(1999, 12, 31)},
		{"the 20th century", Expr{Kind: Calendar, Grain: GrainCentury, Century: 19}, d(2016, 8, 26), Past, "19", d(1900, 1, 1), d(1999, 12, 31)},
		{"Thanksgiving 2016", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 11, Nth: 4, Weekday: 4}, d(2016, 8, 26), Past, "2016-11-24", d(2016, 11, 24), d(2016, 11, 24)},
		{"Memorial Day 2016", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 5, Nth: -1, Weekday: 1}, d(2016, 8, 26), Past, "2016-05-30", d(2016, 5, 30), d(2016, 5, 30)},
		{"year 1 anchor", rel(GrainDay, -1), d(1, 1, 1), Past, "0000-12-31", d(0, 12, 31), d(0, 12, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := Resolve(tt.e, tt.anchor, tt.tense)
			if !ok {
				t.Fatalf("Resolve(%v) failed", tt.e)
			}
			if v.Value != tt.value || !v.Start.Equal(tt.start) || !v.End.Equal(tt.end) {
				t.Errorf("got %s [%s, %s], want %s [%s, %s]", v.Value, v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"),
					tt.value, tt.start.Format("2006-01-02"), tt.end.Format("2006-01-02"))
			}
			if v.Start.After(v.End) {
				t.Errorf("start after end")
			}
		})
	}
}

func TestResolveRejectsImpossibleDates(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	for _, e := range []Expr{
		{Kind: Calendar, Grain: GrainDay, Year: 2015, Month: 2, Day: 29},
		{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 4, Day: 31},
		{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 13, Day: 1},
	} {
		if v, ok := Resolve(e, anchor, Past); ok {
			t.Errorf("Resolve(%v) = %s, want failure", e, v.Value)
		}
	}
}
