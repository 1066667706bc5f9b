package dates

import (
	"fmt"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strings"
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
		{"midweek is the middle of its week, from the week's Monday", Expr{Kind: Calendar, Grain: GrainWeek, Weekday: 3, Mod: ModMid}, d(2025, 11, 17), Future, "2025-W47", d(2025, 11, 19), d(2025, 11, 20)},
		{"midweek in the past, across the year", Expr{Kind: Calendar, Grain: GrainWeek, Weekday: 3, Mod: ModMid}, d(2016, 1, 1), Past, "2015-W53", d(2015, 12, 30), d(2015, 12, 31)},
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
		{"year 1 anchor", rel(GrainDay, -1), d(1, 1, 1), Past, "BC0001-12-31", d(0, 12, 31), d(0, 12, 31)},
		// Years before the common era count back; time numbers them
		// astronomically (1 BC is 0, 499 BC -498).
		{"499 BC", Expr{Kind: Calendar, Grain: GrainYear, Year: 499, BC: true}, d(2016, 8, 26), Past, "BC0499", d(-498, 1, 1), d(-498, 12, 31)},
		{"1 BC", Expr{Kind: Calendar, Grain: GrainYear, Year: 1, BC: true}, d(2016, 8, 26), Past, "BC0001", d(0, 1, 1), d(0, 12, 31)},
		{"AD 9", Expr{Kind: Calendar, Grain: GrainYear, Year: 9}, d(2016, 8, 26), Past, "0009", d(9, 1, 1), d(9, 12, 31)},
		{"autumn of 481 BC", Expr{Kind: Calendar, Grain: GrainSeason, Season: "FA", Year: 481, BC: true}, d(2016, 8, 26), Past, "BC0481-FA", d(-480, 9, 1), d(-480, 11, 30)},
		{"the 470s BC", Expr{Kind: Calendar, Grain: GrainDecade, Decade: 47, BC: true}, d(2016, 8, 26), Past, "BC047", d(-478, 1, 1), d(-469, 12, 31)},
		{"the 4th century BC", Expr{Kind: Calendar, Grain: GrainCentury, Century: 3, BC: true}, d(2016, 8, 26), Past, "BC03", d(-398, 1, 1), d(-299, 12, 31)},
		{"the 1st century AD", Expr{Kind: Calendar, Grain: GrainCentury, Century: 0}, d(2016, 8, 26), Past, "00", d(1, 1, 1), d(100, 12, 31)},
		{"next year from 480 BC", rel(GrainYear, 1), d(-479, 6, 1), Past, "BC0479", d(-478, 1, 1), d(-478, 12, 31)},
		{"next year from 1 BC", rel(GrainYear, 1), d(0, 6, 1), Past, "0001", d(1, 1, 1), d(1, 12, 31)},
		{"the next decade from 485 BC", rel(GrainDecade, 1), d(-484, 6, 1), Past, "BC047", d(-478, 1, 1), d(-469, 12, 31)},
		{"this century in 380 BC", rel(GrainCentury, 0), d(-379, 6, 1), Past, "BC03", d(-398, 1, 1), d(-299, 12, 31)},
		{"the previous century from 387 BC", rel(GrainCentury, -1), d(-386, 6, 1), Past, "BC04", d(-498, 1, 1), d(-399, 12, 31)},
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

func TestResolveCalendarEdges(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	rel := func(g Grain, off int) Expr { return Expr{Kind: Relative, Grain: g, Offset: off} }
	tests := []struct {
		name       string
		e          Expr
		anchor     time.Time
		tense      Tense
		value      string
		start, end time.Time
	}{
		{"next month from January 31", rel(GrainMonth, 1), d(2016, 1, 31), Past, "2016-02", d(2016, 2, 1), d(2016, 2, 29)},
		{"last month from March 31, 2100 (not leap)", rel(GrainMonth, -1), d(2100, 3, 31), Past, "2100-02", d(2100, 2, 1), d(2100, 2, 28)},
		{"February 2000 (leap: divisible by 400)", Expr{Kind: Calendar, Grain: GrainMonth, Year: 2000, Month: 2}, d(2016, 8, 26), Past, "2000-02", d(2000, 2, 1), d(2000, 2, 29)},
		{"Feb 29 2000", Expr{Kind: Calendar, Grain: GrainDay, Year: 2000, Month: 2, Day: 29}, d(2016, 8, 26), Past, "2000-02-29", d(2000, 2, 29), d(2000, 2, 29)},
		{"Feb 29 without year, past, from March 2016", Expr{Kind: Calendar, Grain: GrainDay, Month: 2, Day: 29}, d(2016, 3, 1), Past, "2016-02-29", d(2016, 2, 29), d(2016, 2, 29)},
		{"Feb 29 without year, future, from March 2015", Expr{Kind: Calendar, Grain: GrainDay, Month: 2, Day: 29}, d(2015, 3, 1), Future, "2016-02-29", d(2016, 2, 29), d(2016, 2, 29)},
		{"Dec 31 without year on Jan 1", Expr{Kind: Calendar, Grain: GrainDay, Month: 12, Day: 31}, d(2017, 1, 1), Past, "2016-12-31", d(2016, 12, 31), d(2016, 12, 31)},
		{"Jan 1 without year, future, on Dec 31", Expr{Kind: Calendar, Grain: GrainDay, Month: 1, Day: 1}, d(2016, 12, 31), Future, "2017-01-01", d(2017, 1, 1), d(2017, 1, 1)},
		{"last December on Dec 31", Expr{Kind: Calendar, Grain: GrainMonth, Month: 12, Dir: DirLast}, d(2016, 12, 31), Past, "2015-12", d(2015, 12, 1), d(2015, 12, 31)},
		{"next January on Jan 1", Expr{Kind: Calendar, Grain: GrainMonth, Month: 1, Dir: DirNext}, d(2016, 1, 1), Past, "2017-01", d(2017, 1, 1), d(2017, 1, 31)},
		{"this week on Sunday Jan 3, 2010 (2009-W53)", rel(GrainWeek, 0), d(2010, 1, 3), Past, "2009-W53", d(2009, 12, 28), d(2010, 1, 3)},
		{"this week on Dec 31, 2020 (2020-W53)", rel(GrainWeek, 0), d(2020, 12, 31), Past, "2020-W53", d(2020, 12, 28), d(2021, 1, 3)},
		{"next week from 2020-W53", rel(GrainWeek, 1), d(2021, 1, 1), Past, "2021-W01", d(2021, 1, 4), d(2021, 1, 10)},
		{"this week on Dec 29, 2008 (2009-W01)", rel(GrainWeek, 0), d(2008, 12, 29), Past, "2009-W01", d(2008, 12, 29), d(2009, 1, 4)},
		{"this week on Dec 28, 2008 (2008-W52)", rel(GrainWeek, 0), d(2008, 12, 28), Past, "2008-W52", d(2008, 12, 22), d(2008, 12, 28)},
		{"the week of Jan 1, 2016", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 1, Day: 1, WeekOf: true}, d(2016, 8, 26), Past, "2015-W53", d(2015, 12, 28), d(2016, 1, 3)},
		{"Easter 2016 (March 27)", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Year: 2016}, d(2016, 8, 26), Past, "2016-03-27", d(2016, 3, 27), d(2016, 3, 27)},
		{"Easter 2019 (April 21, latest of the decade)", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Year: 2019}, d(2016, 8, 26), Past, "2019-04-21", d(2019, 4, 21), d(2019, 4, 21)},
		{"Easter 2285 (March 22, earliest possible)", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Year: 2285}, d(2016, 8, 26), Past, "2285-03-22", d(2285, 3, 22), d(2285, 3, 22)},
		{"Easter 2038 (April 25, latest possible)", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Year: 2038}, d(2016, 8, 26), Past, "2038-04-25", d(2038, 4, 25), d(2038, 4, 25)},
		{"Good Friday across a month end", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Days: -2, Year: 2018}, d(2016, 8, 26), Past, "2018-03-30", d(2018, 3, 30), d(2018, 3, 30)},
		{"Easter week 2016", Expr{Kind: Calendar, Grain: GrainDay, Easter: true, Year: 2016, WeekOf: true}, d(2016, 8, 26), Past, "2016-W12", d(2016, 3, 21), d(2016, 3, 27)},
		{"Cyber Monday 2016 (Thanksgiving and four)", Expr{Kind: Calendar, Grain: GrainDay, Month: 11, Nth: 4, Weekday: 4, Days: 4}, d(2016, 12, 5), Past, "2016-11-28", d(2016, 11, 28), d(2016, 11, 28)},
		{"Black Friday across the year boundary of the choice", Expr{Kind: Calendar, Grain: GrainDay, Month: 11, Nth: 4, Weekday: 4, Days: 1}, d(2016, 11, 26), Past, "2016-11-25", d(2016, 11, 25), d(2016, 11, 25)},
		{"Labor Day weekend: the weekend before the Monday", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 9, Nth: 1, Weekday: 1, WeekendOf: true}, d(2016, 8, 26), Past, "2016-W35-WE", d(2016, 9, 3), d(2016, 9, 4)},
		{"the weekend of a Sunday", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 8, Day: 21, WeekendOf: true}, d(2016, 8, 26), Past, "2016-W33-WE", d(2016, 8, 20), d(2016, 8, 21)},
		{"Tuesday next week on a Sunday", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 2, Dir: DirThis, Days: 7}, d(2016, 8, 28), Past, "2016-08-30", d(2016, 8, 30), d(2016, 8, 30)},
		{"this weekend across the year", rel(GrainWeekend, 0), d(2021, 1, 1), Past, "2020-W53-WE", d(2021, 1, 2), d(2021, 1, 3)},
		{"next quarter from Q4", rel(GrainQuarter, 1), d(2016, 11, 30), Past, "2017-Q1", d(2017, 1, 1), d(2017, 3, 31)},
		{"last half from H1", rel(GrainHalf, -1), d(2016, 3, 31), Past, "2015-H2", d(2015, 7, 1), d(2015, 12, 31)},
		{"this season in February (winter of the year before)", rel(GrainSeason, 0), d(2016, 2, 29), Past, "2015-WI", d(2015, 12, 1), d(2016, 2, 29)},
		{"winter 2016, common February", Expr{Kind: Calendar, Grain: GrainSeason, Season: "WI", Year: 2016}, d(2016, 8, 26), Past, "2016-WI", d(2016, 12, 1), d(2017, 2, 28)},
		{"last decade from 2000", rel(GrainDecade, -1), d(2000, 1, 1), Past, "199", d(1990, 1, 1), d(1999, 12, 31)},
		{"this century in 2000", rel(GrainCentury, 0), d(2000, 6, 1), Past, "20", d(2000, 1, 1), d(2099, 12, 31)},
		{"late December", Expr{Kind: Calendar, Grain: GrainMonth, Year: 2016, Month: 12, Mod: ModEnd}, d(2016, 8, 26), Past, "2016-12", d(2016, 12, 21), d(2016, 12, 31)},
		{"mid-February, common year", Expr{Kind: Calendar, Grain: GrainMonth, Year: 2015, Month: 2, Mod: ModMid}, d(2016, 8, 26), Past, "2015-02", d(2015, 2, 10), d(2015, 2, 18)},
		{"early 2016", Expr{Kind: Calendar, Grain: GrainYear, Year: 2016, Mod: ModStart}, d(2016, 8, 26), Past, "2016", d(2016, 1, 1), d(2016, 5, 1)},
		{"the last Monday of December 2016", Expr{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 12, Nth: -1, Weekday: 1}, d(2016, 8, 26), Past, "2016-12-26", d(2016, 12, 26), d(2016, 12, 26)},
		{"the first Sunday of January 2017", Expr{Kind: Calendar, Grain: GrainDay, Year: 2017, Month: 1, Nth: 1, Weekday: 7}, d(2016, 8, 26), Past, "2017-01-01", d(2017, 1, 1), d(2017, 1, 1)},
		{"Thursday, Dec. 31, without year, seen from 2016", Expr{Kind: Calendar, Grain: GrainDay, Month: 12, Day: 31, Weekday: 4}, d(2016, 8, 26), Past, "2015-12-31", d(2015, 12, 31), d(2015, 12, 31)},
		{"Friday on New Year's Day, future", Expr{Kind: Calendar, Grain: GrainDay, Weekday: 5}, d(2016, 12, 31), Future, "2017-01-06", d(2017, 1, 6), d(2017, 1, 6)},
		{"tomorrow at 3:05 p.m. on Dec 31", Expr{Kind: Relative, Grain: GrainDay, Offset: 1, Clock: true, Hour: 15, Minute: 5}, d(2016, 12, 31), Past, "2017-01-01T15:05", d(2017, 1, 1), d(2017, 1, 1)},
		{"yesterday morning on Mar 1 of a leap year", Expr{Kind: Relative, Grain: GrainDay, Offset: -1, PartOfDay: "MO"}, d(2016, 3, 1), Past, "2016-02-29TMO", d(2016, 2, 29), d(2016, 2, 29)},
		{"anchor late in the day, not UTC", rel(GrainDay, 0), time.Date(2016, 12, 31, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)), Past, "2016-12-31", d(2016, 12, 31), d(2016, 12, 31)},
		{"anchor late in the day, UTC", rel(GrainDay, 0), time.Date(2016, 12, 31, 23, 59, 59, 999, time.UTC), Past, "2016-12-31", d(2016, 12, 31), d(2016, 12, 31)},
		{"year 9999", Expr{Kind: Calendar, Grain: GrainDay, Year: 9999, Month: 12, Day: 31}, d(2016, 8, 26), Past, "9999-12-31", d(9999, 12, 31), d(9999, 12, 31)},
		{"a year of five digits", Expr{Kind: Calendar, Grain: GrainYear, Year: 10000}, d(2016, 8, 26), Past, "10000", d(10000, 1, 1), d(10000, 12, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := Resolve(tt.e, tt.anchor, tt.tense)
			if !ok {
				t.Fatalf("Resolve(%v) failed", tt.e)
			}
			if v.Value != tt.value || v.Start != tt.start || v.End != tt.end {
				t.Errorf("got %s [%s, %s], want %s [%s, %s]", v.Value, v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"),
					tt.value, tt.start.Format("2006-01-02"), tt.end.Format("2006-01-02"))
			}
		})
	}
	if v, ok := Resolve(Expr{Kind: Calendar, Grain: GrainDay, Year: 2100, Month: 2, Day: 29}, d(2016, 8, 26), Past); ok {
		t.Errorf("Feb 29, 2100 resolved to %s; 2100 is not a leap year", v.Value)
	}
}

// The civil-date helpers agree with the time package, for a table of known
// days and then for every day from 2000 BC to AD 4000 (leap centuries,
// ISO weeks 52 and 53, year 0 and the years before it included).
func TestDateMatchesTime(t *testing.T) {
	for _, tt := range []struct {
		y, m, d int
		n       date
		wd      int
	}{
		{1970, 1, 1, 0, 4},
		{1969, 12, 31, -1, 3},
		{2000, 2, 29, 11016, 2},
		{2000, 3, 1, 11017, 3},
		{2016, 8, 26, 17039, 5},
		{1900, 3, 1, -25508, 4},
		{1, 1, 1, -719162, 1},
		{0, 12, 31, -719163, 7},
		{9999, 12, 31, 2932896, 5},
	} {
		if got := dateOf(tt.y, tt.m, tt.d); got != tt.n {
			t.Errorf("dateOf(%d, %d, %d) = %d, want %d", tt.y, tt.m, tt.d, got, tt.n)
		}
		if y, m, d := tt.n.ymd(); y != tt.y || m != tt.m || d != tt.d {
			t.Errorf("date(%d).ymd() = %d-%d-%d, want %d-%d-%d", tt.n, y, m, d, tt.y, tt.m, tt.d)
		}
		if wd := tt.n.weekday(); wd != tt.wd {
			t.Errorf("date(%d).weekday() = %d, want %d", tt.n, wd, tt.wd)
		}
	}
	tm := time.Date(-2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := dateOf(-2000, 1, 1); n < dateOf(4000, 1, 1); n++ {
		y, m, d := tm.Date()
		if got := n.time(); got != tm {
			t.Fatalf("date(%d).time() = %v, want %v", n, got, tm)
		}
		if got := dateOf(y, int(m), d); got != n {
			t.Fatalf("dateOf(%d, %d, %d) = %d, want %d", y, m, d, got, n)
		}
		if gy, gm, gd := n.ymd(); gy != y || gm != int(m) || gd != d {
			t.Fatalf("date(%d).ymd() = %d-%d-%d, want %v", n, gy, gm, gd, tm)
		}
		if got := dateAt(tm.Add(23 * time.Hour)); got != n {
			t.Fatalf("dateAt(%v) = %d, want %d", tm.Add(23*time.Hour), got, n)
		}
		if wd := int(tm.Weekday()); n.weekday() != wd && !(wd == 0 && n.weekday() == 7) {
			t.Fatalf("%v: weekday %d", tm, n.weekday())
		}
		if wy, w := tm.ISOWeek(); y > 0 { // time's ISOWeek is for years from 1
			if gy, gw := n.isoWeek(); gy != wy || gw != w {
				t.Fatalf("%v: isoWeek %d-W%d, want %d-W%d", tm, gy, gw, wy, w)
			}
		}
		tm = tm.AddDate(0, 0, 1)
	}
}

// Far from now, where dateOf and ymd leave their unsigned arithmetic for
// civilDate and civil, dates still agree with the time package; and the
// two algorithms agree where both hold.
func TestDateFarYears(t *testing.T) {
	for _, y := range []int{-100_000_000, -5_000_000, -32801, -32800, -32799, -10000, 1_999_999, 2_000_000, 2_000_001, 2_900_000, 3_000_000, 100_000_000} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {2, 29}, {3, 1}, {12, 31}, {14, 40}, {0, 0}} {
			tm := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			n := dateOf(y, md[0], md[1])
			if n.time() != tm {
				t.Fatalf("dateOf(%d, %d, %d) = %v, want %v", y, md[0], md[1], n.time(), tm)
			}
			if gy, gm, gd := n.ymd(); gy != tm.Year() || gm != int(tm.Month()) || gd != tm.Day() {
				t.Fatalf("date(%d).ymd() = %d-%d-%d, want %v", n, gy, gm, gd, tm)
			}
		}
	}
	for n := dateOf(-3000, 1, 1); n < dateOf(3000, 1, 1); n += 7 {
		y, m, d := n.ymd()
		if cy, cm, cd := n.civil(); cy != y || cm != m || cd != d {
			t.Fatalf("date(%d): civil() = %d-%d-%d, ymd() = %d-%d-%d", n, cy, cm, cd, y, m, d)
		}
		if c := civilDate(y, m, d); c != n {
			t.Fatalf("civilDate(%d, %d, %d) = %d, want %d", y, m, d, c, n)
		}
	}
}

// dateOf normalises a month and a day out of their ranges as time.Date
// does: month 0 is December of the year before, day 0 the last day of the
// month before, day 40 runs into the month after.
func TestDateOfNormalises(t *testing.T) {
	for _, y := range []int{-401, -400, -1, 0, 1, 1899, 1900, 1999, 2000, 2015, 2016, 2100} {
		for m := -27; m <= 27; m++ {
			for d := -70; d <= 70; d++ {
				want := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				if got := dateOf(y, m, d).time(); got != want {
					t.Fatalf("dateOf(%d, %d, %d) = %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}

// The period arithmetic on dates agrees with the same arithmetic done by
// time.Date and AddDate (the definitions below), for every day from 1890 to
// 2110 and every grain.
func TestPeriodArithmetic(t *testing.T) {
	// The definitions, on time.Time.
	iso := func(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }
	startOf := func(t time.Time, g Grain) time.Time {
		y, m := t.Year(), int(t.Month())
		switch g {
		case GrainWeek:
			return t.AddDate(0, 0, 1-iso(t))
		case GrainWeekend:
			return t.AddDate(0, 0, 6-iso(t))
		case GrainMonth:
			return day(y, m, 1)
		case GrainQuarter:
			return day(y, (m-1)/3*3+1, 1)
		case GrainHalf:
			return day(y, (m-1)/6*6+1, 1)
		case GrainSeason:
			if m <= 2 {
				return day(y-1, 12, 1)
			}
			return day(y, (m-3)/3*3+3, 1)
		case GrainYear:
			return day(y, 1, 1)
		case GrainDecade:
			return day(y-y%10, 1, 1)
		case GrainCentury:
			return day(y-y%100, 1, 1)
		}
		return t
	}
	months := map[Grain]int{GrainMonth: 1, GrainSeason: 3, GrainQuarter: 3, GrainHalf: 6, GrainYear: 12, GrainDecade: 120, GrainCentury: 1200}
	shiftBy := func(t time.Time, g Grain, n int) (time.Time, bool) {
		switch g {
		case GrainDay:
			return t.AddDate(0, 0, n), true
		case GrainWeek, GrainWeekend:
			return t.AddDate(0, 0, 7*n), true
		}
		if k, ok := months[g]; ok {
			return t.AddDate(0, k*n, 0), true
		}
		return t, false
	}
	endOf := func(t time.Time, g Grain) time.Time {
		if g == GrainWeekend {
			return t.AddDate(0, 0, 1)
		}
		if next, ok := shiftBy(t, g, 1); ok {
			return next.AddDate(0, 0, -1)
		}
		return t
	}
	for n := dateOf(1890, 1, 1); n < dateOf(2110, 1, 1); n++ {
		tm := n.time()
		for g := GrainNone; g <= GrainCentury; g++ {
			if got, want := n.startOf(g).time(), startOf(tm, g); got != want {
				t.Fatalf("%v: startOf(%v) = %v, want %v", tm, g, got, want)
			}
			if got, want := n.endOf(g).time(), endOf(tm, g); got != want {
				t.Fatalf("%v: endOf(%v) = %v, want %v", tm, g, got, want)
			}
			for k := -2; k <= 2; k += 4 {
				got, ok := n.shift(g, k)
				want, wok := shiftBy(tm, g, k)
				if ok != wok || got.time() != want {
					t.Fatalf("%v: shift(%v, %d) = %v %v, want %v %v", tm, g, k, got.time(), ok, want, wok)
				}
			}
		}
	}
}

// appendValue writes what fmt writes for each grain.
func TestAppendValue(t *testing.T) {
	seasons := map[int]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}
	for n := dateOf(-20, 1, 1); n < dateOf(10020, 1, 1); n += 97 {
		tm := n.time()
		y, m := tm.Year(), int(tm.Month())
		wy, w := tm.ISOWeek()
		bc := ""
		if y < 1 { // TIMEX2: BC0021 for 21 BC, the astronomical year -20
			bc, y = "BC", 1-y
		}
		want := map[Grain]string{
			GrainDay:     fmt.Sprintf("%s%04d-%02d-%02d", bc, y, m, tm.Day()),
			GrainWeek:    fmt.Sprintf("%04d-W%02d", wy, w),
			GrainWeekend: fmt.Sprintf("%04d-W%02d-WE", wy, w),
			GrainMonth:   fmt.Sprintf("%s%04d-%02d", bc, y, m),
			GrainQuarter: fmt.Sprintf("%s%04d-Q%d", bc, y, (m-1)/3+1),
			GrainHalf:    fmt.Sprintf("%s%04d-H%d", bc, y, (m-1)/6+1),
			GrainSeason:  fmt.Sprintf("%s%04d-%s", bc, y, seasons[m]),
			GrainYear:    fmt.Sprintf("%s%04d", bc, y),
			GrainDecade:  fmt.Sprintf("%s%03d", bc, y/10),
			GrainCentury: fmt.Sprintf("%s%02d", bc, y/100),
			GrainHour:    "",
		}
		if bc != "" {
			delete(want, GrainWeek) // time's ISOWeek is for years from 1
			delete(want, GrainWeekend)
		}
		for g, s := range want {
			if got := string(appendValue(nil, n, g)); got != s {
				t.Fatalf("%v: appendValue(%v) = %q, want %q", tm, g, got, s)
			}
		}
	}
}

// wholeCues is the definition that tenseCues reads lazily: the cues of
// every word of the sentence, found at once (future: all future cues,
// sorted).
type wholeCues struct {
	future, past, modal []int
	text                string
}

// wordSpan is the byte span of a word of a text.
type wordSpan struct{ i, j int }

// wordSpans returns the spans of the words of low, runs of word bytes.
func wordSpans(low string) []wordSpan {
	var words []wordSpan
	for i := 0; i < len(low); {
		for i < len(low) && !isWordByte(low[i]) {
			i++
		}
		j := i
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if j == i {
			break
		}
		words = append(words, wordSpan{i, j})
		i = j
	}
	return words
}

func readWhole(s, low string) *wholeCues {
	l := lex()
	c := &wholeCues{text: s}
	words := wordSpans(low)
	for _, wd := range words {
		i, j := wd.i, wd.j
		for _, cue := range l.futureAt[low[i:j]] {
			if end := i + len(cue); strings.HasPrefix(low[i:], cue) && (end == len(low) || !isWordByte(low[end])) && !adjectiveCue(low, i, cue) {
				c.future = append(c.future, i)
			}
		}
	}
	for _, cue := range l.futureLoose {
		for i := 0; ; {
			j := strings.Index(low[i:], cue)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(cue)
			if (cue[0] == '\'' || at == 0 || !isWordByte(low[at-1])) && (end == len(low) || !isWordByte(low[end])) {
				c.future = append(c.future, at)
			}
			i = end
		}
	}
	sort.Ints(c.future)
	plans := map[int]bool{} // future cues whose first word says no tense of its own ("was due to")
	for _, wd := range words {
		for _, cue := range l.futureAt[low[wd.i:wd.j]] {
			if end := wd.i + len(cue); strings.HasPrefix(low[wd.i:], cue) && (end == len(low) || !isWordByte(low[end])) && pastPlan(cue) {
				plans[wd.i] = true
			}
		}
	}
	for _, wd := range words {
		i, w := wd.i, low[wd.i:wd.j]
		if plans[i] {
			continue
		}
		if modals[w] && !monthMay(s, wd.i, wd.j) {
			c.modal = append(c.modal, i)
		}
		inFuture := lastIn(c.future, i-15, i) >= 0
		if (l.past[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !l.notPast[w] && !inFuture) && !afterBe(low, i) && !agentAfter(s, wd.i, wd.j) ||
			(l.barePast[w] || l.barePastObject[w] && objectArticle(low, wd.j)) && !afterBe(low, i) && !afterInfinitive(low, i) && !afterDeterminer(low, i) && !inFuture {
			c.past = append(c.past, i)
		}
	}
	for _, wd := range words { // after the past forms: a fixture verb holds no -ed word in the future
		if l.fixture[low[wd.i:wd.j]] && objectAfter(s, wd.j) {
			c.future = append(c.future, wd.i)
		}
	}
	sort.Ints(c.future)
	return c
}

// stateBefore reports whether a verb of a present state is the nearest
// verb before the limit word w at offset at, or stands just before it, or
// a verb of having (data/has_until.txt) stands right before it.
func (c *wholeCues) stateBefore(w string, at int) bool {
	switch strings.ToLower(w) {
	case "until", "till", "through":
	default:
		return false
	}
	cue := func(i int) bool {
		return slices.Contains(c.past, i) || slices.Contains(c.modal, i) || slices.Contains(c.future, i)
	}
	if schedule().has[strings.ToLower(prevWordOf(c.text, at))] {
		return true // "have until Tuesday"
	}
	for i := at; ; {
		v := prevWordOf(c.text, i)
		if v == "" {
			return false
		}
		i = strings.LastIndex(c.text[:i], v)
		if i < cueFrom(asciiLower(c.text), at) {
			return false
		}
		if lex().states[strings.ToLower(v)] || c.perfect(v, i) {
			return true
		}
		if cue(i) {
			p := prevWordOf(c.text, i)
			return lex().states[strings.ToLower(p)] || c.perfect(p, strings.LastIndex(c.text[:i], p)) // "the schools stay shut"
		}
	}
}

// perfect reports whether v, the word at offset i, is "been" after a verb
// of having: "has been paused until".
func (c *wholeCues) perfect(v string, i int) bool {
	return strings.ToLower(v) == "been" && schedule().has[strings.ToLower(prevWordOf(c.text, i))]
}

// forwardInfinitive reports whether the past cue at offset at is a verb
// of directing or intending with "to" at most four words after it, before
// start.
func (c *wholeCues) forwardInfinitive(at, start int) bool {
	f := strings.Fields(asciiLower(c.text[at:start]))
	if len(f) == 0 || !lex().forward[f[0]] {
		return false
	}
	for k := 1; k < len(f) && k <= 4; k++ {
		if f[k] == "to" {
			return true
		}
		if strings.IndexFunc(f[k], func(r rune) bool { return r < 0x80 && !isWordByte(byte(r)) }) >= 0 {
			return false // a mark ends the clause
		}
	}
	return false
}

// forwardIn reports, as forwardVerbBefore, whether one of the last
// forwardReach words of f, with no mark after it, is a past verb of
// agreeing or directing.
func forwardIn(f []string) bool {
	for k := len(f) - 1; k >= 0 && k >= len(f)-forwardReach; k-- {
		w := f[k]
		if strings.TrimRight(w, ".,;:!?\"'()") != w {
			return false
		}
		if lex().forward[w] {
			return true
		}
	}
	return false
}

// purposeIn reports, as purposeBefore, whether the last eight words of
// clause hold "to" after a noun of a measure's purpose.
func purposeIn(clause string) bool {
	f := strings.FieldsFunc(clause, func(r rune) bool { return r > 127 || !isWordByte(byte(r)) })
	for k := len(f) - 1; k >= 1 && k >= len(f)-purposeReach; k-- {
		if f[k] == "to" {
			return lex().purpose[f[k-1]]
		}
	}
	return false
}

func (c *wholeCues) at(start, end int) Tense {
	if strings.HasPrefix(asciiLower(c.text[start:end]), "earlier ") {
		return Past
	}
	if strings.EqualFold(prevWordOf(c.text, start), "since") || c.sinceEvent(start) {
		return Happened
	}
	if w := prevWordOf(c.text, start); strings.EqualFold(w, "from") && lex().moves[strings.ToLower(prevWordOf(c.text, strings.LastIndex(c.text[:start], w)))] {
		return Term // "postponed from Aug. 31"
	}
	if c.movedEvent(start, end) {
		return Term // "postponed Saturday's match"
	}
	if w := prevWordOf(c.text, start); lex().open[strings.ToLower(w)] {
		before := asciiLower(c.text[:strings.LastIndex(c.text[:start], w)])
		if strings.EqualFold(w, "before") && (c.happened(len(before)) || lex().reporting[strings.ToLower(prevWordOf(c.text, len(before)))]) {
			return Past // "the bill passed before Christmas"
		}
		if !strings.EqualFold(w, "to") || !leadUpBefore(before) && !dayBefore(before) && !periodBefore(before) { // "the run-up to Christmas", "the 3rd to the 5th", "the year to March": no limit
			from := cueFrom(asciiLower(c.text), start)
			m := lastIn(c.modal, from, start)
			if m >= 0 && m > lastIn(c.future, from, start) && m > lastIn(c.past, from, start) &&
				strings.EqualFold(wordAt(c.text, m), "must") && !strings.EqualFold(wordAt(c.text, m+len("must")), "have") {
				return Future // "must be returned by Jan. 14"
			}
			if f := lastIn(c.future, from, start); f >= 0 && f > m && f > lastIn(c.past, from, start) {
				return Future // "will stay open until Christmas"
			}
			if c.stateBefore(w, strings.LastIndex(c.text[:start], w)) {
				return Future // "flood warnings remain in place until Tuesday"
			}
			if purposeIn(asciiLower(c.text[from:strings.LastIndex(c.text[:start], w)])) {
				return Future // "a bill to fund the government through Sept. 30"
			}
			return Term
		}
	}
	w := prevWordOf(c.text, start)
	if strings.EqualFold(w, "on") || strings.EqualFold(w, "in") {
		w = prevWordOf(c.text, strings.LastIndex(c.text[:start], w))
	}
	if (strings.EqualFold(w, "is") || strings.EqualFold(w, "are")) && !possessive(c.text[end:]) {
		return Future
	}
	from := cueFrom(asciiLower(c.text), start)
	bestM, bestF, bestP := lastIn(c.modal, from, start), lastIn(c.future, from, start), lastIn(c.past, from, start)
	if bestM > bestF && bestM > bestP {
		return Unmarked
	}
	if bestF >= 0 {
		if bestF > bestP {
			if f := strings.Fields(asciiLower(c.text[max(bestF-60, 0):bestF])); len(f) > 0 && f[len(f)-1] == "to" && forwardIn(f[:len(f)-1]) {
				return Plan // "had agreed to resume talks on Tuesday"
			}
			if planToldInPast(asciiLower(c.text), bestF) {
				return Term // "was scheduled to end on Friday"
			}
			return Future
		}
		if c.forwardInfinitive(bestP, start) {
			return Plan // "were told to prepare for storms on Sunday"
		}
		return Past
	}
	if bestP < 0 && strings.HasPrefix(c.text[end:], " ") && lex().eventNoun[strings.ToLower(wordAt(c.text, end))] {
		w, at := prevWordOf(c.text, start), start
		at = strings.LastIndex(c.text[:at], w)
		switch strings.ToLower(w) {
		case "the", "a", "its", "their":
			w = prevWordOf(c.text, at)
		}
		switch strings.ToLower(w) {
		case "of", "at", "from", "after", "during":
			return Unmarked
		}
	}
	from, to := afterReach(asciiLower(c.text), start, end)
	nextF, nextP := firstIn(c.future, from, to), firstIn(c.past, from, to)
	switch {
	case bestP >= 0 && c.forwardInfinitive(bestP, start):
		return Plan
	case bestP >= 0:
		return Past
	case nextF >= 0 && (nextP < 0 || nextF < nextP):
		return Future
	case nextP >= 0:
		return Past
	}
	return Unmarked
}

// sinceEvent is tenseCues.sinceBefore's "since the storm in May", read
// from the words: "in" or "on" before start, "since" at most sinceReach
// words before it, no comma, semicolon or cue between.
func (c *wholeCues) sinceEvent(start int) bool {
	low := asciiLower(c.text[:start])
	words := wordSpans(low) // the words before start
	n := len(words)
	if n == 0 || low[words[n-1].i:words[n-1].j] != "in" && low[words[n-1].i:words[n-1].j] != "on" {
		return false
	}
	if !strings.Contains(low[max(words[n-1].i-sinceWindow, 0):words[n-1].i], "since") {
		return false // "since" too far back, as sinceBefore reads it
	}
	for k := n - 2; k >= 0 && k >= n-2-sinceReach+1; k-- {
		if gap := strings.TrimRight(low[words[k].j:words[k+1].i], " "); strings.HasSuffix(gap, ",") || strings.HasSuffix(gap, ";") {
			return false
		}
		if low[words[k].i:words[k].j] == "since" {
			from := words[k].j
			return lastIn(c.modal, from, start) < 0 && lastIn(c.future, from, start) < 0 && lastIn(c.past, from, start) < 0
		}
	}
	return false
}

// movedEvent is tenseCues.movedEvent read from the words: a possessive
// date, a verb of moving at most movedReach words before it, no comma or
// semicolon between.
func (c *wholeCues) movedEvent(start, end int) bool {
	if !possessive(c.text[end:]) {
		return false
	}
	low := asciiLower(c.text[:start])
	words := wordSpans(low)
	next := start // where the word after words[k] starts
	for k := len(words) - 1; k >= 0 && k >= len(words)-movedReach; k-- {
		if gap := strings.TrimRight(low[words[k].j:next], " "); strings.HasSuffix(gap, ",") || strings.HasSuffix(gap, ";") {
			return false
		}
		next = words[k].i
		if lex().moves[low[words[k].i:words[k].j]] {
			return true
		}
	}
	return false
}

// happened is tenseCues.happened read from every cue of the sentence: the
// nearest cue before start is a past verb alone, no modal or future cue
// comes before it, it is no verb of saying, and no word that may put the
// date ahead of it stands between (nor an article just before start).
func (c *wholeCues) happened(start int) bool {
	from := cueFrom(asciiLower(c.text), start)
	p := lastIn(c.past, from, start)
	if p < 0 || lastIn(c.modal, p, start) >= 0 || lastIn(c.future, p, start) >= 0 {
		return false
	}
	if lastIn(c.modal, 0, p) >= 0 || lastIn(c.future, 0, p) >= 0 {
		return false
	}
	low, l := asciiLower(c.text), lex()
	var words []string
	for i := p; i < start; {
		j := i
		for j < start && isWordByte(low[j]) {
			j++
		}
		if j > i {
			words = append(words, low[i:j])
		}
		for i = j; i < start && !isWordByte(low[i]); i++ {
		}
	}
	for k, w := range words {
		if k == 0 && l.reporting[w] || k > 0 && l.ahead[w] {
			return false
		}
	}
	last := words[len(words)-1]
	return last != "the" && last != "a" && last != "an"
}

// prevWordOf returns the word before offset i of s.
func prevWordOf(s string, i int) string {
	j := i
	for j > 0 && !isWordByte(s[j-1]) {
		j--
	}
	k := j
	for k > 0 && isWordByte(s[k-1]) {
		k--
	}
	return s[k:j]
}

func (c *wholeCues) pastBefore(start int) bool {
	return lastIn(c.past, 0, start) > lastIn(c.future, 0, start)
}

// tenseCues, which looks up only the words from a phrase outwards to the
// nearest cue, says what reading every word of the sentence says, whatever
// the order of the questions: phrases in text order (as TagDoc asks), backwards, and at
// random, on the sentences of the example articles and of sentences full of
// cues.
func TestTenseCuesLazy(t *testing.T) {
	var texts []string
	for _, f := range []string{"../testdata/geneva-2016-08-26.txt", "testdata/corpus.txt", "testdata/negative.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	texts = append(texts,
		"The talks, which were expected to resume Friday, will be held in Geneva, officials said Monday, and they’ll meet again on Tuesday.",
		"He said it would meet Tuesday; the offer, extended to Nov. 16, must be returned by Jan. 14 and is scheduled for March, as planned in June.",
		"Shares ENDED lower on Friday after it was announced that the firm planned to report results, which are to be released Thursday.",
		"Ölpreis stieg: the company is expected to announce on Monday what it reported Thursday; it'll then be completed in May, they’d said.",
		"was, be, been, being: created tested ended listed, 'll 'll ’ll will will be going to as soon as as early as scheduled upcoming",
		"The minister is expected to travel with a large delegation of aides and many others from the region on Monday.",
		"The ministers will, as outlined, travel with a large delegation of aides and many others from the region on Monday.",
		"They'll, as outlined, travel with the delegation on Monday.",
		"Officials said warnings remain in place until Tuesday and residents were told to prepare on Sunday; earlier Sunday the schools, urged by parents to stay shut through Monday, remained closed until noon.",
	)
	r := rand.New(rand.NewSource(1))
	var c tenseCues
	for _, s := range texts {
		low := asciiLower(s)
		want := readWhole(s, low)
		var spans [][2]int
		for start := 0; start < len(s); start++ {
			for _, n := range []int{1, 4, 9, 20} {
				if start+n <= len(s) {
					spans = append(spans, [2]int{start, start + n})
				}
			}
		}
		orders := [][][2]int{spans, slices.Clone(spans), slices.Clone(spans)}
		slices.Reverse(orders[1])
		r.Shuffle(len(orders[2]), func(i, j int) { orders[2][i], orders[2][j] = orders[2][j], orders[2][i] })
		for _, order := range orders {
			c.read(s, low)
			for k, sp := range order {
				if got, w := c.at(sp[0], sp[1]), want.at(sp[0], sp[1]); got != w {
					t.Fatalf("%q: at(%d, %d) = %v, want %v", s, sp[0], sp[1], got, w)
				}
				if k%7 == 0 {
					if got, w := c.pastBefore(sp[0]), want.pastBefore(sp[0]); got != w {
						t.Fatalf("%q: pastBefore(%d) = %v, want %v", s, sp[0], got, w)
					}
				}
			}
		}
	}
}

// BenchmarkResolve measures resolving the kinds of expression news has
// most: a bare weekday, a date and a month without a year, a relative day,
// month and week, a quarter, a date with its year, each in the past and the
// future tense.
func BenchmarkResolve(b *testing.B) {
	exprs := []Expr{
		{Kind: Calendar, Grain: GrainDay, Weekday: 5},
		{Kind: Calendar, Grain: GrainDay, Month: 8, Day: 1},
		{Kind: Calendar, Grain: GrainMonth, Month: 7},
		{Kind: Relative, Grain: GrainDay, Offset: -1},
		{Kind: Relative, Grain: GrainMonth, Offset: -1},
		{Kind: Relative, Grain: GrainWeek, Offset: 1},
		{Kind: Calendar, Grain: GrainQuarter, Part: 3},
		{Kind: Calendar, Grain: GrainDay, Year: 2016, Month: 2, Day: 29, Mod: ModEnd},
	}
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, e := range exprs {
			Resolve(e, anchor, Past)
			Resolve(e, anchor, Future)
		}
	}
}

// TestEraStart checks the periods that years fall in on either side of
// the common era: they count back before it (the 470s BC run from 479 to
// 470 BC) and begin at the year 1 after it.
func TestEraStart(t *testing.T) {
	tests := []struct{ y, n, want int }{
		{1994, 10, 1990}, {1990, 10, 1990}, {1999, 100, 1900}, {5, 10, 1}, {1, 100, 1},
		{-474, 10, -478}, {-478, 10, -478}, {-469, 10, -478}, {-468, 10, -468}, // 475, 479, 470 BC: the 470s BC; 469 BC: the 460s BC
		{0, 10, -8}, {-8, 10, -8}, {-9, 10, -18}, // 1 BC and 9 BC: the decade 9-1 BC; 10 BC: the 10s BC
		{-379, 100, -398}, {-299, 100, -398}, {-298, 100, -298}, // 380 and 300 BC: the 300s BC; 299 BC: the 200s BC
	}
	for _, tt := range tests {
		if got := eraStart(tt.y, tt.n); got != tt.want {
			t.Errorf("eraStart(%d, %d) = %d, want %d", tt.y, tt.n, got, tt.want)
		}
	}
}
